/**
 * The bundle for the current design and chosen targets, built on the main thread, with every
 * finding that concerns the export (src/export/export-verdict.ts). The printable runbook reads
 * it; the export dialog prepares its bundle and zip in a worker instead (use-prepared-export.ts).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildBundle, type BundleResult } from '../../export/bundle';
import { exportVerdict } from '../../export/export-verdict';
import type { Finding } from '../../model/types';
import { useAppStore } from '../../store/app-store-context';
import { selectFindings } from '../../store/selectors';
import { appLanguage } from '../../i18n/language';

/** The bundle, the merged findings and whether it may be downloaded. */
export function useExportBundle(): {
  bundle: BundleResult;
  findings: Finding[];
  canDownload: boolean;
  targets: string[];
} {
  const design = useAppStore((state) => state.design);
  const targets = useAppStore((state) => state.exportTargets);
  const appFindings = useAppStore(selectFindings);
  const { i18n } = useTranslation();
  const language = appLanguage(i18n.language);
  const bundle = useMemo(
    () => buildBundle(design, targets, { language }),
    [design, targets, language],
  );
  const { findings, allowed } = useMemo(
    () => exportVerdict(appFindings, bundle.findings, targets),
    [appFindings, bundle.findings, targets],
  );
  const canDownload = bundle.ok && allowed;
  return { bundle, findings, canDownload, targets };
}
