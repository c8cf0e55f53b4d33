/**
 * The right-hand panel: the selected bond's or NIC's editor, or a hint and host summary when
 * nothing is selected; the findings list sits below it.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store-context';
import { FindingsList } from '../findings/findings-list';

// The bond and NIC editors load when a bond or NIC is first selected.
const BondPanel = lazy(() =>
  import('../bond-panel/bond-panel').then((module) => ({ default: module.BondPanel })),
);
const NicPanel = lazy(() =>
  import('../nic-panel/nic-panel').then((module) => ({ default: module.NicPanel })),
);

function HostSummary() {
  const { t } = useTranslation();
  const host = useAppStore((state) => state.design.host?.name) || t('ui.panel.unnamedHost');
  const nics = useAppStore((state) => state.design.nics.length);
  const bonds = useAppStore((state) => state.design.bonds.length);
  return (
    <section className="panel panel-hint">
      <p>{t('ui.panel.hint')}</p>
      <p className="panel-summary">{t('ui.panel.hostSummary', { host, nics, bonds })}</p>
    </section>
  );
}

/** Chooses the editor for the current selection. */
export function SidePanel() {
  const { t } = useTranslation();
  const selection = useAppStore((state) => state.selection);
  return (
    <aside className="side-panel" aria-label={t('ui.panel.label')}>
      {selection?.kind === 'bond' && (
        <Suspense fallback={<p role="status">{t('ui.dialog.loading')}</p>}>
          <BondPanel bondName={selection.name} />
        </Suspense>
      )}
      {selection?.kind === 'nic' && (
        <Suspense fallback={<p role="status">{t('ui.dialog.loading')}</p>}>
          <NicPanel nicName={selection.name} />
        </Suspense>
      )}
      {selection === null && <HostSummary />}
      <FindingsList />
    </aside>
  );
}
