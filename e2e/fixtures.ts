/**
 * The `test` every spec imports: page objects injected as fixtures, each test on a fresh page
 * (Playwright gives every test its own browser context, so storage starts empty) with the app open.
 */
import { test as base } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { BondPanelPage } from './pages/bond-panel-page';
import { CanvasPage } from './pages/canvas-page';
import { ExportDialogPage } from './pages/export-dialog-page';
import { LabPage } from './pages/lab-page';

interface Fixtures {
  app: AppPage;
  canvas: CanvasPage;
  bondPanel: BondPanelPage;
  exportDialog: ExportDialogPage;
  lab: LabPage;
}

/** Playwright's test with the Bondsmith page objects. */
export const test = base.extend<Fixtures>({
  app: async ({ page }, use) => {
    const app = new AppPage(page);
    await app.open();
    await use(app);
  },
  canvas: async ({ app }, use) => {
    await use(new CanvasPage(app.page));
  },
  bondPanel: async ({ app }, use) => {
    await use(new BondPanelPage(app.page));
  },
  exportDialog: async ({ app }, use) => {
    await use(new ExportDialogPage(app.page));
  },
  lab: async ({ app }, use) => {
    await use(new LabPage(app.page));
  },
});

export { expect } from '@playwright/test';
