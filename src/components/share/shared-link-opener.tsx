/**
 * Watches the address for a `#design=` fragment (at start and on hashchange). The fragment is
 * removed at once so a reload does not ask again; the decoder and the question load on demand.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isShareFragment } from '../../lib/share-fragment';
import { useAppStoreApi } from '../../store/app-store-context';
import type { SharedDesign } from './share-actions';

const SharedDesignDialog = lazy(() =>
  import('./shared-design-dialog').then((module) => ({ default: module.SharedDesignDialog })),
);

/** Opens shared links; renders the Replace / Keep mine question when work would be replaced. */
export function SharedLinkOpener() {
  const { i18n } = useTranslation();
  const store = useAppStoreApi();
  const [pending, setPending] = useState<SharedDesign | null>(null);

  useEffect(() => {
    const check = () => {
      const { hash, pathname, search } = window.location;
      if (!isShareFragment(hash)) return;
      window.history.replaceState(window.history.state, '', `${pathname}${search}`);
      void import('./share-actions').then(({ readSharedFragment }) => {
        const shared = readSharedFragment(hash, store, i18n);
        if (shared) setPending(shared);
      });
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, [store, i18n]);

  if (!pending) return null;
  return (
    <Suspense fallback={null}>
      <SharedDesignDialog shared={pending} onDone={() => setPending(null)} />
    </Suspense>
  );
}
