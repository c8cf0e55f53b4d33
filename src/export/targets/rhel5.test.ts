import { describe, expect, it } from 'vitest';
import { readExpected } from '../../cli/testing/expected-files';
import type { Design } from '../../model/types';
import { asValid, seedDesign, twoBondDesign } from '../testing/designs';
import { rhel5Target } from './rhel5';

function rendered(design: Design): Map<string, { contents: string; mode: number }> {
  return new Map(
    rhel5Target
      .render(asValid(design))
      .map((file) => [`rhel5/${file.path}`, { contents: file.contents, mode: file.mode }]),
  );
}

describe('rhel5 render: exact output', () => {
  it.each([
    ['seed', seedDesign()],
    ['two-bonds', twoBondDesign()],
  ])('%s matches __expected__ file by file, with modes', (caseName, design) => {
    const expected = readExpected(caseName);
    // The bundle, not the target, adds the picture (bundle.test.ts checks it).
    expected.delete('rhel5/topology.svg');
    const actual = rendered(design);
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
  });

  it('lists the files in a fixed order: per bond its ifcfg and its slaves, then the rest', () => {
    expect(rhel5Target.render(asValid(twoBondDesign())).map((f) => f.path)).toEqual([
      'etc/sysconfig/network-scripts/ifcfg-bond0',
      'etc/sysconfig/network-scripts/ifcfg-eth2',
      'etc/sysconfig/network-scripts/ifcfg-eth3',
      'etc/sysconfig/network-scripts/ifcfg-bond1',
      'etc/sysconfig/network-scripts/ifcfg-eth0',
      'etc/sysconfig/network-scripts/ifcfg-eth1',
      'etc/modprobe.conf',
      'etc/rc.d/rc.local',
      'README.txt',
    ]);
  });
});

describe('rhel5 render: the seed corrections, stated explicitly', () => {
  const files = rendered(seedDesign());
  const text = (path: string): string => files.get(`rhel5/${path}`)?.contents ?? '';

  it.each([
    ['etc/sysconfig/network-scripts/ifcfg-eth0', 'SLAVE=yes'],
    ['etc/sysconfig/network-scripts/ifcfg-eth1', 'MASTER=bond0'],
    ['etc/sysconfig/network-scripts/ifcfg-bond0', 'BOOTPROTO=none'],
    ['etc/sysconfig/network-scripts/ifcfg-bond0', 'ONBOOT=yes'],
    ['etc/sysconfig/network-scripts/ifcfg-bond0', 'MTU=1500'],
    ['etc/modprobe.conf', 'options bond0 miimon=100 mode=1'],
    ['etc/modprobe.conf', 'alias bond0 bonding'],
    ['etc/rc.d/rc.local', 'ifenslave bond0 eth0 eth1'],
    ['README.txt', '      Bonding Mode: fault-tolerance (active-backup)'],
    ['README.txt', '  cat /proc/net/bonding/bond0'],
  ])('%s has the line %j', (path, line) => {
    expect(text(path).split('\n')).toContain(line);
  });

  it('never writes the seed blog’s lower-case slave=yes', () => {
    expect(text('etc/sysconfig/network-scripts/ifcfg-eth0')).not.toContain('slave=yes');
  });

  it('starts each slave file with the NIC model, as the seed does', () => {
    expect(text('etc/sysconfig/network-scripts/ifcfg-eth0').split('\n')[0]).toBe(
      '# Broadcom Corporation NetXtreme II BCM5708 Gigabit Ethernet',
    );
  });

  it('keeps the seed’s key order in the bond file', () => {
    const keys = text('etc/sysconfig/network-scripts/ifcfg-bond0')
      .split('\n')
      .filter((line) => /^[A-Z]/.test(line))
      .map((line) => line.split('=')[0]);
    expect(keys).toEqual([
      'DEVICE',
      'BROADCAST',
      'IPADDR',
      'NETMASK',
      'NETWORK',
      'MTU',
      'GATEWAY',
      'ONBOOT',
      'BOOTPROTO',
      'USERCTL',
    ]);
  });

  it('makes rc.local executable and everything else 0644', () => {
    expect([...files].map(([path, file]) => [path, file.mode.toString(8)])).toEqual([
      ['rhel5/etc/sysconfig/network-scripts/ifcfg-bond0', '644'],
      ['rhel5/etc/sysconfig/network-scripts/ifcfg-eth0', '644'],
      ['rhel5/etc/sysconfig/network-scripts/ifcfg-eth1', '644'],
      ['rhel5/etc/modprobe.conf', '644'],
      ['rhel5/etc/rc.d/rc.local', '755'],
      ['rhel5/README.txt', '644'],
    ]);
  });
});

