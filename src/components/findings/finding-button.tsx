/**
 * One finding as a button: severity icon and word, the bond or NIC concerned, the message; it
 * jumps to the field the finding points at.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { findingMessage } from '../../i18n/instance';
import type { Finding } from '../../model/types';
import { useAppStore } from '../../store/app-store-context';
import { findingSubject } from './finding-subject';

const ICONS = { error: '✖', warning: '⚠' } as const;

interface FindingButtonProps {
  finding: Finding;
  onJump: (pointer: string) => void;
}

/** The finding rendered as a jump-to-field button; rows whose finding is unchanged skip rendering. */
export const FindingButton = memo(function FindingButton({ finding, onJump }: FindingButtonProps) {
  const { t } = useTranslation();
  // Kind and name as plain values: the row re-renders when its subject changes, not on every edit.
  const kind = useAppStore((state) => findingSubject(state.design, finding.path).kind);
  const name = useAppStore((state) => {
    const subject = findingSubject(state.design, finding.path);
    return 'name' in subject ? subject.name : '';
  });
  const subjectText =
    kind === 'bond' || kind === 'nic'
      ? t(`panel.findings.${kind}`, { name })
      : t(`panel.findings.${kind}`);
  return (
    <button
      type="button"
      className={`finding finding-${finding.severity}`}
      title={t('panel.findings.jump')}
      onClick={() => onJump(finding.path)}
    >
      <span aria-hidden="true" className="finding-icon">
        {ICONS[finding.severity]}
      </span>
      <span className="visually-hidden">
        {t('panel.findings.severityPrefix', {
          severity: t(`panel.findings.${finding.severity}`),
        })}
      </span>
      <span className="finding-subject">{subjectText}</span>{' '}
      <span className="finding-message">{findingMessage(t, finding)}</span>
    </button>
  );
});
