/**
 * Undo and Redo in the toolbar, disabled when there is nothing to undo or redo, with the
 * keyboard shortcuts announced (the keys themselves live in use-history-keys.ts).
 */
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useAppStoreApi } from '../../store/app-store-context';
import { redoDesign, selectCanRedo, selectCanUndo, undoDesign } from '../../store/history';

/** The two history buttons. */
export function HistoryButtons() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const canUndo = useStore(store.temporal, selectCanUndo);
  const canRedo = useStore(store.temporal, selectCanRedo);
  return (
    <>
      <button
        type="button"
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        onClick={() => undoDesign(store)}
      >
        {t('ui.toolbar.undo')}
      </button>
      <button
        type="button"
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
        onClick={() => redoDesign(store)}
      >
        {t('ui.toolbar.redo')}
      </button>
    </>
  );
}
