/**
 * The fallback when the clipboard refuses: the share link in a selected read-only field, to copy
 * by hand. Loaded on demand with the share strings.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../shell/modal-dialog';

interface CopyLinkDialogProps {
  url: string;
  onClose: () => void;
}

/** A modal showing `url` selected for copying. */
export function CopyLinkDialog({ url, onClose }: CopyLinkDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <ModalDialog open title={t('share.copyTitle')} onClose={onClose}>
      <p className="modal-body" id={`${id}-help`}>
        {t('share.copyHelp')}
      </p>
      <label htmlFor={id}>{t('share.linkLabel')}</label>
      <input
        id={id}
        style={{ width: '100%' }}
        readOnly
        value={url}
        aria-describedby={`${id}-help`}
        spellCheck={false}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the link is what the dialog is for
        autoFocus
        onFocus={(event) => event.target.select()}
      />
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('share.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
