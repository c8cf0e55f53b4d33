/**
 * Tests of the iproute2 script importer: exact results for hand-written scripts (abbreviated ip
 * commands, numbers for enumerations, routes before addresses), notes with file and line for
 * what it cannot use, and the round trip through the iproute2 export target's up script.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iproute2Target } from '../export/targets/iproute2';
import type { Bond, Design, ValidDesign } from '../model/types';
import { importFiles } from './index';
import { parseIproute2, ROUND_TRIP_LOSSES } from './iproute2';
import { designArbitrary } from './testing/design-arbitrary';

// As an admin writes it after kernel.org's bonding.txt §3.5 "Configuring Bonding Manually with
// iproute2", with ip's abbreviations and kernel numbers.
const HAND_WRITTEN = `#!/bin/sh
# bond for the storage network
set -e
modprobe bonding
ip link add bond0 type bond mode 4 miimon 100 lacp_rate 1 \\
    xmit_hash_policy layer3+4 ad_actor_system 02:00:00:00:00:01 use_carrier 0
for nic in eth0 eth1; do ip link set "$nic" down; done
ip link set eth0 master bond0
ip l set dev eth1 down master bond0
ip link set bond0 mtu 9000 up
ip route add default via 10.0.0.1
ip a add 10.0.0.5/24 brd + dev bond0
`;

describe('parseIproute2', () => {
  it('reads a hand-written script', () => {
    const result = parseIproute2([{ path: 'bond.sh', text: HAND_WRITTEN }]);
    expect(result).toEqual({
      nics: [{ name: 'eth0' }, { name: 'eth1' }],
      bonds: [
        {
          name: 'bond0',
          mode: '802.3ad',
          slaves: ['eth0', 'eth1'],
          options: {
            miimon: 100,
            lacp_rate: 'fast',
            xmit_hash_policy: 'layer3+4',
            ad_actor_system: '02:00:00:00:00:01',
            use_carrier: 'off',
          },
          mtu: 9000,
          ipv4: { method: 'static', address: '10.0.0.5', prefix: 24, gateway: '10.0.0.1' },
        },
      ],
      notes: [
        {
          severity: 'warning',
          code: 'line-not-understood',
          file: 'bond.sh',
          line: 7,
          params: { text: 'for nic in eth0 eth1' },
        },
        {
          severity: 'warning',
          code: 'line-not-understood',
          file: 'bond.sh',
          line: 7,
          params: { text: 'do ip link set "$nic" down' },
        },
      ],
    });
  });

  it.each([
    [
      'the name keyword, peer_notify_delay and a list target',
      'ip link add name bond1 type bond mode balance-xor arp_interval 200 arp_ip_target 10.0.0.1,10.0.0.2 peer_notify_delay 400',
      {
        mode: 'balance-xor',
        options: {
          arp_interval: 200,
          arp_ip_target: ['10.0.0.1', '10.0.0.2'],
          peer_notif_delay: 400,
        },
      },
    ],
    [
      'options set after creation',
      'ip link add dev bond1 type bond mode 1\nip link set dev bond1 type bond primary eth0 primary_reselect 2',
      { mode: 'active-backup', options: { primary: 'eth0', primary_reselect: 'failure' } },
    ],
  ])('reads %s', (_name, text, expected) => {
    const [bond] = parseIproute2([{ path: 's', text }]).bonds;
    expect({ mode: bond?.mode, options: bond?.options }).toEqual(expected);
  });

  it('reads a DHCP client run on the bond, and a queue id per slave', () => {
    const text = [
      'ip link add bond0 type bond mode balance-rr',
      'ip link set eth0 master bond0',
      'ip link set dev eth0 type bond_slave queue_id 2',
      'dhclient -v bond0 || dhcpcd bond0',
    ].join('\n');
    expect(parseIproute2([{ path: 's', text }]).bonds).toEqual([
      {
        name: 'bond0',
        mode: 'balance-rr',
        slaves: ['eth0'],
        options: { queue_id: ['eth0:2'] },
        ipv4: { method: 'dhcp' },
      },
    ]);
  });

  it('notes every command it cannot use, with file and line', () => {
    const text = [
      'ip link add link eth0 name eth0.10 type vlan id 10',
      'ip link add bond0 type bond mode 9 turbo on miimon x',
      'ip link set eth3 master bond7',
      'ip -6 addr add 2001:db8::1/64 dev bond0',
      'ip route add 10.9.0.0/16 via 10.0.0.1 dev bond0',
      'ip route add default via 10.0.0.1 dev bond0',
      'ip link set eth0 nomaster',
      'ip link delete dev bond0',
      'ifenslave bond0 eth0',
      'ip link add $BOND type bond mode 1',
      'echo +eth1 > /sys/class/net/bond0/bonding/slaves',
    ].join('\n');
    const result = parseIproute2([{ path: 'x.sh', text }]);
    expect(result.bonds).toEqual([{ name: 'bond0', mode: 'balance-rr', slaves: [], options: {} }]);
    const at = (line: number) => ({ severity: 'warning', file: 'x.sh', line });
    expect(result.notes).toEqual([
      { ...at(1), code: 'interface-not-imported', params: { name: 'eth0.10', type: 'vlan' } },
      { ...at(2), code: 'mode-unknown', params: { value: '9' } },
      { ...at(2), code: 'line-not-understood', params: { text: 'turbo on' } },
      { ...at(2), code: 'option-value-invalid', params: { option: 'miimon', value: 'x' } },
      { ...at(3), code: 'master-unknown', params: { master: 'bond7' } },
      { ...at(4), code: 'address-not-imported', params: { value: '2001:db8::1/64' } },
      { ...at(5), code: 'route-not-imported' },
      { ...at(7), code: 'line-not-understood', params: { text: 'ip link set eth0 nomaster' } },
      { ...at(8), code: 'line-not-understood', params: { text: 'ip link delete dev bond0' } },
      { ...at(9), code: 'line-not-understood', params: { text: 'ifenslave bond0 eth0' } },
      {
        ...at(10),
        code: 'line-not-understood',
        params: { text: 'ip link add $BOND type bond mode 1' },
      },
      {
        ...at(11),
        code: 'line-not-understood',
        params: { text: 'echo +eth1 > /sys/class/net/bond0/bonding/slaves' },
      },
      { ...at(6), code: 'gateway-not-imported', params: { value: '10.0.0.1' } },
    ]);
  });
});

/** The design as the iproute2 up script gives it back: ROUND_TRIP_LOSSES applied. */
function expectedBack(design: Design): Pick<Design, 'nics' | 'bonds'> {
  const bonds = design.bonds.map((bond): Bond => {
    const { ipv4, ...rest } = bond;
    // ROUND_TRIP_LOSSES.ipv4None
    return { ...rest, ...(ipv4 === undefined || ipv4.method === 'none' ? {} : { ipv4 }) };
  });
  // ROUND_TRIP_LOSSES.nicDetails
  const nics = design.bonds.flatMap((bond) => bond.slaves.map((name) => ({ name })));
  return { nics, bonds };
}

