/**
 * Asks before a shared design replaces work: Keep mine (the safe choice, focused first) or
 * Replace (undoable). Loaded on demand with the share strings.
 */
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store/app-store-context';
import { ModalDialog } from '../shell/modal-dialog';
import { applySharedDesign, type SharedDesign } from './share-actions';

interface SharedDesignDialogProps {
  shared: SharedDesign;
  onDone: () => void;
}

/** The Replace / Keep mine question for `shared`; `onDone` closes it either way. */
export function SharedDesignDialog({ shared, onDone }: SharedDesignDialogProps) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const keep = () => {
    store.getState().showNotice({ key: 'share.kept' });
    onDone();
  };
  const replace = () => {
    applySharedDesign(store, t, shared);
    onDone();
  };
  return (
    <ModalDialog open title={t('share.confirmTitle')} onClose={keep}>
      <p className="modal-body">{t('share.confirmBody')}</p>
      <div className="modal-actions">
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- a modal must place focus; keeping work is the safe choice */}
        <button type="button" autoFocus onClick={keep}>
          {t('share.keep')}
        </button>
        <button type="button" className="danger" onClick={replace}>
          {t('share.replace')}
        </button>
      </div>
    </ModalDialog>
  );
}
