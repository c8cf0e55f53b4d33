/**
 * The findings that concern one field: the model's validation plus the drafts that do not parse,
 * filtered by JSON Pointer, so the form shows exactly what the findings list and export show.
 */
import { useMemo } from 'react';
import type { Finding } from '../../model/types';
import { useAppStore } from '../../store/app-store-context';
import { selectFindings } from '../../store/selectors';

/** True when `path` is `pointer` itself or lies below it. */
export function isUnderPointer(path: string, pointer: string): boolean {
  return path === pointer || path.startsWith(`${pointer}/`);
}

/**
 * The findings at `pointer` or below it (e.g. one entry of a list option). While a draft is
 * pending there, the design still holds the previous value, so the draft's finding replaces the
 * design's findings at that exact pointer.
 */
export function useFieldFindings(pointer: string): Finding[] {
  const findings = useAppStore(selectFindings);
  const checks = useAppStore((state) => state.checks);
  const draft = useAppStore((state) => state.drafts[pointer]);
  return useMemo(() => {
    // Until the checks have loaded there is nothing to show yet (see store/checks.ts).
    if (!findings || !checks) return [];
    const mine = findings.filter((finding) => isUnderPointer(finding.path, pointer));
    if (draft === undefined) return mine;
    const fromDraft = checks.draftFindings({ [pointer]: draft });
    return fromDraft.length > 0 ? fromDraft : mine;
  }, [findings, checks, pointer, draft]);
}
