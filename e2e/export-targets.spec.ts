/**
 * Several targets at once: the chosen set is remembered, the zip has one folder per target,
 * each with its README, and an option a target cannot express blocks the export by name.
 */
import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

const TITLES = {
  rhel5: 'RHEL / CentOS 5',
  rhel: 'RHEL / CentOS 6–8',
  'nm-keyfile': 'NetworkManager keyfiles',
  nmcli: 'NetworkManager nmcli script',
  netplan: 'netplan (Ubuntu)',
  networkd: 'systemd-networkd',
  ifupdown: 'Debian / Ubuntu (ifupdown)',
  nmstate: 'nmstate (declarative YAML)',
  iproute2: 'iproute2 runtime script',
  ansible: 'Ansible (linux-system-roles network)',
};

test.beforeEach(async ({ canvas, bondPanel }) => {
  await canvas.memberOf('eth0').selectOption('bond0');
  await canvas.memberOf('eth1').selectOption('bond0');
  await canvas.bond('bond0').click();
  await bondPanel.setStaticAddress({ address: '10.0.0.5', prefix: '24', gateway: '10.0.0.1' });
});

test('every target in one zip, a folder each, and the choice is remembered', async ({
  page,
  exportDialog,
}) => {
  await exportDialog.open();
  for (const title of Object.values(TITLES)) await exportDialog.target(title).check();
  await expect(exportDialog.file('netplan/etc/netplan/90-bondsmith.yaml')).toContainText(
    'mii-monitor-interval: 100',
  );
  const download = await exportDialog.download();
  const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
  const folders = new Set(Object.keys(zip).map((path) => path.split('/')[0]));
  expect([...folders].sort()).toEqual(Object.keys(TITLES).sort());
  for (const id of Object.keys(TITLES)) {
    expect(strFromU8(zip[`${id}/README.txt`] ?? new Uint8Array())).toContain(
      'cat /proc/net/bonding/bond0',
    );
  }
  expect(
    strFromU8(zip['networkd/etc/systemd/network/25-bond0.netdev'] ?? new Uint8Array()),
  ).toContain('MIIMonitorSec=100ms');

  await page.reload();
  await exportDialog.open();
  for (const title of Object.values(TITLES)) await expect(exportDialog.target(title)).toBeChecked();
});

test('an option a chosen target cannot express blocks the export, naming both', async ({
  bondPanel,
  exportDialog,
}) => {
  await bondPanel.option('peer_notif_delay').fill('200');
  await exportDialog.open();
  await exportDialog.target(TITLES.netplan).check();
  await expect(exportDialog.downloadButton).toBeDisabled();
  await expect(
    exportDialog.reason(/Target rhel5 cannot express option peer_notif_delay/),
  ).toHaveCount(1);
  await expect(
    exportDialog.reason(/Target netplan cannot express option peer_notif_delay/),
  ).toHaveCount(1);
});
