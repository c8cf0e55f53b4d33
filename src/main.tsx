/**
 * Browser entry: restores the saved state, starts autosave, picks the language (loading its texts
 * first unless it is the bundled English) and renders the app in StrictMode.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { StateBannerSlot } from './components/shell/state-banner-slot';
import { createI18n } from './i18n/i18n';
import { initialLanguage, readStoredLanguage } from './i18n/language';
import { ensureLanguage } from './i18n/load-language';
import { ensureChecks } from './store/checks';
import { createAppStore } from './store/create-app-store';
import { loadSavedState, startAutosave, type LoadResult } from './store/persistence';

/* Reading window.localStorage itself throws when the browser blocks storage for the page. */
function restore(): { loaded: LoadResult; storage?: Storage } {
  try {
    const storage = window.localStorage;
    return { loaded: loadSavedState(storage), storage };
  } catch {
    return {
      loaded: {
        data: { notice: { key: 'ui.notice.storageUnavailable' } },
        canSave: false,
        text: null,
      },
    };
  }
}

const root = document.getElementById('root');
if (root) {
  const { loaded, storage } = restore();
  const store = createAppStore(loaded.data);
  const guard = storage && startAutosave(store, storage, loaded);
  // Another tab of the app saved: the guard follows it or asks, never overwriting it unseen.
  window.addEventListener('storage', (event) => {
    if (guard && event.storageArea === storage) guard.otherTabSaved(event.key, event.newValue);
  });
  const i18n = createI18n();
  const language = initialLanguage(
    readStoredLanguage(() => window.localStorage),
    navigator.languages,
  );
  const render = () => {
    createRoot(root).render(
      <StrictMode>
        {guard && <StateBannerSlot guard={guard} store={store} i18n={i18n} />}
        <App store={store} i18n={i18n} />
      </StrictMode>,
    );
    // The findings are not needed to show the canvas: their checks load right after it.
    void ensureChecks(store);
  };
  // Should the Chinese texts fail to load (say, offline before they were cached), the page still
  // opens, in English.
  ensureLanguage(i18n, language).then(render, render);
}
