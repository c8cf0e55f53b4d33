/**
 * Tests of the netplan importer: netplan's documented bond examples, exact notes with lines for
 * what it does not use, hostile YAML, and the round trip through the netplan export target.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netplanTarget } from '../export/targets/netplan';
import type { Bond, Design, ValidDesign } from '../model/types';
import { parseNetplan, ROUND_TRIP_LOSSES } from './netplan';
import { designArbitrary } from './testing/design-arbitrary';

// In the form of netplan's documented bonding examples (netplan.readthedocs.io, "Examples").
const DOC_ACTIVE_BACKUP = `network:
  version: 2
  renderer: networkd
  ethernets:
    enp3s0:
      dhcp4: no
    enp4s0:
      dhcp4: no
  bonds:
    bond0:
      dhcp4: yes
      interfaces:
        - enp3s0
        - enp4s0
      parameters:
        mode: active-backup
        primary: enp3s0
`;

const DOC_LACP = `network:
  version: 2
  renderer: networkd
  bonds:
    bond0:
      dhcp4: yes
      interfaces:
        - enp3s0
        - enp4s0
      parameters:
        mode: 802.3ad
        mii-monitor-interval: 1
`;

const STATIC = `network:
  version: 2
  ethernets:
    eno1: {macaddress: "00:1B:21:0A:0B:0C"}
    eno2: {}
  bonds:
    bond0:
      interfaces: [eno1, eno2]
      mtu: 9000
      addresses: [10.0.0.5/24, "2001:db8::5/64"]
      gateway4: 10.0.0.1
      nameservers: {addresses: [10.0.0.2]}
      parameters:
        mode: balance-xor
        transmit-hash-policy: layer3+4
        up-delay: 1s
        learn-packet-interval: 2
        all-members-active: true
        turbo: 1
`;

describe('parseNetplan', () => {
  it('reads the documented active-backup example', () => {
    expect(parseNetplan([{ path: '01-netcfg.yaml', text: DOC_ACTIVE_BACKUP }])).toEqual({
      nics: [{ name: 'enp3s0' }, { name: 'enp4s0' }],
      bonds: [
        {
          name: 'bond0',
          mode: 'active-backup',
          slaves: ['enp3s0', 'enp4s0'],
          options: { primary: 'enp3s0' },
          ipv4: { method: 'dhcp' },
        },
      ],
      notes: [],
    });
  });

  it('reads the documented LACP example and notes its undefined ethernets', () => {
    expect(parseNetplan([{ path: 'lacp.yaml', text: DOC_LACP }])).toEqual({
      nics: [{ name: 'enp3s0' }, { name: 'enp4s0' }],
      bonds: [
        {
          name: 'bond0',
          mode: '802.3ad',
          slaves: ['enp3s0', 'enp4s0'],
          options: { miimon: 1 },
          ipv4: { method: 'dhcp' },
        },
      ],
      notes: [
        {
          severity: 'warning',
          code: 'slave-not-defined',
          file: 'lacp.yaml',
          params: { nic: 'enp3s0' },
        },
        {
          severity: 'warning',
          code: 'slave-not-defined',
          file: 'lacp.yaml',
          params: { nic: 'enp4s0' },
        },
      ],
    });
  });

  it('reads static addressing, units and booleans, and notes what it leaves out', () => {
    expect(parseNetplan([{ path: 's.yaml', text: STATIC }])).toEqual({
      nics: [{ name: 'eno1', mac: '00:1b:21:0a:0b:0c' }, { name: 'eno2' }],
      bonds: [
        {
          name: 'bond0',
          mode: 'balance-xor',
          slaves: ['eno1', 'eno2'],
          mtu: 9000,
          options: {
            xmit_hash_policy: 'layer3+4',
            updelay: 1000,
            lp_interval: 2,
            all_slaves_active: 'on',
          },
          ipv4: { method: 'static', address: '10.0.0.5', prefix: 24, gateway: '10.0.0.1' },
        },
      ],
      notes: [
        {
          severity: 'warning',
          code: 'address-not-imported',
          file: 's.yaml',
          line: 10,
          params: { value: '2001:db8::5/64' },
        },
        {
          severity: 'warning',
          code: 'line-not-understood',
          file: 's.yaml',
          line: 12,
          params: { text: 'nameservers' },
        },
        {
          severity: 'warning',
          code: 'option-unknown',
          file: 's.yaml',
          line: 19,
          params: { option: 'turbo' },
        },
      ],
    });
  });

  it.each([
    [
      'invalid YAML',
      'network: [',
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
      'a list at the top',
      '- network\n',
      {
        severity: 'warning',
        code: 'yaml-not-a-mapping',
        file: 'y',
        line: 1,
        params: { key: 'document' },
      },
    ],
  ])('refuses %s with a note', (_name, text, note) => {
    const result = parseNetplan([{ path: 'y', text }]);
    expect(result.bonds).toEqual([]);
    expect(result.notes).toEqual([note]);
  });
});

/** The design as the netplan target writes it back: ROUND_TRIP_LOSSES applied. */
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

describe('netplan round trip', () => {
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
        designArbitrary((design) => netplanTarget.check(design)),
        (design) => {
          const files = netplanTarget
            .render(design as ValidDesign)
            .filter((file) => file.path.endsWith('.yaml'))
            .map((file) => ({ path: file.path, text: file.contents }));
          const result = parseNetplan(files);
          expect(result.notes).toEqual([]);
          expect({ nics: result.nics, bonds: result.bonds }).toEqual(expectedBack(design));
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
  }, 60_000);
});