describe('iproute2 round trip', () => {
  it('lists its losses', () => {
    expect(Object.keys(ROUND_TRIP_LOSSES)).toEqual(['nicDetails', 'ipv4None', 'host']);
  });

  it('gives back every generated design modulo ROUND_TRIP_LOSSES', () => {
    fc.assert(
      fc.property(
        designArbitrary((design) => iproute2Target.check(design)),
        (design) => {
          const files = iproute2Target
            .render(design as ValidDesign)
            .filter((file) => file.path === 'bondsmith-up.sh')
            .map((file) => ({ path: file.path, text: file.contents }));
          expect(importFiles(files)).toEqual({
            ok: true,
            format: 'iproute2',
            notes: [],
            design: { version: 1, ...expectedBack(design) },
          });
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
  }, 120_000);

  it('leaves the roll back script to the user: not detected, and its deletions noted', () => {
    const design: Design = {
      version: 1,
      nics: [{ name: 'eth0' }],
      bonds: [{ name: 'bond0', mode: 'active-backup', slaves: ['eth0'], options: {} }],
    };
    const down = iproute2Target
      .render(design as ValidDesign)
      .find((file) => file.path === 'bondsmith-down.sh');
    const file = { path: 'bondsmith-down.sh', text: String(down?.contents) };
    expect(importFiles([file]).ok).toBe(false);
    expect(parseIproute2([file]).notes.map((note) => note.params?.text)).toEqual([
      'ip link delete dev bond0',
    ]);
  });
});
