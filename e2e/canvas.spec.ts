/**
 * The canvas with the real mouse and the keyboard: enslaving by drag and drop, releasing by
 * dragging away, the keyboard way through "Member of", adding bonds and NICs.
 */
import { expect, test } from './fixtures';

test('first screen shows the seed machine', async ({ canvas }) => {
  await expect(canvas.nic('eth0')).toBeVisible();
  await expect(canvas.nic('eth1')).toBeVisible();
  await expect(canvas.bond('bond0')).toBeVisible();
  await expect(canvas.nic('eth0')).toContainText('BCM5708');
  await expect(canvas.nic('eth0')).toContainText('bnx2');
  await expect(canvas.bond('bond0')).toContainText('active-backup (mode 1)');
});

test('dragging NICs onto a bond enslaves them in order; dragging one away releases it', async ({
  canvas,
}) => {
  await canvas.dragNicOntoBond('eth0', 'bond0');
  await expect(canvas.slaves('bond0')).toHaveText(['eth0']);
  await canvas.dragNicOntoBond('eth1', 'bond0');
  await expect(canvas.slaves('bond0')).toHaveText(['eth0', 'eth1']);
  await expect(canvas.edge('eth0', 'bond0')).toHaveCount(1);
  await expect(canvas.edge('eth1', 'bond0')).toHaveCount(1);
  await expect(canvas.memberOf('eth1')).toHaveValue('bond0');

  await canvas.dragNicAwayFromBond('eth1', 'bond0');
  await expect(canvas.slaves('bond0')).toHaveText(['eth0']);
  await expect(canvas.edge('eth1', 'bond0')).toHaveCount(0);
  await expect(canvas.memberOf('eth1')).toHaveValue('');
});

test('a NIC can be enslaved with the keyboard only', async ({ canvas, page }) => {
  await canvas.nic('eth1').focus();
  await page.keyboard.press('Tab');
  await expect(canvas.memberOf('eth1')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(canvas.memberOf('eth1')).toHaveValue('bond0');
  await expect(canvas.slaves('bond0')).toHaveText(['eth1']);
  await expect(canvas.edge('eth1', 'bond0')).toHaveCount(1);
});

test('the NIC panel enslaves and releases through "Member of"', async ({ app, canvas }) => {
  await canvas.nic('eth0').click();
  const panel = app.nicPanel('eth0');
  await expect(panel).toBeVisible();
  await panel.getByLabel('Member of', { exact: true }).selectOption('bond0');
  await expect(canvas.slaves('bond0')).toHaveText(['eth0']);
  await panel.getByLabel('Member of', { exact: true }).selectOption('');
  await expect(canvas.bond('bond0')).toContainText('No slaves yet');
});

test('deleting an edge with its button releases the NIC', async ({ canvas, page }) => {
  await canvas.memberOf('eth0').selectOption('bond0');
  await expect(canvas.edge('eth0', 'bond0')).toHaveCount(1);
  await page.getByRole('button', { name: 'Release eth0 from bond0' }).click();
  await expect(canvas.edge('eth0', 'bond0')).toHaveCount(0);
  await expect(canvas.memberOf('eth0')).toHaveValue('');
});

test('adding a bond shows bond1 and selects it', async ({ app, canvas }) => {
  await app.addBond();
  await expect(canvas.bond('bond1')).toBeVisible();
  await expect(canvas.bond('bond1')).toContainText('active-backup (mode 1)');
  await expect(canvas.memberOf('eth0').getByRole('option')).toHaveText([
    'none (not enslaved)',
    'bond0',
    'bond1',
  ]);
});

test('adding a NIC from the catalogue shows it with model and driver', async ({ app, canvas }) => {
  await app.addNicFromCatalogue('I350');
  await expect(app.dialog).toBeHidden();
  await expect(canvas.nic('eth2')).toBeVisible();
  await expect(canvas.nic('eth2')).toContainText('igb');
  await expect(app.nicPanel('eth2')).toBeVisible();
});

test('the Add NIC dialog refuses a name already in use', async ({ app, canvas }) => {
  await app.button('Add NIC').click();
  await app.dialog.getByLabel('Interface name').fill('eth0');
  await app.dialog.getByRole('button', { name: 'Add NIC' }).click();
  await expect(app.dialog.getByRole('alert')).toHaveText(
    'Another NIC or bond is already called eth0.',
  );
  await app.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.dialog).toBeHidden();
  await expect(canvas.nic('eth2')).toHaveCount(0);
});

test('selecting an edge with the keyboard and pressing Delete releases the NIC', async ({
  canvas,
  page,
}) => {
  await canvas.memberOf('eth1').selectOption('bond0');
  await canvas.edge('eth1', 'bond0').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(canvas.edge('eth1', 'bond0')).toHaveCount(0);
  await expect(canvas.nic('eth1')).toBeVisible();
  await expect(canvas.bond('bond0')).toContainText('No slaves yet');
});

test('renaming a NIC in its panel keeps bad names as drafts', async ({ app, canvas }) => {
  await canvas.memberOf('eth1').selectOption('bond0');
  await canvas.nic('eth1').click();
  const name = app.nicPanel('eth1').getByLabel('Interface name');
  await name.fill('eth 1');
  await expect(app.nicPanel('eth1').getByRole('alert')).toHaveCount(1);
  await expect(canvas.nic('eth1')).toBeVisible();
  await name.fill('eth0');
  await expect(app.nicPanel('eth1').getByRole('alert')).toHaveText(
    /Another NIC or bond is already called eth0\./,
  );
  await name.fill('lan1');
  await expect(canvas.nic('lan1')).toBeVisible();
  await expect(canvas.slaves('bond0')).toHaveText(['lan1']);
  await expect(app.nicPanel('lan1').getByRole('alert')).toHaveCount(0);
});
