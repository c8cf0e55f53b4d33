/**
 * React binding for the app store: a provider taking a store instance and hooks that read it.
 * Components select the narrowest slice; hooks throw outside the provider so misuse is loud.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState } from './app-state';
import type { AppStore } from './create-app-store';

const AppStoreContext = createContext<AppStore | null>(null);

/** Makes `store` available to `useAppStore` below it. */
export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}

/** The store instance, for imperative access (event handlers reading fresh state). */
// eslint-disable-next-line react-refresh/only-export-components -- the contract keeps provider and hooks in one module
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore must be used inside <AppStoreProvider>');
  return store;
}

/** Reads a slice of the store and re-renders when it changes. */
// eslint-disable-next-line react-refresh/only-export-components -- see useAppStoreApi
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
