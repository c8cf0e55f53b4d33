/**
 * Autosave to localStorage and restore at start, through the model's versioned migration, and the
 * guard around it: a corrupt state is copied aside, a newer one is never overwritten unasked, a
 * failing write is reported until one succeeds, and another tab's save is never silently lost.
 */
import { migrateSavedState } from '../model/migrate';
import type { SavedState } from '../model/saved-state';
import type { AppData, AppState, Selection } from './app-state';
import type { AppStore } from './create-app-store';
import { DEFAULT_EXPORT_TARGETS } from './slices/ui-slice';
import {
  CORRUPT_KEY_PREFIX,
  NEWER_KEY_PREFIX,
  savedContentChanged,
  savedStateText,
  STORAGE_KEY,
  type SavedContent,
} from './saved-state-text';

/** The part of the Web Storage API persistence needs (tests pass a plain object). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Something about the saved state the user must know or decide; at most one of each kind. */
export type StateProblem =
  /** Unreadable state: `copiedTo` is its copy's key, absent when there was no room (then autosave pauses). */
  | { kind: 'corrupt'; text: string; copiedTo?: string }
  /** A newer build's state; `separate` once the user chose to work on a separate design here. */
  | { kind: 'newer'; text: string; version: number; separate: boolean }
  /** The last write failed; `full` when the browser said the storage is full. */
  | { kind: 'unsaved'; full: boolean }
  /** Another tab saved a different design while this tab had changes of its own. */
  | { kind: 'conflict' };

/** What start-up restored: data for createAppStore, whether autosave may write, and why not. */
export interface LoadResult {
  data: Partial<AppData>;
  canSave: boolean;
  /** The stored text the data came from, or null when nothing was stored. */
  text: string | null;
  problem?: StateProblem;
}

function copyAside(storage: StorageLike, prefix: string, text: string): string | undefined {
  let n = 1;
  while (storage.getItem(`${prefix}${n}`) !== null) n += 1;
  const key = `${prefix}${n}`;
  try {
    storage.setItem(key, text);
    return key;
  } catch {
    return undefined;
  }
}

type Reading =
  { kind: 'ok'; state: SavedState } | { kind: 'newer'; version: number } | { kind: 'corrupt' };

function readText(text: string): Reading {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'corrupt' };
  }
  const migrated = migrateSavedState(raw);
  if (migrated.ok) return { kind: 'ok', state: migrated.state };
  if (migrated.reason === 'corrupt') return { kind: 'corrupt' };
  const version = (raw as { stateVersion: number }).stateVersion;
  return { kind: 'newer', version };
}

function corruptLoad(storage: StorageLike, text: string): LoadResult {
  const copiedTo = copyAside(storage, CORRUPT_KEY_PREFIX, text);
  if (copiedTo === undefined) {
    return { data: {}, canSave: false, text, problem: { kind: 'corrupt', text } };
  }
  return {
    data: { notice: { key: 'ui.notice.corruptState', params: { key: copiedTo } } },
    canSave: true,
    text,
    problem: { kind: 'corrupt', text, copiedTo },
  };
}

/** Reads the saved state; never throws and never deletes anything. */
export function loadSavedState(storage: StorageLike): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return {
      data: { notice: { key: 'ui.notice.storageUnavailable' } },
      canSave: false,
      text: null,
    };
  }
  if (text === null) return { data: {}, canSave: true, text };
  const reading = readText(text);
  if (reading.kind === 'corrupt') return corruptLoad(storage, text);
  if (reading.kind === 'newer') {
    return {
      data: {},
      canSave: false,
      text,
      problem: { kind: 'newer', text, version: reading.version, separate: false },
    };
  }
  const { design, drafts, exportTargets } = reading.state;
  return {
    data: { design, drafts, ...(exportTargets ? { exportTargets } : {}) },
    canSave: true,
    text,
  };
}

