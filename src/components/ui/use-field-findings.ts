/**
 * The findings that concern one field: the model's validation plus the drafts that do not parse,
 * filtered by JSON Pointer, so the form shows exactly what the findings list and export show.
 */
import { useCallback, useRef } from 'react';
import type { Finding } from '../../model/types';
import type { AppState } from '../../store/app-state';
import { useAppStore } from '../../store/app-store-context';
import { sameFindings, selectFindings } from '../../store/selectors';

/** True when `path` is `pointer` itself or lies below it. */
export function isUnderPointer(path: string, pointer: string): boolean {
  return path === pointer || path.startsWith(`${pointer}/`);
}

const NONE: Finding[] = [];

/*
 * While a draft is pending at `pointer`, the design still holds the previous value, so the
 * draft's finding replaces the design's findings at that exact pointer.
 */
function fieldFindings(state: AppState, pointer: string): Finding[] {
  const findings = selectFindings(state);
  // Until the checks have loaded there is nothing to show yet (see store/checks.ts).
  if (!findings || !state.checks) return NONE;
  const draft = state.drafts[pointer];
  if (draft !== undefined) {
    const fromDraft = state.checks.draftFindings({ [pointer]: draft });
    if (fromDraft.length > 0) return fromDraft;
  }
  return findings.filter((finding) => isUnderPointer(finding.path, pointer));
}

/**
 * The findings at `pointer` or below it (e.g. one entry of a list option). The list stays the
 * same object while its content does not change, so a keystroke re-renders only the fields whose
 * messages change, not every field of the panel.
 */
export function useFieldFindings(pointer: string): Finding[] {
  const last = useRef<Finding[]>(NONE);
  const select = useCallback(
    (state: AppState) => {
      const next = fieldFindings(state, pointer);
      if (!sameFindings(last.current, next)) last.current = next;
      return last.current;
    },
    [pointer],
  );
  return useAppStore(select);
}
