/**
 * Why the bundle cannot be downloaded (its errors) or what to keep in mind (warnings); each item
 * jumps to its field, closing the dialog first.
 */
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../model/types';
import { FindingButton } from '../findings/finding-button';

interface ExportReasonsProps {
  findings: readonly Finding[];
  severity: 'error' | 'warning';
  onJump: (pointer: string) => void;
}

/** The findings of one severity, or nothing when there are none. */
export function ExportReasons({ findings, severity, onJump }: ExportReasonsProps) {
  const { t } = useTranslation();
  const shown = findings.filter((finding) => finding.severity === severity);
  if (shown.length === 0) return null;
  return (
    <section className={`export-reasons export-${severity}s`}>
      <h3>{t(severity === 'error' ? 'export.dialog.blocked' : 'export.dialog.warnings')}</h3>
      <ul>
        {shown.map((finding, index) => (
          <li key={`${finding.path} ${finding.code} ${index}`}>
            <FindingButton finding={finding} onJump={onJump} />
          </li>
        ))}
      </ul>
    </section>
  );
}
