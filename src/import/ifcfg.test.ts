/**
 * Tests of the initscripts importer (rhel5 and rhel): the seed write-up's files verbatim, RHEL
 * documentation style sets, exact notes with file and line, and the round trip through both
 * export targets over generated designs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rhelTarget } from '../export/targets/rhel';
import { rhel5Target } from '../export/targets/rhel5';
import type { ExportTarget } from '../export/types';
import type { Bond, Design, Nic, ValidDesign } from '../model/types';
import { parseIfcfg, ROUND_TRIP_LOSSES } from './ifcfg';
import { importFiles } from './index';
import { designArbitrary } from './testing/design-arbitrary';
import type { SourceFile } from './types';

const SEED_DIR = new URL('fixtures/seed/', import.meta.url);

function seedFiles(): SourceFile[] {
  return readdirSync(SEED_DIR)
    .sort()
    .map((name) => ({ path: name, text: readFileSync(new URL(name, SEED_DIR), 'utf8') }));
}

const BCM5708 = 'Broadcom Corporation NetXtreme II BCM5708 Gigabit Ethernet';

describe('the seed write-up', () => {
  it('imports into bond0 active-backup miimon 100 with eth0 and eth1', () => {
    const result = importFiles(seedFiles());
    expect(result).toEqual({
      ok: true,
      format: 'rhel5',
      design: {
        version: 1,
        nics: [
          { name: 'eth0', model: BCM5708, driver: 'bnx2' },
          { name: 'eth1', model: BCM5708, driver: 'bnx2' },
        ],
        bonds: [
          {
            name: 'bond0',
            mode: 'active-backup',
            slaves: ['eth0', 'eth1'],
            options: { miimon: 100 },
            ipv4: { method: 'static', address: '192.168.1.3', prefix: 24, gateway: '192.168.1.1' },
            mtu: 1500,
          },
        ],
      },
      notes: [
        {
          severity: 'warning',
          code: 'ifcfg-lowercase-key',
          file: 'ifcfg-eth0',
          line: 7,
          params: { key: 'slave', expected: 'SLAVE' },
        },
        {
          severity: 'warning',
          code: 'ifcfg-master-without-slave',
          file: 'ifcfg-eth0',
          line: 6,
          params: { device: 'eth0', bond: 'bond0' },
        },
        {
          severity: 'warning',
          code: 'ifcfg-lowercase-key',
          file: 'ifcfg-eth1',
          line: 7,
          params: { key: 'slave', expected: 'SLAVE' },
        },
        {
          severity: 'warning',
          code: 'ifcfg-master-without-slave',
          file: 'ifcfg-eth1',
          line: 6,
          params: { device: 'eth1', bond: 'bond0' },
        },
        {
          severity: 'info',
          code: 'modprobe-alias-ignored',
          file: 'modprobe.conf',
          line: 3,
          params: { name: 'scsi_hostadapter', module: 'aacraid' },
        },
        {
          severity: 'info',
          code: 'modprobe-alias-ignored',
          file: 'modprobe.conf',
          line: 4,
          params: { name: 'scsi_hostadapter1', module: 'ata_piix' },
        },
        {
          severity: 'info',
          code: 'modprobe-alias-ignored',
          file: 'modprobe.conf',
          line: 5,
          params: { name: 'peth0', module: 'bnx2' },
        },
      ],
    });
  });

  it('has no slaves without rc.local, because initscripts ignore slave=yes', () => {
    const files = seedFiles().filter((file) => file.path !== 'rc.local');
    const result = parseIfcfg(files);
    expect(result.bonds.map((bond) => bond.slaves)).toEqual([[]]);
  });
});

function file(path: string, lines: readonly string[]): SourceFile {
  return { path, text: `${lines.join('\n')}\n` };
}

describe('parseIfcfg', () => {
  it('reads a RHEL 6 documentation style BONDING_OPTS set', () => {
    const result = parseIfcfg([
      file('etc/sysconfig/network-scripts/ifcfg-bond0', [
        'DEVICE=bond0',
        'IPADDR=192.168.1.1',
        'NETMASK=255.255.255.0',
        'ONBOOT=yes',
        'BOOTPROTO=none',
        'USERCTL=no',
        'BONDING_OPTS="mode=4 miimon=100 lacp_rate=1 xmit_hash_policy=layer3+4"',
      ]),
      file('etc/sysconfig/network-scripts/ifcfg-eth1', [
        'DEVICE=eth1',
        'HWADDR=00:1B:21:0A:0B:0C',
        'BOOTPROTO=none',
        'ONBOOT=yes',
        'MASTER=bond0',
        'SLAVE=yes',
        'USERCTL=no',
      ]),
      file('etc/sysconfig/network-scripts/ifcfg-eth0', [
        "DEVICE='eth0'",
        'BOOTPROTO=none',
        'MASTER="bond0"',
        'SLAVE=yes',
      ]),
    ]);
    expect(result).toEqual({
      nics: [{ name: 'eth0' }, { name: 'eth1', mac: '00:1b:21:0a:0b:0c' }],
      bonds: [
        {
          name: 'bond0',
          mode: '802.3ad',
          slaves: ['eth0', 'eth1'],
          options: { miimon: 100, lacp_rate: 'fast', xmit_hash_policy: 'layer3+4' },
          ipv4: { method: 'static', address: '192.168.1.1', prefix: 24 },
        },
      ],
      notes: [],
    });
  });

  it('reads the modprobe.conf -o and max_bonds forms', () => {
    const result = parseIfcfg([
      file('etc/modprobe.conf', [
        '# two bonds, one module instance each',
        'alias bond0 bonding',
        'options bond0 -o bond0 mode=0 miimon=100',
        'alias bond1 bonding',
        'options bond1 -o bond1 mode=1 arp_interval=200 arp_ip_target=10.0.0.1,10.0.0.2',
      ]),
    ]);
    expect(result.bonds).toEqual([
      { name: 'bond0', mode: 'balance-rr', slaves: [], options: { miimon: 100 } },
      {
        name: 'bond1',
        mode: 'active-backup',
        slaves: [],
        options: { arp_interval: 200, arp_ip_target: ['10.0.0.1', '10.0.0.2'] },
      },
    ]);
    expect(result.notes).toEqual([]);

    const shared = parseIfcfg([
      file('modprobe.conf', [
        'alias bond0 bonding',
        'options bonding max_bonds=2 mode=6 miimon=50',
      ]),
    ]);
    expect(shared.bonds).toEqual([
      { name: 'bond0', mode: 'balance-alb', slaves: [], options: { miimon: 50 } },
      { name: 'bond1', mode: 'balance-alb', slaves: [], options: { miimon: 50 } },
    ]);
  });

  it('warns when a second bond has options but no module instance of its own', () => {
    const result = parseIfcfg([
      file('modprobe.conf', [
        'alias bond0 bonding',
        'options bond0 mode=1 miimon=100',
        'alias bond1 bonding',
        'options bond1 mode=0 miimon=100',
      ]),
    ]);
    expect(result.bonds.map((bond) => bond.mode)).toEqual(['active-backup', 'balance-rr']);
    expect(result.notes).toEqual([
      {
        severity: 'warning',
        code: 'modprobe-instance-missing',
        file: 'modprobe.conf',
        line: 4,
        params: { bond: 'bond1' },
      },
    ]);
  });

  it('lets BONDING_OPTS win over modprobe.conf options', () => {
    const result = parseIfcfg([
      file('modprobe.conf', ['alias bond0 bonding', 'options bond0 mode=0 miimon=100']),
      file('ifcfg-bond0', ['DEVICE=bond0', 'BONDING_OPTS="mode=active-backup miimon=200"']),
    ]);
    expect(result.bonds[0]?.mode).toBe('active-backup');
    expect(result.bonds[0]?.options).toEqual({ miimon: 200 });
  });

  it.each([
    {
      name: 'a line that is no assignment',
      lines: ['DEVICE=bond0', 'BONDING_OPTS="mode=1"', 'ifup eth0'],
      note: {
        severity: 'warning',
        code: 'line-not-understood',
        file: 'ifcfg-bond0',
        line: 3,
        params: { text: 'ifup eth0' },
      },
    },
    {
      name: 'a command substitution',
      lines: ['DEVICE=bond0', 'BONDING_OPTS="mode=1"', 'IPADDR=$(hostname -i)'],
      note: {
        severity: 'warning',
        code: 'line-not-understood',
        file: 'ifcfg-bond0',
        line: 3,
        params: { text: 'IPADDR=$(hostname -i)' },
      },
    },
    {
      name: 'a key the design has no place for',
      lines: ['DEVICE=bond0', 'BONDING_OPTS="mode=1"', 'DNS1=192.168.1.53'],
      note: {
        severity: 'warning',
        code: 'ifcfg-key-not-imported',
        file: 'ifcfg-bond0',
        line: 3,
        params: { key: 'DNS1' },
      },
    },
    {
      name: 'an unknown bonding option',
      lines: ['DEVICE=bond0', 'BONDING_OPTS="mode=1 frobnicate=3"'],
      note: {
        severity: 'warning',
        code: 'option-unknown',
        file: 'ifcfg-bond0',
        line: 2,
        params: { option: 'frobnicate' },
      },
    },
    {
      name: 'a refused option value',
      lines: ['DEVICE=bond0', 'BONDING_OPTS="mode=1 miimon=often"'],
      note: {
        severity: 'warning',
        code: 'option-value-invalid',
        file: 'ifcfg-bond0',
        line: 2,
        params: { option: 'miimon', value: 'often' },
      },
    },
    {
      name: 'an unknown mode after a known one',
      lines: ['DEVICE=bond0', 'BONDING_OPTS="mode=1 mode=9"'],
      note: {
        severity: 'warning',
        code: 'mode-unknown',
        file: 'ifcfg-bond0',
        line: 2,
        params: { value: '9' },
      },
    },
    {
      name: 'an address without a netmask',
      lines: ['DEVICE=bond0', 'BONDING_OPTS="mode=1"', 'IPADDR=10.0.0.5'],
      note: {
        severity: 'warning',
        code: 'ipv4-prefix-missing',
        file: 'ifcfg-bond0',
        line: 3,
        params: { value: '' },
      },
    },
  ])('notes $name', ({ lines, note }) => {
    expect(parseIfcfg([file('ifcfg-bond0', lines)]).notes).toEqual([note]);
  });

  it('takes the device name from DEVICE and skips loopback and VLAN files', () => {
    const result = parseIfcfg([
      file('ifcfg-lo', ['DEVICE=lo', 'IPADDR=127.0.0.1']),
      file('ifcfg-bond0.100', ['DEVICE=bond0.100', 'VLAN=yes']),
      file('ifcfg-Auto_eth0', ['DEVICE=eth0', 'HWADDR=not-a-mac']),
    ]);
    expect(result.nics).toEqual([{ name: 'eth0' }]);
    expect(result.notes).toEqual([
      {
        severity: 'info',
        code: 'interface-not-imported',
        file: 'ifcfg-lo',
        params: { name: 'lo' },
      },
      {
        severity: 'info',
        code: 'interface-not-imported',
        file: 'ifcfg-bond0.100',
        params: { name: 'bond0.100' },
      },
      {
        severity: 'warning',
        code: 'mac-invalid',
        file: 'ifcfg-Auto_eth0',
        line: 2,
        params: { value: 'not-a-mac' },
      },
    ]);
  });

  it('reads dhcp and the unknown-mode default', () => {
    const result = parseIfcfg([
      file('ifcfg-bond3', ['DEVICE=bond3', 'BONDING_MASTER=yes', 'BOOTPROTO=dhcp']),
    ]);
    expect(result.bonds).toEqual([
      { name: 'bond3', mode: 'balance-rr', slaves: [], options: {}, ipv4: { method: 'dhcp' } },
    ]);
    expect(result.notes).toEqual([
      {
        severity: 'info',
        code: 'bond-mode-default',
        file: 'ifcfg-bond3',
        params: { bond: 'bond3' },
      },
    ]);
  });
});

function byName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// The design as a rhel5/rhel export reads back, per ROUND_TRIP_LOSSES.
function expectedBack(design: Design, target: 'rhel5' | 'rhel'): { nics: Nic[]; bonds: Bond[] } {
  const slaves = new Set(design.bonds.flatMap((bond) => bond.slaves));
  const nics = byName(design.nics.filter((nic) => slaves.has(nic.name))).map((nic) => {
    const { driver, ...rest } = nic;
    return target === 'rhel' || driver === undefined ? rest : { ...rest, driver };
  });
  const bonds = byName(design.bonds).map((bond) => {
    const { ipv4, ...rest } = bond;
    return {
      ...rest,
      slaves: [...bond.slaves].sort(),
      ...(ipv4 === undefined || ipv4.method === 'none' ? {} : { ipv4 }),
    };
  });
  return { nics, bonds };
}

function roundTrip(target: ExportTarget, id: 'rhel5' | 'rhel'): void {
  fc.assert(
    fc.property(
      designArbitrary((design) => target.check(design)),
      (design) => {
        const files = target
          .render(design as ValidDesign)
          .filter((out) => out.path !== 'README.txt')
          .map((out) => ({ path: out.path, text: out.contents }));
        expect(importFiles(files)).toEqual({
          ok: true,
          format: id,
          notes: [],
          design: { version: 1, ...expectedBack(design, id) },
        });
      },
    ),
    { seed: 42, numRuns: 1000 },
  );
}

describe('rhel5 and rhel round trip', () => {
  it('lists its losses', () => {
    expect(Object.keys(ROUND_TRIP_LOSSES)).toEqual([
      'order',
      'slaveOrder',
      'ipv4None',
      'nicsOutsideBonds',
      'rhelDrivers',
      'host',
    ]);
  });

  it('gives back every generated design through rhel5', () => {
    expect(() => roundTrip(rhel5Target, 'rhel5')).not.toThrow();
  }, 120_000);

  it('gives back every generated design through rhel', () => {
    expect(() => roundTrip(rhelTarget, 'rhel')).not.toThrow();
  }, 120_000);
});
