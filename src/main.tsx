/**
 * Browser entry: restores the saved state, picks the language (loading its texts first unless it
 * is the bundled English), renders the app in StrictMode and starts autosave.
 *
 * A saved design must pass the model's checks before it is shown, so the persistence code (with
 * the design schema) is loaded first when there is one, and autosave starts with it. A first visit
 * has nothing to restore: the canvas shows at once, and autosave, the checks and the rest of the
 * English texts load after it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { StateBannerSlot } from './components/shell/state-banner-slot';
import { createPageI18n, ensureLaterCatalogue } from './i18n/page-i18n';
import { initialLanguage, readStoredLanguage } from './i18n/language';
import { ensureLanguage } from './i18n/load-language';
import { ensureChecks, loadChecks } from './store/checks';
import { createAppStore, type AppStore } from './store/create-app-store';
import type { LoadResult } from './store/persistence';
import { savedContentChanged, savedStateText, STORAGE_KEY } from './store/saved-state-text';

const loadPersistence = () => import('./store/persistence');
type Persistence = Awaited<ReturnType<typeof loadPersistence>>;

const UNAVAILABLE: LoadResult = {
  data: { notice: { key: 'ui.notice.storageUnavailable' } },
  canSave: false,
  text: null,
};
const NOTHING_SAVED: LoadResult = { data: {}, canSave: true, text: null };

/* Reading window.localStorage itself throws when the browser blocks storage for the page. */
function openStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/* Whether there is a saved state to restore; a failing read is left to loadSavedState to report. */
function hasSavedState(storage: Storage): boolean {
  try {
    return storage.getItem(STORAGE_KEY) !== null;
  } catch {
    return true;
  }
}

/* Resolves after the browser has painted the current frame. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/* A promise and the function that resolves it. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/* Autosave with the guard's events wired to the page; a change is saved after its frame. */
function autosave(persistence: Persistence, store: AppStore, storage: Storage, loaded: LoadResult) {
  const guard = persistence.startAutosave(store, storage, loaded, undefined, (save) =>
    requestAnimationFrame(() => setTimeout(save, 0)),
  );
  // Leaving the page saves at once.
  window.addEventListener('pagehide', guard.flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') guard.flush();
  });
  // Another tab of the app saved: the guard follows it or asks, never overwriting it unseen.
  window.addEventListener('storage', (event) => {
    if (event.storageArea === storage) guard.otherTabSaved(event.key, event.newValue);
  });
  return guard;
}

/*
 * A first visit's autosave starts after the canvas has shown: should the page be left before,
 * a changed design is still written, unless another tab has saved one meanwhile. Returns the
 * function that stops this once autosave runs.
 */
function keepFirstChanges(store: AppStore, storage: Storage): () => void {
  const initial = store.getState();
  const leave = () => {
    const state = store.getState();
    try {
      if (savedContentChanged(state, initial) && storage.getItem(STORAGE_KEY) === null) {
        storage.setItem(STORAGE_KEY, savedStateText(state));
      }
    } catch {
      // Storage refused while the page goes away: there is no one left to tell.
    }
  };
  window.addEventListener('pagehide', leave);
  return () => window.removeEventListener('pagehide', leave);
}

async function start(element: HTMLElement): Promise<void> {
  const storage = openStorage();
  let persistence: Persistence | undefined;
  if (storage && hasSavedState(storage)) persistence = await loadPersistence();
  const loaded = !storage
    ? UNAVAILABLE
    : persistence
      ? persistence.loadSavedState(storage)
      : NOTHING_SAVED;
  const store = createAppStore(loaded.data);
  // With a saved state the persistence code is here already: autosave runs from the start.
  let guard = storage && persistence && autosave(persistence, store, storage, loaded);
  const stopKeeping = storage && !guard ? keepFirstChanges(store, storage) : undefined;
  const i18n = createPageI18n();
  const language = initialLanguage(
    readStoredLanguage(() => window.localStorage),
    navigator.languages,
  );
  // Should the Chinese texts fail to load (say, offline before they were cached), the page still
  // opens, in English.
  await ensureLanguage(i18n, language).catch(() => undefined);

  const canvasShown = signal();
  const root = createRoot(element);
  const render = () =>
    root.render(
      <StrictMode>
        {guard && <StateBannerSlot guard={guard} store={store} i18n={i18n} />}
        <App store={store} i18n={i18n} onCanvasShown={canvasShown.resolve} />
      </StrictMode>,
    );
  render();
  // Nothing else may take the main thread before the nodes are on screen.
  await canvasShown.promise;
  await afterPaint();

  // The findings wait for their English texts, so no message ever shows as its code.
  void Promise.all([loadChecks(), ensureLaterCatalogue(i18n)]).then(() => ensureChecks(store));
  if (!storage || guard) return;
  guard = autosave(await loadPersistence(), store, storage, loaded);
  stopKeeping?.();
  render();
}

const element = document.getElementById('root');
if (element) void start(element);