/* What the user would lose: compared as text, since equal designs are rebuilt as new objects. */
function contentKey(content: SavedContent): string {
  return JSON.stringify([content.design, content.drafts, content.exportTargets]);
}

function storedContent(state: SavedState): SavedContent {
  return {
    design: state.design,
    drafts: state.drafts,
    exportTargets: state.exportTargets ?? [...DEFAULT_EXPORT_TARGETS],
  };
}

/* Browsers throw a DOMException named by the cause; Firefox used its own name. */
function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** A random id for this tab's save stamps. */
export function newTabId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * How autosave runs a save after a change: at once (the default), or later, with every change
 * made meanwhile in one save (the page saves after the frame, so typing never waits for it).
 */
export type SaveScheduler = (save: () => void) => void;

const AT_ONCE: SaveScheduler = (save) => save();

/** Autosave plus the user's way out of every storage problem; the state banner renders it. */
export interface StateGuard {
  /** The current problems (a new array whenever they change). */
  problems: () => readonly StateProblem[];
  /** Calls `listener` whenever the problems change; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  /** Another tab changed `key` to `newValue` (the window's `storage` event). */
  otherTabSaved: (key: string | null, newValue: string | null) => void;
  /** Replaces this tab's design with the other tab's (one undoable step). */
  loadTheirs: () => void;
  /** Keeps this tab's design; its next change is saved over the other tab's. */
  keepMine: () => void;
  /** Works on a separate design while the newer copy stays untouched. */
  startSeparate: () => void;
  /** Copies the newer state aside and saves this design in its place; false if there was no room. */
  replaceNewer: () => boolean;
  /** Hides the report of a corrupt state (its copy stays in storage). */
  dismissCorrupt: () => void;
  /** Saves a change still waiting for its scheduled save now (the page is going away). */
  flush: () => void;
  /** Stops autosaving. */
  stop: () => void;
}

/**
 * Saves now and after every change of design, drafts or export choice (when `schedule` runs the
 * save), unless `loaded` (what start-up read; by default nothing) says this build must not
 * write. Each write is stamped with `tab`; before writing, the stored text is checked against the
 * one this tab last read or wrote, so a save from another tab that has not been heard of yet is
 * never overwritten.
 */
