/**
 * The bundle for the current design and chosen targets, with every finding that concerns the
 * export: the app's findings (drafts included, which buildBundle cannot see) plus the targets'
 * own refusals, without duplicates.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildBundle, type BundleResult } from '../../export/bundle';
import type { Finding } from '../../model/types';
import { useAppStore } from '../../store/app-store-context';
import { selectFindings } from '../../store/selectors';

function findingKey(finding: Finding): string {
  return JSON.stringify([finding.severity, finding.code, finding.path, finding.params ?? {}]);
}

/** Merges finding lists, keeping the first of equal findings. */
export function mergeFindings(...lists: readonly (readonly Finding[])[]): Finding[] {
  const seen = new Set<string>();
  return lists.flat().filter((finding) => {
    const key = findingKey(finding);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

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
