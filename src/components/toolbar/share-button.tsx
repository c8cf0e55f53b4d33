/**
 * The toolbar's Copy link button. The encoder, its library and the share strings load on the
 * first click; when the clipboard refuses, a dialog shows the link to copy by hand.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store/app-store-context';

const CopyLinkDialog = lazy(() =>
  import('../share/copy-link-dialog').then((module) => ({ default: module.CopyLinkDialog })),
);

/** Copies a link holding the whole design; nothing leaves the browser. */
export function ShareButton() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const [manual, setManual] = useState<string | null>(null);

  const copy = async () => {
    const { copyShareLink } = await import('../share/share-actions');
    setManual(await copyShareLink(store, i18n));
  };

  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {t('ui.toolbar.copyLink')}
      </button>
      {manual !== null && (
        <Suspense fallback={null}>
          <CopyLinkDialog url={manual} onClose={() => setManual(null)} />
        </Suspense>
      )}
    </>
  );
}
