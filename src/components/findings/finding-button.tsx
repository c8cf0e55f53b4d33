/**
 * One finding as a button: severity icon and word, the bond or NIC concerned, the message; it
 * jumps to the field the finding points at.
 */
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

/** The finding rendered as a jump-to-field button. */
export function FindingButton({ finding, onJump }: FindingButtonProps) {
  const { t } = useTranslation();
  const design = useAppStore((state) => state.design);
  const subject = findingSubject(design, finding.path);
  const subjectText =
    subject.kind === 'bond' || subject.kind === 'nic'
      ? t(`panel.findings.${subject.kind}`, { name: subject.name })
      : t(`panel.findings.${subject.kind}`);
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
}