export function startAutosave(
  store: AppStore,
  storage: StorageLike,
  loaded: LoadResult = { data: {}, canSave: true, text: null },
  tab: string = newTabId(),
  schedule: SaveScheduler = AT_ONCE,
): StateGuard {
  let problems: readonly StateProblem[] = loaded.problem ? [loaded.problem] : [];
  const listeners = new Set<() => void>();
  let paused = !loaded.canSave;
  /** The stored text this tab's design is based on, and its content. */
  let seenText = loaded.text;
  let seenContent: string | null = null;
  let revision = 0;

  const setProblem = (kind: StateProblem['kind'], problem?: StateProblem): void => {
    problems = [...problems.filter((p) => p.kind !== kind), ...(problem ? [problem] : [])];
    for (const listener of listeners) listener();
  };
  const has = (kind: StateProblem['kind']): boolean => problems.some((p) => p.kind === kind);
  const see = (text: string | null, state?: SavedState): void => {
    seenText = text;
    seenContent = state ? contentKey(storedContent(state)) : null;
    revision = Math.max(revision, state?.writer?.revision ?? 0);
  };
  if (loaded.text !== null) {
    const reading = readText(loaded.text);
    if (reading.kind === 'ok') see(loaded.text, reading.state);
  }

  const adopt = (text: string, state: SavedState): void => {
    const content = storedContent(state);
    const { selection } = store.getState();
    see(text, state);
    store.setState({
      ...content,
      selection: stillThere(selection, content.design) ? selection : null,
    });
  };

  /* Someone else's text is in storage: follow it, or ask when this tab has changes of its own. */
  const takeIn = (text: string | null): void => {
    if (text === seenText || paused) return;
    if (text === null) {
      see(null);
      return;
    }
    const reading = readText(text);
    if (reading.kind === 'newer') {
      paused = true;
      setProblem('newer', { kind: 'newer', text, version: reading.version, separate: false });
      return;
    }
    if (reading.kind === 'corrupt') {
      const copiedTo = copyAside(storage, CORRUPT_KEY_PREFIX, text);
      if (copiedTo === undefined) paused = true;
      see(text);
      setProblem('corrupt', { kind: 'corrupt', text, ...(copiedTo ? { copiedTo } : {}) });
      return;
    }
    const theirs = contentKey(storedContent(reading.state));
    const mine = contentKey(store.getState());
    if (theirs === mine || mine === seenContent) {
      if (theirs === mine) see(text, reading.state);
      else adopt(text, reading.state);
      if (has('conflict')) setProblem('conflict');
      return;
    }
    setProblem('conflict', { kind: 'conflict' });
  };

  const write = (state: AppState): void => {
    const writer = { tab, revision: revision + 1 };
    const text = savedStateText(state, writer);
    try {
      storage.setItem(STORAGE_KEY, text);
    } catch (error) {
      setProblem('unsaved', { kind: 'unsaved', full: isQuotaError(error) });
      return;
    }
    seenText = text;
    seenContent = contentKey(state);
    revision = writer.revision;
    if (has('unsaved')) setProblem('unsaved');
  };

  const save = (state: AppState): void => {
    if (paused || has('conflict') || contentKey(state) === seenContent) return;
    let stored: string | null;
    try {
      stored = storage.getItem(STORAGE_KEY);
    } catch {
      setProblem('unsaved', { kind: 'unsaved', full: false });
      return;
    }
    if (stored !== seenText) {
      takeIn(stored);
      return;
    }
    write(state);
  };

  let waiting = false;
  const flush = (): void => {
    if (!waiting) return;
    waiting = false;
    save(store.getState());
  };
  save(store.getState());
  const unsubscribe = store.subscribe((state, previous) => {
    if (!waiting && savedContentChanged(state, previous)) {
      waiting = true;
      schedule(flush);
    }
  });

  const readStored = (): string | null => {
    try {
      return storage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  };

  return {
    problems: () => problems,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    otherTabSaved: (key, newValue) => {
      if (key === STORAGE_KEY) takeIn(newValue);
    },
    loadTheirs: () => {
      const text = readStored();
      const reading = text === null ? undefined : readText(text);
      setProblem('conflict');
      if (text === null || reading?.kind !== 'ok') {
        takeIn(text);
        return;
      }
      adopt(text, reading.state);
      store.getState().showNotice({ key: 'state.loadedTheirs' });
    },
    keepMine: () => {
      const text = readStored();
      const reading = text === null ? undefined : readText(text);
      see(text, reading?.kind === 'ok' ? reading.state : undefined);
      setProblem('conflict');
      store.getState().showNotice({ key: 'state.keptMine' });
    },
    startSeparate: () => {
      const newer = problems.find((p) => p.kind === 'newer');
      if (newer) setProblem('newer', { ...newer, separate: true });
    },
    replaceNewer: () => {
      const text = readStored();
      const copiedTo = text === null ? undefined : copyAside(storage, NEWER_KEY_PREFIX, text);
      if (text !== null && copiedTo === undefined) return false;
      paused = false;
      see(text);
      setProblem('newer');
      save(store.getState());
      if (copiedTo)
        store.getState().showNotice({ key: 'state.replaced', params: { key: copiedTo } });
      return true;
    },
    dismissCorrupt: () => setProblem('corrupt'),
    flush,
    stop: () => {
      waiting = false;
      unsubscribe();
    },
  };
}

function stillThere(selection: Selection | null, design: AppState['design']): boolean {
  if (!selection) return false;
  const items = selection.kind === 'bond' ? design.bonds : design.nics;
  return items.some((item) => item.name === selection.name);
}
