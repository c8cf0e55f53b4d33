/**
 * The Add NIC dialog; the form mounts fresh on every opening so it always starts prefilled.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './modal-dialog';

// The form (react-hook-form and its zod resolver) loads when the dialog first opens.
const AddNicForm = lazy(() =>
  import('./add-nic-form').then((module) => ({ default: module.AddNicForm })),
);

/** Modal wrapper around AddNicForm. */
export function AddNicDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog open={open} title={t('ui.addNic.title')} onClose={onClose}>
      {open && (
        <Suspense fallback={<p role="status">{t('ui.dialog.loading')}</p>}>
          <AddNicForm onDone={onClose} onCancel={onClose} />
        </Suspense>
      )}
    </ModalDialog>
  );
}
