/**
 * The app shell: providers (store, i18n, React Flow) around the toolbar, the canvas, the side
 * panel, the export dialog and the live region for notices.
 */
import { ReactFlowProvider } from '@xyflow/react';
import type { i18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { DesignCanvas } from './components/canvas/design-canvas';
import { ExportDialog } from './components/export-dialog/export-dialog';
import { NoticeRegion } from './components/shell/notice-region';
import { SidePanel } from './components/shell/side-panel';
import { Toolbar } from './components/toolbar/toolbar';
import { AppStoreProvider } from './store/app-store-context';
import type { AppStore } from './store/create-app-store';
import './app.css';
import './styles/panels.css';

function Layout() {
  const [exporting, setExporting] = useState(false);
  return (
    <div className="app">
      <Toolbar onExport={() => setExporting(true)} />
      <NoticeRegion />
      <main className="workspace">
        <ReactFlowProvider>
          <DesignCanvas />
        </ReactFlowProvider>
        <SidePanel />
      </main>
      <ExportDialog open={exporting} onClose={() => setExporting(false)} />
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
