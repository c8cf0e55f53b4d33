/**
 * The store factory: one vanilla zustand store combining the design and UI slices. Tests and
 * the app each create their own store, so there is no module-level singleton.
 */
import { createStore } from 'zustand/vanilla';
import type { AppData, AppState } from './app-state';
import { createDesignSlice } from './slices/design-slice';
import { createUiSlice } from './slices/ui-slice';

/** Creates an app store; `init` overrides the starting data (seed design, no selection). */
export function createAppStore(init: Partial<AppData> = {}) {
  return createStore<AppState>()((...args) => ({
    ...createDesignSlice(...args),
    ...createUiSlice(...args),
    ...init,
  }));
}

/** The store instance type. */
export type AppStore = ReturnType<typeof createAppStore>;
