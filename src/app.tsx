/**
 * The app shell: providers (store, i18n, React Flow) around the toolbar, the canvas, the side
 * panel, the export dialog and the live region for notices.
 */
import { ReactFlowProvider } from '@xyflow/react';
import type { i18n } from 'i18next';
import { lazy, Suspense, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { DesignCanvas } from './components/canvas/design-canvas';
import { ExportDialog } from './components/export-dialog/export-dialog';
import { NoticeRegion } from './components/shell/notice-region';
import { SidePanel } from './components/shell/side-panel';
import { useHistoryKeys } from './components/shell/use-history-keys';
import { SharedLinkOpener } from './components/share/shared-link-opener';
import { Toolbar, type View } from './components/toolbar/toolbar';
import { AppStoreProvider } from './store/app-store-context';
import type { AppStore } from './store/create-app-store';
import './app.css';
import './styles/panels.css';

// The lab and the tour load on first visit, with their catalogues, off the first page load.
const LabView = lazy(() =>
  import('./components/lab/views').then((module) => ({ default: module.LabView })),
);
const LearnView = lazy(() =>
  import('./components/lab/views').then((module) => ({ default: module.LearnView })),
);

function Layout() {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const [view, setView] = useState<View>('design');
  useHistoryKeys();
  return (
    <div className="app">
      <Toolbar onExport={() => setExporting(true)} view={view} onView={setView} />
      <NoticeRegion />
      {view === 'design' ? (
        <main className="workspace">
          <ReactFlowProvider>
            <DesignCanvas />
          </ReactFlowProvider>
          <SidePanel />
        </main>
      ) : (
        <Suspense fallback={<p role="status">{t('ui.dialog.loading')}</p>}>
          {view === 'lab' ? <LabView /> : <LearnView />}
        </Suspense>
      )}
      <ExportDialog open={exporting} onClose={() => setExporting(false)} />
      <SharedLinkOpener />
    </div>
  );
}

/** The whole app for a given store and i18n instance (created once in main.tsx). */
export function App({ store, i18n }: { store: AppStore; i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <AppStoreProvider store={store}>
        <Layout />
      </AppStoreProvider>
    </I18nextProvider>
  );
}
