/**
 * Asks before a destructive step (new design, replacing on open, removing a NIC). Cancel has
 * the initial focus so a stray Enter never destroys work.
 */
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './modal-dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A yes/no modal; closing it any other way (Escape) counts as cancel. */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog open={open} title={title} onClose={onCancel}>
      <p className="modal-body">{body}</p>
      <div className="modal-actions">
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- a modal must place focus; Cancel is the safe choice */}
        <button type="button" autoFocus onClick={onCancel}>
          {t('ui.dialog.cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
