/**
 * Undo and redo of the design and its drafts (zundo's temporal middleware). Selection, notices and
 * other view state are not history. Every change made while handling one event is one step, so a
 * node drag (position, attach or release, and the snap back, all in React Flow's drag-end handler)
 * or a shared design replacing the current one together with its drafts undoes in one go.
 */
import type { TemporalState, ZundoOptions } from 'zundo';
import type { StoreApi } from 'zustand';
import type { Design } from '../model/types';
import type { AppState, Selection } from './app-state';

/** How many steps can be undone; older ones are forgotten. */
export const HISTORY_LIMIT = 100;

/** The part of the state history keeps. */
export type DesignSnapshot = Pick<AppState, 'design' | 'drafts'>;

/** The history store zundo attaches to the app store as `store.temporal`. */
export type HistoryStore = StoreApi<TemporalState<DesignSnapshot>>;

/** An app store with history, as far as undo and redo need it. */
export type StoreWithHistory = StoreApi<AppState> & { temporal: HistoryStore };

/** The design and drafts of a state. */
export function designSnapshot(state: AppState): DesignSnapshot {
  return { design: state.design, drafts: state.drafts };
}

/*
 * Actions always build a new design object, even when nothing changed (a node dropped where it
 * was); comparing the content keeps such no-ops out of the history. Designs are small.
 */
function sameSnapshot(a: DesignSnapshot, b: DesignSnapshot): boolean {
  if (a.drafts !== b.drafts && JSON.stringify(a.drafts) !== JSON.stringify(b.drafts)) return false;
  return a.design === b.design || JSON.stringify(a.design) === JSON.stringify(b.design);
}

/**
 * Wraps zundo's recorder so only the first change of each task is recorded: the state before it
 * stands for the whole gesture. A microtask ends the group, so the next event starts a new step.
 */
export function groupByTask<Args extends unknown[]>(
  record: (...args: Args) => void,
): (...args: Args) => void {
  let open = false;
  return (...args) => {
    if (open) return;
    open = true;
    queueMicrotask(() => {
      open = false;
    });
    record(...args);
  };
}

/** The zundo options the app store is created with. */
export const HISTORY_OPTIONS: ZundoOptions<AppState, DesignSnapshot> = {
  partialize: designSnapshot,
  limit: HISTORY_LIMIT,
  equality: sameSnapshot,
  handleSet: (record) => groupByTask(record),
};

function exists(design: Design, selection: Selection): boolean {
  const items = selection.kind === 'bond' ? design.bonds : design.nics;
  return items.some((item) => item.name === selection.name);
}

/* The selection is view state and is not undone, but it must not point at a vanished node. */
function dropStaleSelection(store: StoreWithHistory): void {
  const { selection, design } = store.getState();
  if (selection && !exists(design, selection)) store.getState().select(null);
}

/** Undoes the last design change (nothing when there is none). */
export function undoDesign(store: StoreWithHistory): void {
  store.temporal.getState().undo();
  dropStaleSelection(store);
}

/** Redoes the last undone design change (nothing when there is none). */
export function redoDesign(store: StoreWithHistory): void {
  store.temporal.getState().redo();
  dropStaleSelection(store);
}

/** Selector: whether there is a step to undo. */
export function selectCanUndo(history: TemporalState<DesignSnapshot>): boolean {
  return history.pastStates.length > 0;
}

/** Selector: whether there is a step to redo. */
export function selectCanRedo(history: TemporalState<DesignSnapshot>): boolean {
  return history.futureStates.length > 0;
}
