/**
 * The Add NIC dialog; the form mounts fresh on every opening so it always starts prefilled.
 */
import { useTranslation } from 'react-i18next';
import { AddNicForm } from './add-nic-form';
import { ModalDialog } from './modal-dialog';

/** Modal wrapper around AddNicForm. */
export function AddNicDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog open={open} title={t('ui.addNic.title')} onClose={onClose}>
      <AddNicForm onDone={onClose} onCancel={onClose} />
    </ModalDialog>
  );
}
