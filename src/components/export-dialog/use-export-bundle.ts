/**
 * The bundle for the current design and chosen targets, built on the main thread, with every
 * finding that concerns the export (merge-findings.ts). The printable runbook reads it; the
 * export dialog prepares its bundle and zip in a worker instead (use-prepared-export.ts).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildBundle, type BundleResult } from '../../export/bundle';
import type { Finding } from '../../model/types';
import { useAppStore } from '../../store/app-store-context';
import { selectFindings } from '../../store/selectors';
import { mergeFindings } from './merge-findings';

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
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const bundle = useMemo(
    () => buildBundle(design, targets, { language }),
    [design, targets, language],
  );
  const findings = useMemo(
    () => mergeFindings(appFindings ?? [], bundle.findings),
    [appFindings, bundle.findings],
  );
  // Until the app's checks have loaded, unparsed drafts are not known yet: no download.
  const canDownload =
    bundle.ok &&
    appFindings !== undefined &&
    targets.length > 0 &&
    findings.every((finding) => finding.severity !== 'error');
  return { bundle, findings, canDownload, targets };
}
