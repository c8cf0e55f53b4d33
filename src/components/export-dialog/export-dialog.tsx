/**
 * The export dialog: choose targets, preview every file, download the zip. While the design (or
 * a draft, or a target) has errors, the download is disabled and the errors are listed instead.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The renderers, YAML and zip code load with the dialog's body, not with the page.
const ExportBody = lazy(() =>
  import('./export-body').then((module) => ({ default: module.ExportBody })),
);
const RunbookView = lazy(() =>
  import('../runbook/runbook-view').then((module) => ({ default: module.RunbookView })),
);

interface ExportDialogProps {
  open: boolean;
  onClose: () => void;
}

/**
 * Modal export dialog; its content is only built while it is open. The printable runbook it
 * offers replaces it, as a sibling, and closing the runbook returns to the app.
 */
export function ExportDialog({ open, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [runbook, setRunbook] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  /* Close the native dialog first, so focus goes back to the toolbar before the runbook opens. */
  const openRunbook = () => {
    dialog.current?.close();
    onClose();
    setRunbook(true);
  };
  return (
    <>
      <dialog
        ref={dialog}
        className="export-dialog"
        aria-labelledby="export-title"
        onClose={onClose}
      >
        <header className="dialog-header">
          <h2 id="export-title">{t('export.dialog.title')}</h2>
          <button type="button" onClick={onClose}>
            {t('export.dialog.close')}
          </button>
        </header>
        {open && (
          <Suspense fallback={<p role="status">{t('export.dialog.loading')}</p>}>
            <ExportBody dialog={dialog} onClose={onClose} onRunbook={openRunbook} />
          </Suspense>
        )}
      </dialog>
      {runbook && (
        <Suspense fallback={<p role="status">{t('export.dialog.loading')}</p>}>
          <RunbookView onClose={() => setRunbook(false)} />
        </Suspense>
      )}
    </>
  );
}
