/**
 * Every finding of the design (model validation plus unparsed drafts), errors first, with the
 * counts; each item jumps to its field.
 */
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../model/types';
import { useAppStore } from '../../store/app-store-context';
import { selectFindings } from '../../store/selectors';
import { FindingButton } from './finding-button';

/** Errors before warnings, otherwise in the model's order. */
function sortFindings(findings: readonly Finding[]): Finding[] {
  return [
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity === 'warning'),
  ];
}

/** The findings panel ("Checking…" until the checks have loaded). */
export function FindingsList() {
  const { t } = useTranslation();
  const findings = useAppStore(selectFindings);
  const requestFocus = useAppStore((state) => state.requestFocus);
  if (!findings) {
    return (
      <section className="findings-list" aria-labelledby="findings-heading">
        <h2 id="findings-heading">{t('panel.findings.heading')}</h2>
        <p className="findings-counts">{t('ui.checks.checking')}</p>
      </section>
    );
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <section className="findings-list" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('panel.findings.heading')}</h2>
      <p className="findings-counts">
        {t('panel.findings.counts', {
          errors: t('panel.findings.errorCount', { count: errors }),
          warnings: t('panel.findings.warningCount', { count: findings.length - errors }),
        })}
      </p>
      {findings.length === 0 ? (
        <p>{t('panel.findings.none')}</p>
      ) : (
        <ul>
          {sortFindings(findings).map((finding, index) => (
            <li key={`${finding.path} ${finding.code} ${index}`}>
              <FindingButton finding={finding} onJump={requestFocus} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
