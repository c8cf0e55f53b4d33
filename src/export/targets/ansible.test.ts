import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readTree } from '../../cli/testing/expected-files';
import type { Bond, BondOptions, Design, OptionName } from '../../model/types';
import { asValid, seedDesign, twoBondDesign } from '../testing/designs';
import { ansibleTarget } from './ansible';

const EXPECTED = fileURLToPath(new URL('./ansible/__expected__/', import.meta.url));

interface Play {
  hosts: string;
  vars: { network_provider: string; network_connections: Record<string, unknown>[] };
  roles: string[];
}

function files(design: Design): Map<string, { contents: string; mode: number }> {
  return new Map(
    ansibleTarget
      .render(asValid(design))
      .map((file) => [file.path, { contents: file.contents, mode: file.mode }]),
  );
}

function play(design: Design, path = 'bondsmith-network.yml'): Play {
  const plays = parse(files(design).get(path)?.contents ?? '', { version: '1.1' }) as Play[];
  expect(plays).toHaveLength(1);
  return plays[0]!;
}

function oneBond(bond: Partial<Bond>): Design {
  const design = seedDesign();
  design.bonds[0] = { ...design.bonds[0]!, ...bond };
  return design;
}

function bondProfile(design: Design): Record<string, unknown> {
  return play(design).vars.network_connections[0]!;
}

describe('ansible render: exact output', () => {
  it.each(['seed', 'two-bonds'])('%s matches ansible/__expected__ file by file', (caseName) => {
    const design = caseName === 'seed' ? seedDesign() : twoBondDesign();
    const expected = new Map(
      [...readTree(`${EXPECTED}${caseName}`)].map(([path, file]) => [
        path,
        { contents: file.contents, mode: 0o644 },
      ]),
    );
    expect(Object.fromEntries(files(design))).toEqual(Object.fromEntries(expected));
  });

  it('writes the play, the roll-back play, the inventory and the README, in that order', () => {
    expect([...files(seedDesign()).keys()]).toEqual([
      'bondsmith-network.yml',
      'bondsmith-rollback.yml',
      'inventory.ini',
      'README.txt',
    ]);
  });

  it('chooses the NetworkManager provider and the Galaxy role for the design host', () => {
    expect(play(seedDesign())).toMatchObject({
      hosts: 'x3650',
      vars: { network_provider: 'nm' },
      roles: ['linux-system-roles.network'],
    });
  });

  it('lists each bond before its ports, the ports with controller and port_type', () => {
    const names = play(twoBondDesign()).vars.network_connections.map((c) => [
      c.name,
      c.controller,
      c.port_type,
    ]);
    expect(names).toEqual([
      ['bond1', undefined, undefined],
      ['bond1 port eth0', 'bond1', 'bond'],
      ['bond1 port eth1', 'bond1', 'bond'],
      ['bond0', undefined, undefined],
      ['bond0 port eth2', 'bond0', 'bond'],
      ['bond0 port eth3', 'bond0', 'bond'],
    ]);
  });

  it('rolls back by deleting the ports, then their bond', () => {
    expect(play(seedDesign(), 'bondsmith-rollback.yml').vars.network_connections).toEqual([
      { name: 'bond0 port eth0', persistent_state: 'absent' },
      { name: 'bond0 port eth1', persistent_state: 'absent' },
      { name: 'bond0', persistent_state: 'absent' },
    ]);
  });

  it('falls back to a stand-in host name when the design has none', () => {
    const design = seedDesign();
    delete design.host;
    expect(play(design).hosts).toBe('bondsmith-host');
    expect(files(design).get('inventory.ini')?.contents.split('\n')).toContain('bondsmith-host');
  });
});

