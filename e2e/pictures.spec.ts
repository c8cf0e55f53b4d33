/**
 * The topology picture and the printable runbook: SVG and PNG downloads of the seed bond, the
 * picture in every bundle folder, and the runbook's files, checks and print layout.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { PicturesPage } from './pages/pictures-page';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test.beforeEach(async ({ canvas, exportDialog }) => {
  await canvas.memberOf('eth0').selectOption('bond0');
  await canvas.memberOf('eth1').selectOption('bond0');
  await exportDialog.open();
});

test('downloads the topology as SVG and as PNG', async ({ page }) => {
  const pictures = new PicturesPage(page);
  const svgDownload = await pictures.download(pictures.svgButton);
  expect(svgDownload.suggestedFilename()).toBe('x3650-topology.svg');
  const svg = await readFile(await svgDownload.path(), 'utf8');
  const parsed = await pictures.parseSvg(svg);
  expect(parsed.root).toBe('svg');
  expect(parsed.errors).toBe(0);
  expect(parsed.title).toBe('Bondsmith bond topology of host x3650');
  expect(parsed.texts).toEqual(
    expect.arrayContaining(['bond0', 'active-backup (mode 1)', 'eth0', 'eth1']),
  );

  const pngDownload = await pictures.download(pictures.pngButton);
  expect(pngDownload.suggestedFilename()).toBe('x3650-topology.png');
  const png = await readFile(await pngDownload.path());
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  // IHDR holds the size: twice the SVG's 408 × 368.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([816, 736]);
});

test('the exported zip carries the picture in the target folder', async ({ exportDialog }) => {
  const download = await exportDialog.download();
  const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
  const svg = strFromU8(zip['rhel5/topology.svg'] ?? new Uint8Array());
  expect(svg).toContain('<title id="topology-title">Bondsmith bond topology of host x3650</title>');
  await expect(exportDialog.file('rhel5/topology.svg')).toBeVisible();
});

test('the runbook shows the files and checks, prints without the app, and closes', async ({
  page,
  app,
}) => {
  const pictures = new PicturesPage(page);
  await pictures.runbookButton.click();
  await expect(pictures.runbook).toBeVisible();
  await expect(pictures.runbook.getByRole('heading', { name: 'Design summary' })).toBeVisible();
  await expect(pictures.runbook.getByRole('img', { name: /^Topology of x3650/ })).toBeVisible();
  await expect(pictures.runbookFile('rhel5/etc/modprobe.conf')).toContainText(
    'alias bond0 bonding',
  );
  await expect(
    pictures.runbookFile('rhel5/etc/sysconfig/network-scripts/ifcfg-eth1'),
  ).toContainText('SLAVE=yes');
  await expect(pictures.runbook.getByText('cat /proc/net/bonding/bond0')).toBeVisible();
  await expect(pictures.runbook.getByRole('button', { name: 'Print' })).toBeVisible();

  const toolbarExport = app.button('Export…');
  await page.emulateMedia({ media: 'print' });
  await expect(toolbarExport).toBeHidden();
  await expect(pictures.runbook.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(pictures.runbookFile('rhel5/etc/modprobe.conf')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(toolbarExport).toBeVisible();

  await pictures.runbook.getByRole('button', { name: 'Close' }).click();
  await expect(pictures.runbook).toBeHidden();
  await expect(toolbarExport).toBeFocused();
});
