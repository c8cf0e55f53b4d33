/**
 * The toolbar's count of errors and warnings, so the state of the design reads at a glance.
 */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store-context';
import { selectFindings } from '../../store/selectors';

/**
 * "2 errors, 1 warning" or "No problems", coloured by the worst severity; "Checking…" until the
 * checks have loaded.
 */
export function FindingsBadge() {
  const { t } = useTranslation();
  const findings = useAppStore(selectFindings);
  if (!findings) {
    return (
      <output className="findings-badge findings-badge-checking">{t('ui.checks.checking')}</output>
    );
  }
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  const tone = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
  return (
    <output className={`findings-badge findings-badge-${tone}`}>
      {findings.length === 0
        ? t('ui.toolbar.findingsNone')
        : t('ui.toolbar.findingsCount', {
            errors: t('ui.toolbar.errors', { count: errors }),
            warnings: t('ui.toolbar.warnings', { count: warnings }),
          })}
    </output>
  );
}
