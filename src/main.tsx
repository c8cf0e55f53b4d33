/**
 * Browser entry: restores the saved state, starts autosave and renders the app in StrictMode.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createI18n } from './i18n/i18n';
import { createAppStore } from './store/create-app-store';
import { loadSavedState, startAutosave, type LoadResult } from './store/persistence';

/* Reading window.localStorage itself throws when the browser blocks storage for the page. */
function restore(): { loaded: LoadResult; storage?: Storage } {
  try {
    const storage = window.localStorage;
    return { loaded: loadSavedState(storage), storage };
  } catch {
    return {
      loaded: { data: { notice: { key: 'ui.notice.storageUnavailable' } }, canSave: false },
    };
  }
}

const root = document.getElementById('root');
if (root) {
  const { loaded, storage } = restore();
  const store = createAppStore(loaded.data);
  if (storage && loaded.canSave) startAutosave(store, storage);
  createRoot(root).render(
    <StrictMode>
      <App store={store} i18n={createI18n()} />
    </StrictMode>,
  );
}
