/**
 * The headline journey: the seed machine's bond built with the mouse and the panel, exported,
 * and the downloaded zip compared file by file with the rhel5 renderer's checked-in expectation
 * for the seed (src/export/targets/__expected__/seed), plus the seed's own key lines.
 */
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';

const EXPECTED_DIR = fileURLToPath(
  new URL('../src/export/targets/__expected__/seed/', import.meta.url),
);

async function expectedFiles(): Promise<Record<string, string>> {
  const entries = await readdir(EXPECTED_DIR, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const full = `${entry.parentPath}/${entry.name}`;
    files[full.slice(EXPECTED_DIR.length)] = await readFile(full, 'utf8');
  }
  return files;
}

test('builds the seed bond with the mouse and downloads the exact RHEL5 bundle', async ({
  canvas,
  bondPanel,
  exportDialog,
}) => {
  await canvas.dragNicOntoBond('eth0', 'bond0');
  await expect(canvas.slaves('bond0')).toHaveText([/eth0/]);
  await canvas.dragNicOntoBond('eth1', 'bond0');
  await expect(canvas.slaves('bond0')).toHaveText([/eth0/, /eth1/]);

  await canvas.bond('bond0').click();
  await bondPanel.chooseMode('active-backup');
  await expect(bondPanel.modeRadio('active-backup')).toBeChecked();
  await bondPanel.setStaticAddress({
    address: '192.168.1.3',
    prefix: '255.255.255.0',
    gateway: '192.168.1.1',
    mtu: '1500',
  });
  await expect(bondPanel.derived()).toHaveText(['192.168.1.0', '255.255.255.0', '192.168.1.255']);

  await exportDialog.open();
  await expect(exportDialog.downloadButton).toBeEnabled();
  const download = await exportDialog.download();
  expect(download.suggestedFilename()).toBe('bondsmith-x3650.zip');
  const zipped = unzipSync(new Uint8Array(await readFile(await download.path())));
  const actual = Object.fromEntries(
    Object.entries(zipped)
      .filter(([path]) => !path.endsWith('/'))
      .map(([path, bytes]) => [path, strFromU8(bytes)]),
  );

  const expected = await expectedFiles();
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [path, contents] of Object.entries(expected)) {
    expect(actual[path], path).toBe(contents);
  }

  const bond = actual['rhel5/etc/sysconfig/network-scripts/ifcfg-bond0'] ?? '';
  for (const line of [
    'DEVICE=bond0',
    'BROADCAST=192.168.1.255',
    'IPADDR=192.168.1.3',
    'NETMASK=255.255.255.0',
    'NETWORK=192.168.1.0',
    'MTU=1500',
    'GATEWAY=192.168.1.1',
  ]) {
    expect(bond.split('\n')).toContain(line);
  }
  for (const nic of ['eth0', 'eth1']) {
    const lines = (actual[`rhel5/etc/sysconfig/network-scripts/ifcfg-${nic}`] ?? '').split('\n');
    expect(lines[0]).toBe('# Broadcom Corporation NetXtreme II BCM5708 Gigabit Ethernet');
    expect(lines).toEqual(expect.arrayContaining([`DEVICE=${nic}`, 'MASTER=bond0', 'SLAVE=yes']));
  }
  const modprobe = (actual['rhel5/etc/modprobe.conf'] ?? '').split('\n');
  expect(modprobe).toEqual(
    expect.arrayContaining([
      'alias eth0 bnx2',
      'alias eth1 bnx2',
      'alias bond0 bonding',
      'options bond0 miimon=100 mode=1',
    ]),
  );
  expect((actual['rhel5/etc/rc.d/rc.local'] ?? '').split('\n')).toContain(
    'ifenslave bond0 eth0 eth1',
  );
});
