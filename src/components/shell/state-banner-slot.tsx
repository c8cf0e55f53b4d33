/**
 * Where the saved-state banner appears: nothing (and nothing loaded) while browser storage is
 * fine; the banner's chunk, with its strings, is fetched the first time a problem comes up.
 */
import type { i18n } from 'i18next';
import {
  lazy,
  Suspense,
  useSyncExternalStore,
  type ComponentProps,
  type ComponentType,
} from 'react';
import { I18nextProvider } from 'react-i18next';
import type { AppStore } from '../../store/create-app-store';
import type { StateGuard } from '../../store/persistence';
import type { StateBanner as StateBannerType } from './state-banner';

type BannerProps = ComponentProps<typeof StateBannerType>;

/* Should the chunk fail to load (offline, not cached) the app must still run: show nothing. */
const StateBanner = lazy<ComponentType<BannerProps>>(() =>
  import('./state-banner').then(
    (module) => ({ default: module.StateBanner }),
    () => ({ default: () => null }),
  ),
);

/** Renders the banner for `guard`'s problems, if any, above the app. */
export function StateBannerSlot({
  guard,
  store,
  i18n,
}: {
  guard: StateGuard;
  store: AppStore;
  i18n: i18n;
}) {
  const problems = useSyncExternalStore(guard.subscribe, guard.problems);
  if (problems.length === 0) return null;
  return (
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={null}>
        <StateBanner problems={problems} guard={guard} store={store} />
      </Suspense>
    </I18nextProvider>
  );
}