describe('ansible render: one case per mode family, the role’s option names', () => {
  it.each<[string, Partial<Bond>, Record<string, unknown>]>([
    [
      'ARP monitoring',
      {
        mode: 'balance-xor',
        options: {
          arp_interval: 1000,
          arp_ip_target: ['10.0.0.1', '10.0.0.2'],
          arp_validate: 'all',
          arp_all_targets: 'any',
        },
      },
      {
        mode: 'balance-xor',
        arp_interval: 1000,
        arp_ip_target: '10.0.0.1,10.0.0.2',
        arp_validate: 'all',
        arp_all_targets: 'any',
      },
    ],
    [
      '802.3ad without miimon: the forced 100 is written',
      {
        mode: '802.3ad',
        options: {
          updelay: 200,
          lacp_rate: 'fast',
          ad_select: 'bandwidth',
          ad_actor_sys_prio: 10,
          ad_actor_system: '02:00:00:00:00:01',
          ad_user_port_key: 5,
          min_links: 1,
          all_slaves_active: 'on',
        },
      },
      {
        mode: '802.3ad',
        miimon: 100,
        updelay: 200,
        lacp_rate: 'fast',
        ad_select: 'bandwidth',
        min_links: 1,
        ad_actor_sys_prio: 10,
        ad_actor_system: '02:00:00:00:00:01',
        ad_user_port_key: 5,
        all_ports_active: true,
      },
    ],
    [
      'balance-rr: packets_per_port, use_carrier as a boolean, miimon 0 written',
      { mode: 'balance-rr', options: { packets_per_slave: 0, use_carrier: 'off' } },
      { mode: 'balance-rr', miimon: 0, use_carrier: false, packets_per_port: 0 },
    ],
    [
      'active-backup: num_unsol_na alone becomes num_grat_arp',
      {
        mode: 'active-backup',
        options: { miimon: 100, peer_notif_delay: 200, primary: 'eth1', num_unsol_na: 3 },
      },
      {
        mode: 'active-backup',
        miimon: 100,
        peer_notif_delay: 200,
        primary: 'eth1',
        num_grat_arp: 3,
      },
    ],
    [
      'active-backup: equal num_grat_arp and num_unsol_na are written once',
      { mode: 'active-backup', options: { miimon: 100, num_grat_arp: 2, num_unsol_na: 2 } },
      { mode: 'active-backup', miimon: 100, num_grat_arp: 2 },
    ],
    [
      'balance-tlb: tlb_dynamic_lb as a boolean, lp_interval in seconds',
      { mode: 'balance-tlb', options: { miimon: 100, tlb_dynamic_lb: 'off', lp_interval: 5 } },
      { mode: 'balance-tlb', miimon: 100, tlb_dynamic_lb: false, lp_interval: 5 },
    ],
  ])('%s', (_name, bond, expected) => {
    expect(bondProfile(oneBond(bond)).bond).toEqual(expected);
  });

  it.each<[string, Partial<Bond>, unknown]>([
    ['DHCP', { ipv4: { method: 'dhcp' } }, { dhcp4: true, auto6: false, ipv6_disabled: true }],
    ['none', { ipv4: { method: 'none' } }, { dhcp4: false, auto6: false, ipv6_disabled: true }],
    ['no ipv4 at all', { ipv4: undefined }, { dhcp4: false, auto6: false, ipv6_disabled: true }],
    [
      'static with gateway',
      {},
      {
        dhcp4: false,
        auto6: false,
        ipv6_disabled: true,
        address: ['192.168.1.3/24'],
        gateway4: '192.168.1.1',
      },
    ],
  ])('addressing %s', (_name, bond, ip) => {
    expect(bondProfile(oneBond(bond)).ip).toEqual(ip);
  });

  it('jumbo frames: mtu on the bond profile only', () => {
    const connections = play(oneBond({ mtu: 9000 })).vars.network_connections;
    expect(connections.map((c) => c.mtu)).toEqual([9000, undefined, undefined]);
  });
});

describe('ansible check: honest mapping', () => {
  it.each<[OptionName, BondOptions]>([
    ['ns_ip6_target', { arp_interval: 100, ns_ip6_target: ['2001:db8::1'] }],
    ['arp_missed_max', { arp_interval: 100, arp_ip_target: ['192.168.1.1'], arp_missed_max: 3 }],
    ['active_slave', { miimon: 100, active_slave: 'eth1' }],
    ['queue_id', { miimon: 100, queue_id: ['eth1:2'] }],
  ])('refuses %s, which the role has no key for', (option, options) => {
    expect(ansibleTarget.check(oneBond({ options }))).toEqual([
      {
        severity: 'error',
        code: 'target-option-unsupported',
        path: `/bonds/0/options/${option}`,
        params: { option, target: 'ansible' },
      },
    ]);
  });

  it('refuses lacp_active in 802.3ad', () => {
    const design = oneBond({ mode: '802.3ad', options: { miimon: 100, lacp_active: 'off' } });
    expect(ansibleTarget.check(design).map((f) => f.path)).toEqual([
      '/bonds/0/options/lacp_active',
    ]);
  });

  it.each<[OptionName, BondOptions, number, string]>([
    ['miimon', { miimon: 2000000 }, 2000000, '0 to 1000000'],
    [
      'arp_interval',
      { arp_interval: 1000001, arp_ip_target: ['192.168.1.1'] },
      1000001,
      '0 to 1000000',
    ],
  ])('refuses %s beyond the role’s range', (option, options, value, values) => {
    expect(ansibleTarget.check(oneBond({ options }))).toEqual([
      {
        severity: 'error',
        code: 'target-option-value-unsupported',
        path: `/bonds/0/options/${option}`,
        params: { option, value, values, target: 'ansible' },
      },
    ]);
  });

  it('refuses ARP targets without ARP monitoring, which the role rejects', () => {
    const design = oneBond({ options: { miimon: 100, arp_ip_target: ['192.168.1.1'] } });
    expect(ansibleTarget.check(design)).toEqual([
      {
        severity: 'error',
        code: 'target-option-needs',
        path: '/bonds/0/options/arp_ip_target',
        params: { option: 'arp_ip_target', needs: 'arp_interval', target: 'ansible' },
      },
    ]);
  });

  it('refuses a peer_notif_delay that is no multiple of miimon', () => {
    const design = oneBond({ options: { miimon: 100, peer_notif_delay: 250 } });
    expect(ansibleTarget.check(design)).toEqual([
      {
        severity: 'error',
        code: 'target-option-value-unsupported',
        path: '/bonds/0/options/peer_notif_delay',
        params: {
          option: 'peer_notif_delay',
          value: 250,
          values: 'multiples of miimon (100)',
          target: 'ansible',
        },
      },
    ]);
  });

  it('accepts the seed and the two-bond design', () => {
    expect(ansibleTarget.check(seedDesign())).toEqual([]);
    expect(ansibleTarget.check(twoBondDesign())).toEqual([]);
  });
});

describe('ansible with an empty host name (found by src/fuzz)', () => {
  it('uses the stand-in inventory name, as for a design without a host', () => {
    const design = seedDesign();
    design.host = { name: '' };
    const files = ansibleTarget.render(asValid(design));
    const inventory = files.find((file) => file.path === 'inventory.ini')?.contents ?? '';
    expect(inventory).toContain('bondsmith-host');
    expect(files.map((file) => file.path)).toEqual(
      ansibleTarget.render(asValid({ ...seedDesign(), host: {} })).map((file) => file.path),
    );
  });
});
