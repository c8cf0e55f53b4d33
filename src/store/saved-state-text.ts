/**
 * The localStorage keys and the text of the saved state, apart from the persistence code (which
 * reads states back through the design schema), so that start-up can tell whether there is
 * anything to restore, and keep a first visit's changes, before loading that code.
 */
import { SAVED_STATE_VERSION, type SaveStamp } from '../model/saved-state';
import type { AppState } from './app-state';

/** Where the app keeps its state. */
export const STORAGE_KEY = 'bondsmith:state';
/** Prefix of the keys corrupt saved states are copied to, followed by 1, 2, … */
export const CORRUPT_KEY_PREFIX = 'bondsmith:state:corrupt:';
/** Prefix of the keys a newer build's state is copied to before this build replaces it. */
export const NEWER_KEY_PREFIX = 'bondsmith:state:newer:';

/** The part of the app state that is saved. */
export type SavedContent = Pick<AppState, 'design' | 'drafts' | 'exportTargets'>;

/** Whether the saved part differs between two states (the store replaces what it changes). */
export function savedContentChanged(a: SavedContent, b: SavedContent): boolean {
  return a.design !== b.design || a.drafts !== b.drafts || a.exportTargets !== b.exportTargets;
}

/** The text saved for a state: versioned, design plus drafts plus the export choice, stamped. */
export function savedStateText(state: SavedContent, writer?: SaveStamp): string {
  return JSON.stringify({
    stateVersion: SAVED_STATE_VERSION,
    design: state.design,
    drafts: state.drafts,
    exportTargets: state.exportTargets,
    ...(writer ? { writer } : {}),
  });
}
