/**
 * The single-file build (`npm run build:single`) opened from disk with every network request
 * refused: one HTML file whose policy allows its inline code by hash, the seed flow down to the
 * RHEL5 zip, the design kept over a reload, and the Lab and Learn views.
 */
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { recordViolations, violations } from './csp-violations';
import { expect, test } from './fixtures';
import { BondPanelPage } from './pages/bond-panel-page';
import { CanvasPage } from './pages/canvas-page';
import { ExportDialogPage } from './pages/export-dialog-page';
import { LabPage } from './pages/lab-page';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Concurrent runs (each with its own E2E_PORT) build into their own folder.
const OUT_DIR = `dist-e2e-${process.env.E2E_PORT ?? 4173}-single`;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  execFileSync('npm', ['run', 'build:single', '--', '--outDir', OUT_DIR, '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  expect(await readdir(`${ROOT}${OUT_DIR}`)).toEqual(['bondsmith.html']);
});

test('runs from disk with the network off: seed flow, export, reload, Lab and Learn', async ({
  browser,
}) => {
  // One long journey through a 1 MB page read from disk.
  test.slow();
  const context = await browser.newContext({ offline: true, acceptDownloads: true });
  const requests: string[] = [];
  context.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) requests.push(request.url());
  });
  await context.route('**/*', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : route.abort(),
  );
  await recordViolations(context);
  const page = await context.newPage();
  const canvas = new CanvasPage(page);
  const bondPanel = new BondPanelPage(page);
  const exportDialog = new ExportDialogPage(page);
  const lab = new LabPage(page);

  await page.goto(pathToFileURL(`${ROOT}${OUT_DIR}/bondsmith.html`).href);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]{43}='; /);
  expect(policy).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]{43}='; /);
  expect(policy).not.toContain('unsafe');

  await canvas.dragNicOntoBond('eth0', 'bond0');
  await canvas.dragNicOntoBond('eth1', 'bond0');
  await expect(canvas.slaves('bond0')).toHaveText([/eth0/, /eth1/]);
  await canvas.bond('bond0').click();
  await bondPanel.chooseMode('active-backup');
  await bondPanel.setStaticAddress({
    address: '192.168.1.3',
    prefix: '24',
    gateway: '192.168.1.1',
    mtu: '1500',
  });
  await exportDialog.open();
  const download = await exportDialog.download();
  const zipped = unzipSync(new Uint8Array(await readFile(await download.path())));
  expect(new TextDecoder().decode(zipped['rhel5/etc/modprobe.conf'])).toContain(
    'options bond0 miimon=100 mode=1',
  );
  await exportDialog.close();

  await page.reload();
  await expect(canvas.slaves('bond0')).toHaveText([/eth0/, /eth1/]);

  await lab.openView('Lab');
  await expect(lab.setup('Bond')).toHaveValue('bond0');
  await lab.playback('Step one packet').click();
  await expect(lab.section('Why this slave')).toContainText('Sent on: eth0');
  await lab.openView('Learn');
  await expect(lab.tour.getByRole('heading', { name: /balance-rr \(mode 0\)/ })).toBeVisible();

  expect(await violations(page)).toEqual([]);
  expect(requests).toEqual([]);
  await context.close();
});
