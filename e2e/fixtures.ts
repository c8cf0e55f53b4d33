/**
 * The `test` every spec imports: page objects injected as fixtures, each test on a fresh page
 * (Playwright gives every test its own browser context, so storage starts empty) with the app open,
 * and every test failing when the page sends a request that leaves localhost.
 */
import { expect, test as base, type Request } from '@playwright/test';
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
  noOffsiteRequests: void;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'file:', 'about:']);

/** Whether a request goes to another host (anything but this machine or in-page URLs). */
function leavesLocalhost(request: Request): boolean {
  const url = new URL(request.url());
  return !LOCAL_SCHEMES.has(url.protocol) && !LOCAL_HOSTS.has(url.hostname);
}

/** Playwright's test with the Bondsmith page objects. */
export const test = base.extend<Fixtures>({
  noOffsiteRequests: [
    async ({ context }, use) => {
      const offsite: string[] = [];
      const record = (request: Request): void => {
        if (leavesLocalhost(request)) offsite.push(request.url());
      };
      context.on('request', record);
      await use();
      context.off('request', record);
      expect(offsite, 'requests that left localhost').toEqual([]);
    },
    { auto: true },
  ],
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

export { expect };
