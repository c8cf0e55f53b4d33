/**
 * Autosave and restore: work survives a reload (including text that does not parse yet), a
 * corrupt saved state is kept aside with a notice, and New asks before it discards work.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('the design and unparsed drafts survive a reload', async ({ app, canvas, page }) => {
  await canvas.dragNicOntoBond('eth0', 'bond0');
  await expect(canvas.slaves('bond0')).toHaveText(['eth0']);
  await app.hostName.fill('web01');
  await canvas.nic('eth1').click();
  const panel = app.nicPanel('eth1');
  await panel.getByLabel('Speed (Mb/s)').fill('10000');
  await panel.getByLabel('MAC address').fill('00:1a:64:zz');
  await expect(panel.getByRole('alert')).toHaveCount(1);

  await page.reload();

  await expect(canvas.slaves('bond0')).toHaveText(['eth0']);
  await expect(app.hostName).toHaveValue('web01');
  await expect(canvas.nic('eth1')).toContainText('10000 Mb/s');
  await canvas.nic('eth1').click();
  await expect(panel.getByLabel('MAC address')).toHaveValue('00:1a:64:zz');
  await expect(panel.getByLabel('MAC address')).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByRole('alert')).toHaveCount(1);
});

test('a corrupt saved state is kept aside and the seed machine is shown', async ({
  app,
  canvas,
  page,
}) => {
  await app.setStorageItem('bondsmith:state', '{"stateVersion": 1, "design": [oops');
  await page.reload();
  await expect(app.notice).toContainText('could not be read');
  await expect(app.notice).toContainText('bondsmith:state:corrupt:1');
  expect(await app.storageItem('bondsmith:state:corrupt:1')).toBe(
    '{"stateVersion": 1, "design": [oops',
  );
  await expect(canvas.nic('eth0')).toBeVisible();
  await expect(canvas.nic('eth1')).toBeVisible();
  await expect(canvas.bond('bond0')).toContainText('No slaves yet');
});

test('New asks first: cancel keeps the design, confirm resets it', async ({ app, canvas }) => {
  await canvas.memberOf('eth0').selectOption('bond0');
  await app.addBond();
  await expect(canvas.bond('bond1')).toBeVisible();

  await app.newDesign(false);
  await expect(app.dialog).toBeHidden();
  await expect(canvas.bond('bond1')).toBeVisible();
  await expect(canvas.slaves('bond0')).toHaveText(['eth0']);

  await app.button('New').click();
  await expect(app.dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.dialog.getByRole('button', { name: 'Start new design' }).click();
  await expect(canvas.bond('bond1')).toHaveCount(0);
  await expect(canvas.bond('bond0')).toContainText('No slaves yet');
  await expect(app.button('New')).toBeFocused();
});

test('Save downloads the design file and Open brings it back after asking', async ({
  app,
  canvas,
  page,
}) => {
  await canvas.memberOf('eth0').selectOption('bond0');
  const downloading = page.waitForEvent('download');
  await app.button('Save').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('x3650.bondsmith.json');
  const text = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(text)).toMatchObject({
    version: 1,
    host: { name: 'x3650' },
    bonds: [{ name: 'bond0', mode: 'active-backup', slaves: ['eth0'] }],
  });

  await app.newDesign(true);
  await expect(canvas.bond('bond0')).toContainText('No slaves yet');
  await app.openFile('x3650.bondsmith.json', text);
  await expect(app.dialog).toContainText(
    'Open x3650.bondsmith.json and replace the current design.',
  );
  await app.dialog.getByRole('button', { name: 'Open and replace' }).click();
  await expect(canvas.slaves('bond0')).toHaveText(['eth0']);
  await expect(app.notice).toHaveText(/Opened x3650\.bondsmith\.json\./);
});

test('Open refuses a file that is not a design and keeps the current one', async ({
  app,
  canvas,
}) => {
  await canvas.memberOf('eth1').selectOption('bond0');
  await app.openFile('notes.json', 'this is not json');
  await expect(app.notice).toContainText(
    'notes.json is not a JSON file; the current design is kept.',
  );
  await app.openFile('other.json', '{"hello": "world"}');
  await expect(app.notice).toContainText('other.json is not a Bondsmith design file');
  await expect(app.dialog).toBeHidden();
  await expect(canvas.slaves('bond0')).toHaveText(['eth1']);
});
