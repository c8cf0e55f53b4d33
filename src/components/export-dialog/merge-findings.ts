/**
 * The findings that concern an export: the app's (drafts included, which buildBundle cannot
 * see) plus the targets' own refusals, without duplicates. Apart from the bundle hooks so the
 * dialog can merge without loading the renderers on the main thread.
 */
import type { Finding } from '../../model/types';

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
