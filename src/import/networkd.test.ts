/**
 * Tests of the systemd-networkd importer: hand-written .netdev/.network files as the systemd
 * manual shows them, time spans, exact notes with lines, and the round trip through the networkd
 * export target.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkdTarget } from '../export/targets/networkd';
import type { Bond, Design, ValidDesign } from '../model/types';
import { parseNetworkd, ROUND_TRIP_LOSSES } from './networkd';
import { designArbitrary } from './testing/design-arbitrary';

const NETDEV = `# after systemd.netdev(5), "Example 7. /etc/systemd/network/25-bond.netdev"
[NetDev]
Name=bond1
Kind=bond

[Bond]
Mode=802.3ad
TransmitHashPolicy=layer3+4
MIIMonitorSec=1s
LACPTransmitRate=fast
UpDelaySec=2s
DownDelaySec=500ms
LearnPacketIntervalSec=1min
AllSlavesActive=yes
`;

const BOND_NETWORK = `[Match]
Name=bond1

[Link]
MTUBytes=9000

[Network]
Address=192.168.0.15/24
Gateway=192.168.0.1
DNS=192.168.0.1
`;

const SLAVE = (name: string, extra = ''): string =>
  `[Match]\nName=${name}\n\n[Network]\nBond=bond1\n${extra}`;

describe('parseNetworkd', () => {
  it('reads a bond, its addressing and its slaves in file order', () => {
    const result = parseNetworkd([
      { path: '25-bond1.netdev', text: NETDEV },
      { path: '25-bond1.network', text: BOND_NETWORK },
      { path: '30-enp2s0.network', text: SLAVE('enp2s0') },
      { path: '30-enp1s0.network', text: SLAVE('enp1s0', 'PrimarySlave=true\n') },
    ]);
    expect(result).toEqual({
      nics: [{ name: 'enp2s0' }, { name: 'enp1s0' }],
      bonds: [
        {
          name: 'bond1',
          mode: '802.3ad',
          slaves: ['enp2s0', 'enp1s0'],
          mtu: 9000,
          options: {
            xmit_hash_policy: 'layer3+4',
            miimon: 1000,
            lacp_rate: 'fast',
            updelay: 2000,
            downdelay: 500,
            lp_interval: 60,
            all_slaves_active: 'on',
            primary: 'enp1s0',
          },
          ipv4: { method: 'static', address: '192.168.0.15', prefix: 24, gateway: '192.168.0.1' },
        },
      ],
      notes: [
        {
          severity: 'warning',
          code: 'line-not-understood',
          file: '25-bond1.network',
          line: 10,
          params: { text: '[Network] DNS=192.168.0.1' },
        },
      ],
    });
  });

  it.each([
    ['MIIMonitorSec=100ms', { miimon: 100 }, []],
    [
      'MIIMonitorSec=0.1',
      {},
      [
        {
          severity: 'warning',
          code: 'option-value-invalid',
          file: 'b.netdev',
          line: 5,
          params: { option: 'miimon', value: '0.1' },
        },
      ],
    ],
    ['MIIMonitorSec=2', { miimon: 2000 }, []],
    [
      'MIIMonitorSec=1500us',
      {},
      [
        {
          severity: 'warning',
          code: 'option-value-invalid',
          file: 'b.netdev',
          line: 5,
          params: { option: 'miimon', value: '1500us' },
        },
      ],
    ],
    ['MIIMonitorSec=2000µs', { miimon: 2 }, []],
    ['ARPIntervalSec=1s 500ms', { arp_interval: 1500 }, []],
    ['ARPIPTargets=10.0.0.1 10.0.0.2', { arp_ip_target: ['10.0.0.1', '10.0.0.2'] }, []],
    ['DynamicTransmitLoadBalancing=false', { tlb_dynamic_lb: 'off' }, []],
    [
      'Turbo=1',
      {},
      [
        {
          severity: 'warning',
          code: 'option-unknown',
          file: 'b.netdev',
          line: 5,
          params: { option: 'Turbo' },
        },
      ],
    ],
  ])('reads %s', (line, options, notes) => {
    const text = `[NetDev]\nName=bond0\nKind=bond\n[Bond]\n${line}\n`;
    const result = parseNetworkd([{ path: 'b.netdev', text }]);
    expect(result.bonds.map((bond) => bond.options)).toEqual([options]);
    expect(result.notes).toEqual(notes);
  });

  it('notes files and lines it cannot use', () => {
    const result = parseNetworkd([
      { path: 'vlan.netdev', text: '[NetDev]\nName=vlan5\nKind=vlan\n' },
      { path: 'b.netdev', text: '[NetDev]\nName=bond0\nKind=bond\nstray\n[Bond]\nMode=4\n' },
      { path: 'all.network', text: '[Match]\nName=en*\n[Network]\nBond=bond0\n' },
      { path: 'x.network', text: '[Match]\nName=eth9\n[Network]\nBond=bond7\n' },
      {
        path: 'bond0.network',
        text: '[Match]\nName=bond0\n[Network]\nDHCP=yes\nGateway=10.0.0.1\n',
      },
    ]);
    expect(result.bonds).toEqual([
      { name: 'bond0', mode: '802.3ad', slaves: [], options: {}, ipv4: { method: 'dhcp' } },
    ]);
    expect(result.notes).toEqual([
      {
        severity: 'warning',
        code: 'netdev-not-imported',
        file: 'vlan.netdev',
        params: { kind: 'vlan' },
      },
      {
        severity: 'warning',
        code: 'line-not-understood',
        file: 'b.netdev',
        line: 4,
        params: { text: 'stray' },
      },
      { severity: 'warning', code: 'network-match-unsupported', file: 'all.network' },
      {
        severity: 'warning',
        code: 'network-not-imported',
        file: 'x.network',
        params: { bond: 'bond7' },
      },
      {
        severity: 'warning',
        code: 'gateway-not-imported',
        file: 'bond0.network',
        line: 5,
        params: { value: '10.0.0.1' },
      },
    ]);
  });
});

/** The design as the networkd target writes it back: ROUND_TRIP_LOSSES applied. */
function expectedBack(design: Design): Pick<Design, 'nics' | 'bonds'> {
  const bonds = design.bonds.map((bond): Bond => {
    const { num_unsol_na: unsolicited, ...options } = bond.options;
    // ROUND_TRIP_LOSSES.numUnsolNa
    if (unsolicited !== undefined) options.num_grat_arp = unsolicited;
    const { ipv4, ...rest } = bond;
    // ROUND_TRIP_LOSSES.ipv4None
    return { ...rest, options, ...(ipv4 === undefined || ipv4.method === 'none' ? {} : { ipv4 }) };
  });
  // ROUND_TRIP_LOSSES.nicDetails
  const nics = design.bonds.flatMap((bond) => bond.slaves.map((name) => ({ name })));
  return { nics, bonds };
}

describe('networkd round trip', () => {
  it('lists its losses', () => {
    expect(Object.keys(ROUND_TRIP_LOSSES)).toEqual([
      'nicDetails',
      'numUnsolNa',
      'ipv4None',
      'host',
    ]);
  });

  it('gives back every generated design modulo ROUND_TRIP_LOSSES', () => {
    fc.assert(
      fc.property(
        designArbitrary((design) => networkdTarget.check(design)),
        (design) => {
          const files = networkdTarget
            .render(design as ValidDesign)
            .filter((file) => /\.net(dev|work)$/.test(file.path))
            .map((file) => ({ path: file.path, text: file.contents }));
          const result = parseNetworkd(files);
          expect(result.notes).toEqual([]);
          expect({ nics: result.nics, bonds: result.bonds }).toEqual(expectedBack(design));
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
  }, 60_000);
});
