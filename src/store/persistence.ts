/**
 * Autosave to localStorage and restore at start, through the model's versioned migration.
 * A corrupt saved state is copied aside (never wiped); a state from a newer version is left
 * untouched and autosave pauses so it is not overwritten.
 */
import { migrateSavedState, SAVED_STATE_VERSION } from '../model/migrate';
import type { AppData, AppState, Notice } from './app-state';
import type { AppStore } from './create-app-store';

/** Where the app keeps its state. */
export const STORAGE_KEY = 'bondsmith:state';
/** Prefix of the keys corrupt saved states are copied to, followed by 1, 2, … */
export const CORRUPT_KEY_PREFIX = 'bondsmith:state:corrupt:';

/** The part of the Web Storage API persistence needs (tests pass a plain object). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** What start-up restored: data for createAppStore and whether autosave may write. */
export interface LoadResult {
  data: Partial<AppData>;
  canSave: boolean;
}

function failed(notice: Notice, canSave: boolean): LoadResult {
  return { data: { notice }, canSave };
}

function copyAside(storage: StorageLike, text: string): LoadResult {
  let n = 1;
  while (storage.getItem(`${CORRUPT_KEY_PREFIX}${n}`) !== null) n += 1;
  const key = `${CORRUPT_KEY_PREFIX}${n}`;
  try {
    storage.setItem(key, text);
  } catch {
    return failed({ key: 'ui.notice.corruptNotCopied' }, false);
  }
  return failed({ key: 'ui.notice.corruptState', params: { key } }, true);
}

/** Reads the saved state; never throws and never deletes anything. */
export function loadSavedState(storage: StorageLike): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return failed({ key: 'ui.notice.storageUnavailable' }, false);
  }
  if (text === null) return { data: {}, canSave: true };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return copyAside(storage, text);
  }
  const migrated = migrateSavedState(raw);
  if (!migrated.ok) {
    if (migrated.reason === 'newer') return failed({ key: 'ui.notice.newerState' }, false);
    return copyAside(storage, text);
  }
  const { exportTargets } = migrated.state;
  return {
    data: {
      design: migrated.state.design,
      drafts: migrated.state.drafts,
      ...(exportTargets ? { exportTargets } : {}),
    },
    canSave: true,
  };
}

/** The text saved for a state: versioned, design plus drafts plus the export choice. */
export function savedStateText(state: Pick<AppState, 'design' | 'drafts' | 'exportTargets'>) {
  return JSON.stringify({
    stateVersion: SAVED_STATE_VERSION,
    design: state.design,
    drafts: state.drafts,
    exportTargets: state.exportTargets,
  });
}

/**
 * Saves now and after every change of design, drafts or export choice; returns the unsubscribe.
 * A failing write (quota, private mode) shows a notice once instead of breaking the app.
 */
export function startAutosave(store: AppStore, storage: StorageLike): () => void {
  let warned = false;
  const save = (state: AppState): void => {
    try {
      storage.setItem(STORAGE_KEY, savedStateText(state));
    } catch {
      if (!warned) state.showNotice({ key: 'ui.notice.saveFailed' });
      warned = true;
    }
  };
  save(store.getState());
  return store.subscribe((state, previous) => {
    if (
      state.design !== previous.design ||
      state.drafts !== previous.drafts ||
      state.exportTargets !== previous.exportTargets
    ) {
      save(state);
    }
  });
}
