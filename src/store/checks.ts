/**
 * The design checks (every validation rule with its address maths, the shape check and the
 * parsing of drafts) are not needed to show the canvas, so they load as their own chunk right
 * after the first render; until they arrive the findings read as "checking".
 */
import type { StoreApi } from 'zustand';
import type { draftFindings } from '../model/drafts';
import type { validateDesign } from '../model/validate';
import type { AppState } from './app-state';

/** The model functions the app's findings come from. */
export interface Checks {
  /** validateDesign with a memory of the designs it saw (createDesignValidator). */
  validateDesign: typeof validateDesign;
  draftFindings: typeof draftFindings;
}

let loading: Promise<Checks> | undefined;

/** Loads the checks' chunk (once; a failed load is tried again on the next call). */
export function loadChecks(): Promise<Checks> {
  loading ??= Promise.all([import('../model/validate'), import('../model/drafts')]).then(
    ([validate, drafts]) => ({
      // The store replaces only the objects an edit changes, which the validator's memory needs.
      validateDesign: validate.createDesignValidator(),
      draftFindings: drafts.draftFindings,
    }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Gives `store` its checks; resolves once its findings can be computed. */
export async function ensureChecks(store: StoreApi<AppState>): Promise<void> {
  const checks = await loadChecks();
  if (store.getState().checks === null) store.getState().setChecks(checks);
}
