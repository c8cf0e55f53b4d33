/**
 * Tests of the nmstate importer: a bond state as nmstate's documentation shows it, exact notes
 * with lines, hostile YAML, and the round trip through the nmstate export target.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nmstateTarget } from '../export/targets/nmstate';
import { STATE_FILE } from '../export/targets/nmstate/readme';
import { BOND_MODE_INFO } from '../model/bond-modes';
import type { Bond, Design, ValidDesign } from '../model/types';
import { parseNmstate, ROUND_TRIP_LOSSES } from './nmstate';
import { designArbitrary } from './testing/design-arbitrary';

// Hand-written in the shape of nmstate's bond examples (examples/bond_*.yml), with an IPv4
// address, a default route, a route the design cannot hold and a non-bond interface.
const STATE = `---
interfaces:
- name: bond99
  type: bond
  state: up
  mtu: 9000
  ipv4:
    enabled: true
    dhcp: false
    address:
    - ip: 192.0.2.251
      prefix-length: 24
  ipv6:
    enabled: false
  link-aggregation:
    mode: balance-rr
    options:
      miimon: 140
      use_carrier: false
      all_slaves_active: delivered
      arp_ip_target: 192.0.2.1,192.0.2.2
    port:
    - eth1
    - eth2
- name: eth1
  type: ethernet
  state: up
  mac-address: 00:1B:21:0A:0B:0C
- name: dummy0
  type: dummy
  state: up
routes:
  config:
  - destination: 0.0.0.0/0
    next-hop-address: 192.0.2.1
    next-hop-interface: bond99
  - destination: 198.51.100.0/24
    next-hop-address: 192.0.2.1
    next-hop-interface: bond99
`;

describe('parseNmstate', () => {
  it('reads a bond state with options, ports, addressing and default route', () => {
    expect(parseNmstate([{ path: 'bond.yml', text: STATE }])).toEqual({
      nics: [{ name: 'eth1', mac: '00:1b:21:0a:0b:0c' }, { name: 'eth2' }],
      bonds: [
        {
          name: 'bond99',
          mode: 'balance-rr',
          slaves: ['eth1', 'eth2'],
          mtu: 9000,
          options: {
            miimon: 140,
            use_carrier: 'off',
            all_slaves_active: 'on',
            arp_ip_target: ['192.0.2.1', '192.0.2.2'],
          },
          ipv4: { method: 'static', address: '192.0.2.251', prefix: 24, gateway: '192.0.2.1' },
        },
      ],
      notes: [
        {
          severity: 'warning',
          code: 'interface-not-imported',
          file: 'bond.yml',
          line: 29,
          params: { name: 'dummy0', type: 'dummy', state: 'up' },
        },
        { severity: 'warning', code: 'route-not-imported', file: 'bond.yml', line: 37 },
      ],
    });
  });

  it.each([
    ['mode: 4', { mode: '802.3ad', options: {} }, []],
    [
      'mode: 802.3ad\n    options: {lacp_rate: 1, turbo: 2}',
      { mode: '802.3ad', options: { lacp_rate: 'fast' } },
      [
        {
          severity: 'warning',
          code: 'option-unknown',
          file: 's',
          line: 6,
          params: { option: 'turbo' },
        },
      ],
    ],
    [
      'mode: balance-rr\n    options: {miimon: -5}',
      { mode: 'balance-rr', options: {} },
      [
        {
          severity: 'warning',
          code: 'option-value-invalid',
          file: 's',
          line: 6,
          params: { option: 'miimon', value: '-5' },
        },
      ],
    ],
    [
      'mode: 7',
      { mode: 'balance-rr', options: {} },
      [{ severity: 'warning', code: 'mode-unknown', file: 's', line: 5, params: { value: '7' } }],
    ],
    [
      'mode: balance-rr\n    colour: red',
      { mode: 'balance-rr', options: {} },
      [
        {
          severity: 'warning',
          code: 'line-not-understood',
          file: 's',
          line: 6,
          params: { text: 'colour: red' },
        },
      ],
    ],
  ])('reads link-aggregation %j', (aggregation, expected, notes) => {
    const text = `interfaces:\n- name: bond0\n  type: bond\n  link-aggregation:\n    ${aggregation}\n`;
    const result = parseNmstate([{ path: 's', text }]);
    expect(result.bonds.map((bond) => ({ mode: bond.mode, options: bond.options }))).toEqual([
      expected,
    ]);
    expect(result.notes).toEqual(notes);
  });

  it.each([
    [
      'invalid YAML',
      'interfaces: [',
      {
        severity: 'error',
        code: 'yaml-invalid',
        file: 'y',
        line: 1,
        params: { detail: 'BAD_INDENT' },
      },
    ],
    [
      'an alias bomb',
      `a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n`,
      { severity: 'error', code: 'yaml-too-many-aliases', file: 'y' },
    ],
    [
      'a removal',
      'interfaces:\n- name: bond0\n  type: bond\n  state: absent\n',
      {
        severity: 'warning',
        code: 'interface-not-imported',
        file: 'y',
        line: 2,
        params: { name: 'bond0', type: 'bond', state: 'absent' },
      },
    ],
  ])('refuses %s with a note', (_name, text, note) => {
    const result = parseNmstate([{ path: 'y', text }]);
    expect(result.bonds).toEqual([]);
    expect(result.notes).toEqual([note]);
  });
});

/** The design as the nmstate target writes it back: ROUND_TRIP_LOSSES applied. */
function expectedBack(design: Design): Pick<Design, 'nics' | 'bonds'> {
  const bonds = design.bonds.map((bond): Bond => {
    const options = { ...bond.options };
    // ROUND_TRIP_LOSSES.miimonExplicit
    if (options.miimon === undefined && (options.arp_interval ?? 0) === 0) {
      options.miimon = BOND_MODE_INFO[bond.mode].forcesMiimon ? 100 : 0;
    }
    return { ...bond, options, ipv4: bond.ipv4 ?? { method: 'none' } }; // ROUND_TRIP_LOSSES.ipv4None
  });
  // ROUND_TRIP_LOSSES.nicDetails
  const nics = design.bonds.flatMap((bond) => bond.slaves.map((name) => ({ name })));
  return { nics, bonds };
}

describe('nmstate round trip', () => {
  it('lists its losses', () => {
    expect(Object.keys(ROUND_TRIP_LOSSES)).toEqual([
      'nicDetails',
      'miimonExplicit',
      'ipv4None',
      'host',
    ]);
  });

  it('gives back every generated design modulo ROUND_TRIP_LOSSES', () => {
    fc.assert(
      fc.property(
        designArbitrary((design) => nmstateTarget.check(design)),
        (design) => {
          const files = nmstateTarget
            .render(design as ValidDesign)
            .filter((file) => file.path === STATE_FILE)
            .map((file) => ({ path: file.path, text: file.contents }));
          const result = parseNmstate(files);
          expect(result.notes).toEqual([]);
          expect({ nics: result.nics, bonds: result.bonds }).toEqual(expectedBack(design));
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
  }, 60_000);
});
