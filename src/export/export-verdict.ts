/**
 * What an export shows and whether it may go ahead: the app's findings (drafts included, which
 * buildBundle cannot see) plus the targets' own refusals, without duplicates; allowed once the
 * app's checks have loaded, a target is chosen and no finding is an error.
 */
import type { Finding } from '../model/types';

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

/** The merged findings of an export and whether it is allowed (see the file comment). */
export interface ExportVerdict {
  findings: Finding[];
  allowed: boolean;
}

/**
 * `appFindings` is undefined while the app's checks are still loading: unparsed drafts are not
 * known yet, so nothing is allowed.
 */
export function exportVerdict(
  appFindings: readonly Finding[] | undefined,
  bundleFindings: readonly Finding[],
  targets: readonly string[],
): ExportVerdict {
  const findings = mergeFindings(appFindings ?? [], bundleFindings);
  const allowed =
    appFindings !== undefined &&
    targets.length > 0 &&
    findings.every((finding) => finding.severity !== 'error');
  return { findings, allowed };
}
