/**
 * Importing in the app: the seed's files and a pasted /proc text are previewed and opened on the
 * canvas, an exported bundle comes back as the same design, hostile archives are refused without
 * touching the canvas, and an import merges beside the current design.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ImportDialogPage } from './pages/import-dialog-page';

const SEED_DIR = fileURLToPath(new URL('../src/import/fixtures/seed/', import.meta.url));

async function seedFiles(): Promise<string[]> {
  return (await readdir(SEED_DIR)).sort().map((name) => join(SEED_DIR, name));
}

/** The design as Save downloads it. */
async function savedDesign(page: Page): Promise<{
  nics: { name: string }[];
  bonds: unknown[];
}> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('banner').getByRole('button', { name: 'Save', exact: true }).click();
  const download = await downloading;
  return JSON.parse(await readFile(await download.path(), 'utf8')) as {
    nics: { name: string }[];
    bonds: unknown[];
  };
}

const PROC = `Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)

Bonding Mode: fault-tolerance (active-backup)
Primary Slave: None
Currently Active Slave: eth0
MII Status: up
MII Polling Interval (ms): 100
Up Delay (ms): 0
Down Delay (ms): 0

Slave Interface: eth0
MII Status: up
Speed: 1000 Mbps
Duplex: full
Link Failure Count: 0
Permanent HW addr: 00:1a:64:00:00:01

Slave Interface: eth1
MII Status: up
Speed: 1000 Mbps
Duplex: full
Link Failure Count: 0
Permanent HW addr: 00:1a:64:00:00:02
`;

test("the seed's files are previewed, then opened on the canvas", async ({ app, canvas }) => {
  const dialog = new ImportDialogPage(app.page);
  await dialog.open();
  // Several files are parsed off the main thread, in the import worker.
  const worker = app.page.waitForEvent('worker');
  await dialog.chooseFiles(await seedFiles());
  expect((await worker).url()).toMatch(/import-worker/);

  await expect(dialog.preview).toContainText('bond0: active-backup, miimon 100 ms');
  await expect(dialog.preview).toContainText('slaves eth0, eth1');
  await expect(dialog.preview).toContainText('IPv4 192.168.1.3/24 via 192.168.1.1');
  await expect(dialog.preview.getByRole('listitem').filter({ hasText: /^eth0/ })).toHaveCount(1);
  await expect(dialog.preview.getByRole('listitem').filter({ hasText: /^eth1/ })).toHaveCount(1);
  await expect(
    dialog.notes.getByRole('listitem').filter({ hasText: 'ifcfg-eth0:7' }),
  ).toContainText('initscripts only read upper-case keys, so "slave" is ignored by them');

  await dialog.openButton.click();
  await expect(dialog.dialog).toBeHidden();
  await expect(app.notice).toContainText('Imported 1 bond(s) and 2 NIC(s) onto the canvas.');
  await expect(canvas.slaves('bond0')).toHaveText([/eth0/, /eth1/]);
});

test('pasted /proc/net/bonding text is previewed', async ({ app }) => {
  const dialog = new ImportDialogPage(app.page);
  await dialog.open();
  await dialog.paste(PROC);
  await expect(dialog.preview).toContainText('/proc/net/bonding/bondN');
  await expect(dialog.preview).toContainText('bond0: active-backup, miimon 100 ms');
  await expect(dialog.preview).toContainText('slaves eth0, eth1');
  await expect(dialog.openButton).toBeEnabled();
});

test('an exported bundle imports back as the same design', async ({
  app,
  canvas,
  exportDialog,
}) => {
  await canvas.memberOf('eth0').selectOption('bond0');
  await canvas.memberOf('eth1').selectOption('bond0');
  const before = await savedDesign(app.page);
  await exportDialog.open();
  const download = await exportDialog.download();
  const bundle = await readFile(await download.path());
  await exportDialog.close();
  await app.newDesign(true);

  const dialog = new ImportDialogPage(app.page);
  await dialog.open();
  await dialog.chooseFiles([
    { name: 'bondsmith-x3650.zip', mimeType: 'application/zip', buffer: bundle },
  ]);
  await expect(dialog.notes).toContainText('only rhel5/ is imported');
  await dialog.openButton.click();
  await expect(canvas.slaves('bond0')).toHaveText([/eth0/, /eth1/]);

  const after = await savedDesign(app.page);
  expect(after.bonds).toEqual(before.bonds);
  expect(after.nics.map((nic) => nic.name)).toEqual(before.nics.map((nic) => nic.name));
});

test('a zip with a ../ path and a 10 MB file is refused; the canvas is unchanged', async ({
  app,
  canvas,
}) => {
  const evil = zipSync({
    '../../etc/sysconfig/network-scripts/ifcfg-bond0': strToU8('DEVICE=bond0\nSLAVE=no\n'),
    'big.conf': new Uint8Array(10 * 1024 * 1024),
  });
  const dialog = new ImportDialogPage(app.page);
  await dialog.open();
  await dialog.chooseFiles([
    { name: 'evil.zip', mimeType: 'application/zip', buffer: Buffer.from(evil) },
  ]);
  await expect(dialog.refusal).toHaveText(
    'Nothing can be imported from this input; the design is unchanged. The notes below say why.',
  );
  await expect(dialog.notes).toContainText('big.conf expands to more than 2097152 bytes');
  await expect(dialog.openButton).toHaveCount(0);
  await expect(dialog.mergeButton).toHaveCount(0);
  await dialog.close();

  await expect(canvas.bond('bond0')).toBeVisible();
  await expect(canvas.slaves('bond0')).toHaveCount(0);
  await expect(canvas.nic('eth0')).toBeVisible();
  await expect(canvas.nic('eth1')).toBeVisible();
});

test('an import merges beside the current design, renaming clashes', async ({ app, canvas }) => {
  const dialog = new ImportDialogPage(app.page);
  await dialog.open();
  await dialog.chooseFiles(await seedFiles());
  await dialog.mergeButton.click();
  await expect(dialog.dialog).toBeHidden();
  await expect(app.notice).toContainText('renamed eth0 → eth2, eth1 → eth3, bond0 → bond1');
  await expect(canvas.bond('bond0')).toBeVisible();
  await expect(canvas.slaves('bond0')).toHaveCount(0);
  await expect(canvas.slaves('bond1')).toHaveText([/eth2/, /eth3/]);
});
