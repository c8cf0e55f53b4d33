/**
 * The app shell: providers (store, i18n, React Flow) around the toolbar, the canvas, the side
 * panel, the export dialog and the live region for notices.
 */
import { ReactFlowProvider } from '@xyflow/react';
import type { i18n } from 'i18next';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { DesignCanvas } from './components/canvas/design-canvas';
import { ExportDialog } from './components/export-dialog/export-dialog';
import { NoticeRegion } from './components/shell/notice-region';
import { SidePanel } from './components/shell/side-panel';
import { useHistoryKeys } from './components/shell/use-history-keys';
import { SharedLinkOpener } from './components/share/shared-link-opener';
import { Toolbar, type View } from './components/toolbar/toolbar';
import { AppStoreProvider, useAppStoreApi } from './store/app-store-context';
import type { AppStore } from './store/create-app-store';
import { selectFlowEdges, selectFlowNodes } from './store/selectors';
import './app.css';
import './styles/panels.css';

// The lab and the tour load on first visit, with their catalogues, off the first page load.
const LabView = lazy(() =>
  import('./components/lab/views').then((module) => ({ default: module.LabView })),
);
const LearnView = lazy(() =>
  import('./components/lab/views').then((module) => ({ default: module.LearnView })),
);

/*
 * React Flow's store starts with the design's nodes and edges, so its first render lays them out;
 * handed over only as props, they would arrive one commit later (from an effect).
 */
function CanvasProvider({ children }: { children: ReactNode }) {
  const store = useAppStoreApi();
  const [initial] = useState(() => ({
    nodes: selectFlowNodes(store.getState()),
    edges: selectFlowEdges(store.getState()),
  }));
  return (
    <ReactFlowProvider initialNodes={initial.nodes} initialEdges={initial.edges}>
      {children}
    </ReactFlowProvider>
  );
}

function Layout({ onCanvasShown }: { onCanvasShown?: () => void }) {
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
          <CanvasProvider>
            <DesignCanvas onShown={onCanvasShown} />
          </CanvasProvider>
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

/**
 * The whole app for a given store and i18n instance (created once in main.tsx); `onCanvasShown`
 * as DesignCanvas's `onShown`.
 */
export function App({
  store,
  i18n,
  onCanvasShown,
}: {
  store: AppStore;
  i18n: i18n;
  onCanvasShown?: () => void;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <AppStoreProvider store={store}>
        <Layout onCanvasShown={onCanvasShown} />
      </AppStoreProvider>
    </I18nextProvider>
  );
}