describe('rhel5 render: variants', () => {
  const bondFile = (design: Design): string =>
    rhel5Target.render(asValid(design))[0]?.contents.split('\n').slice(2).join('\n') ?? '';

  it.each<[string, (d: Design) => void, string]>([
    [
      'method none: no addresses',
      (d) => {
        d.bonds[0]!.ipv4 = { method: 'none' };
        delete d.bonds[0]!.mtu;
      },
      'DEVICE=bond0\nONBOOT=yes\nBOOTPROTO=none\nUSERCTL=no\n',
    ],
    [
      'no ipv4 at all: like none',
      (d) => {
        delete d.bonds[0]!.ipv4;
      },
      'DEVICE=bond0\nMTU=1500\nONBOOT=yes\nBOOTPROTO=none\nUSERCTL=no\n',
    ],
    [
      'dhcp: TYPE=Bonding and BOOTPROTO=dhcp',
      (d) => {
        d.bonds[0]!.ipv4 = { method: 'dhcp' };
      },
      'DEVICE=bond0\nMTU=1500\nTYPE=Bonding\nONBOOT=yes\nBOOTPROTO=dhcp\nUSERCTL=no\n',
    ],
    [
      'static without gateway',
      (d) => {
        d.bonds[0]!.ipv4 = { method: 'static', address: '10.1.2.3', prefix: 8 };
      },
      'DEVICE=bond0\nBROADCAST=10.255.255.255\nIPADDR=10.1.2.3\nNETMASK=255.0.0.0\nNETWORK=10.0.0.0\nMTU=1500\nONBOOT=yes\nBOOTPROTO=none\nUSERCTL=no\n',
    ],
  ])('%s', (_name, change, expected) => {
    const design = seedDesign();
    change(design);
    expect(bondFile(design)).toBe(expected);
  });

  it('writes every option as a module parameter, sorted, enums as numbers', () => {
    const design = seedDesign();
    design.bonds[0]!.options = {
      miimon: 100,
      updelay: 200,
      downdelay: 200,
      use_carrier: 'off',
      primary: 'eth1',
      primary_reselect: 'failure',
      fail_over_mac: 'active',
      num_grat_arp: 3,
      resend_igmp: 2,
    };
    const conf = rhel5Target.render(asValid(design)).find((f) => f.path === 'etc/modprobe.conf');
    expect(conf?.contents.split('\n').at(-2)).toBe(
      'options bond0 downdelay=200 fail_over_mac=1 miimon=100 mode=1 num_grat_arp=3 primary=eth1 primary_reselect=2 resend_igmp=2 updelay=200 use_carrier=0',
    );
  });

  it('omits the ifenslave block when no bond has slaves, and aliases only slaves', () => {
    const design = seedDesign();
    design.bonds[0]!.slaves = [];
    const files = rhel5Target.render(asValid(design));
    expect(files.find((f) => f.path === 'etc/rc.d/rc.local')?.contents).not.toContain('ifenslave');
    expect(files.find((f) => f.path === 'etc/modprobe.conf')?.contents).not.toContain('alias eth0');
  });
});

describe('rhel5 render: the second line of defence', () => {
  it.each<[string, (d: Design) => void]>([
    ['a newline in a NIC model', (d) => void (d.nics[0]!.model = 'x\nDEVICE=evil')],
    ['a command in a bond name', (d) => void (d.bonds[0]!.name = 'bond0;reboot')],
    ['a space in a driver', (d) => void (d.nics[0]!.driver = 'bnx2 evil=1')],
    ['a newline in the host name', (d) => void (d.host = { name: 'x\ninstall bond0 /bin/sh' })],
    ['a quote and a dollar in a MAC', (d) => void (d.nics[0]!.mac = `'$(id)"`)],
    [
      'a path in a NIC name',
      (d) => {
        d.nics[0]!.name = '../../x';
        d.bonds[0]!.slaves[0] = '../../x';
      },
    ],
  ])('throws instead of writing %s', (_name, change) => {
    const design = seedDesign();
    change(design);
    expect(() => rhel5Target.render(asValid(design))).toThrow();
  });
});

describe('rhel5 check', () => {
  it('accepts the seed and the two-bond design', () => {
    expect(rhel5Target.check(seedDesign())).toEqual([]);
    expect(rhel5Target.check(twoBondDesign())).toEqual([]);
  });

  it.each<[string, (d: Design) => void, object[]]>([
    [
      'an option RHEL5 lacks',
      (d) => void (d.bonds[0]!.options.peer_notif_delay = 100),
      [
        {
          severity: 'error',
          code: 'target-option-unsupported',
          path: '/bonds/0/options/peer_notif_delay',
          params: { option: 'peer_notif_delay', target: 'rhel5' },
        },
      ],
    ],
    [
      'an enum value RHEL5 lacks',
      (d) => void (d.bonds[0]!.options.arp_validate = 'filter'),
      [
        {
          severity: 'error',
          code: 'target-option-value-unsupported',
          path: '/bonds/0/options/arp_validate',
          params: {
            option: 'arp_validate',
            value: 'filter',
            values: 'none, active, backup, all',
            target: 'rhel5',
          },
        },
      ],
    ],
    [
      'a single bond not named bond0',
      (d) => void (d.bonds[0]!.name = 'bond1'),
      [
        {
          severity: 'error',
          code: 'target-bond-name-unsupported',
          path: '/bonds/0/name',
          params: { bond: 'bond1', last: 'bond0', target: 'rhel5' },
        },
      ],
    ],
    [
      'a bond named other than bondN',
      (d) => void (d.bonds[0]!.name = 'uplink'),
      [
        {
          severity: 'error',
          code: 'target-bond-name-unsupported',
          path: '/bonds/0/name',
          params: { bond: 'uplink', last: 'bond0', target: 'rhel5' },
        },
      ],
    ],
  ])('refuses %s', (_name, change, expected) => {
    const design = seedDesign();
    change(design);
    expect(rhel5Target.check(design)).toEqual(expected);
  });

  it('refuses a gap in the bond numbers at the bond after the gap', () => {
    const design = twoBondDesign();
    design.bonds[0]!.name = 'bond2';
    expect(rhel5Target.check(design)).toEqual([
      {
        severity: 'error',
        code: 'target-bond-name-unsupported',
        path: '/bonds/0/name',
        params: { bond: 'bond2', last: 'bond1', target: 'rhel5' },
      },
    ]);
  });
});
