/**
 * The store factory: one vanilla zustand store combining the design and UI slices, with the
 * design's undo history as `store.temporal`. Tests and the app each create their own store, so
 * there is no module-level singleton.
 */
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { AppData, AppState } from './app-state';
import { HISTORY_OPTIONS } from './history';
import { createDesignSlice } from './slices/design-slice';
import { createUiSlice } from './slices/ui-slice';

/** Creates an app store; `init` overrides the starting data (seed design, no selection). */
export function createAppStore(init: Partial<AppData> = {}) {
  return createStore<AppState>()(
    temporal(
      (...args) => ({
        ...createDesignSlice(...args),
        ...createUiSlice(...args),
        ...init,
      }),
      HISTORY_OPTIONS,
    ),
  );
}

/** The store instance type. */
export type AppStore = ReturnType<typeof createAppStore>;
