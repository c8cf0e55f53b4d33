/**
 * The export dialog: errors block the download and lead to their field; a valid design previews
 * every file of the bundle.
 */
import { expect, test } from './fixtures';

test.beforeEach(async ({ canvas }) => {
  await canvas.bond('bond0').click();
});

test('a bad address blocks the download and jumps to its field', async ({
  bondPanel,
  exportDialog,
}) => {
  await bondPanel.chooseAddressing('Static');
  await bondPanel.field('Address').fill('300.1.1.1');
  await bondPanel.field('Address').blur();

  await exportDialog.open();
  await expect(exportDialog.downloadButton).toBeDisabled();
  const reason = exportDialog.reason(/bond bond0/).filter({ hasText: '300.1.1.1' });
  await expect(reason).toHaveCount(1);

  await reason.click();
  await expect(exportDialog.dialog).toBeHidden();
  await expect(bondPanel.field('Address')).toBeFocused();
});

test('the preview shows every file of the bundle', async ({ canvas, bondPanel, exportDialog }) => {
  await canvas.memberOf('eth0').selectOption('bond0');
  await canvas.memberOf('eth1').selectOption('bond0');
  await canvas.bond('bond0').click();
  await bondPanel.setStaticAddress({ address: '10.0.0.5/24', prefix: '24', gateway: '10.0.0.1' });

  await exportDialog.open();
  await expect(exportDialog.downloadButton).toBeEnabled();
  for (const path of [
    'rhel5/README.txt',
    'rhel5/etc/modprobe.conf',
    'rhel5/etc/rc.d/rc.local',
    'rhel5/etc/sysconfig/network-scripts/ifcfg-bond0',
    'rhel5/etc/sysconfig/network-scripts/ifcfg-eth0',
    'rhel5/etc/sysconfig/network-scripts/ifcfg-eth1',
  ]) {
    await expect(exportDialog.dialog.getByRole('link', { name: path, exact: true })).toBeVisible();
    await expect(exportDialog.file(path)).toBeVisible();
  }
  await expect(exportDialog.file('rhel5/etc/sysconfig/network-scripts/ifcfg-bond0')).toContainText(
    'IPADDR=10.0.0.5',
  );
  await expect(exportDialog.file('rhel5/etc/modprobe.conf')).toContainText(
    'options bond0 miimon=100 mode=1',
  );
});
