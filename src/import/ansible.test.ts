/**
 * Tests of the Ansible network-role importer: exact results for playbooks as the role's README
 * shows them (controller/port_type and the older master/slave_type, role option names, vars
 * files, include_role tasks), notes with file and line, and the round trip through the target.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ansibleTarget } from '../export/targets/ansible';
import { BOND_MODE_INFO } from '../model/bond-modes';
import type { Bond, Design, ValidDesign } from '../model/types';
import { parseAnsible, ROUND_TRIP_LOSSES } from './ansible';
import { importFiles } from './index';
import { designArbitrary } from './testing/design-arbitrary';

// The bond example of the linux-system-roles/network README, with the older key names.
const ROLE_README = `---
- hosts: network-test
  vars:
    network_connections:
      - name: bond0
        state: up
        type: bond
        interface_name: bond0
        bond:
          mode: active-backup
          miimon: 110
          all_ports_active: true
        ip:
          address:
            - 192.0.2.24/24
          gateway4: 192.0.2.1
      - name: bond0.0
        state: up
        type: ethernet
        interface_name: eth1
        master: bond0
        slave_type: bond
      - name: bond0.1
        state: up
        type: ethernet
        interface_name: eth2
        controller: bond0
        port_type: bond
        mac: "00:1B:21:0A:0B:0C"
  roles:
    - linux-system-roles.network
`;

describe('parseAnsible', () => {
  it("reads the role README's bond example", () => {
    expect(parseAnsible([{ path: 'site.yml', text: ROLE_README }])).toEqual({
      nics: [{ name: 'eth1' }, { name: 'eth2', mac: '00:1b:21:0a:0b:0c' }],
      bonds: [
        {
          name: 'bond0',
          mode: 'active-backup',
          slaves: ['eth1', 'eth2'],
          options: { miimon: 110, all_slaves_active: 'on' },
          ipv4: { method: 'static', address: '192.0.2.24', prefix: 24, gateway: '192.0.2.1' },
        },
      ],
      notes: [],
    });
  });

  it('reads a vars file and include_role task vars; no ip means DHCP, as the role does', () => {
    const vars = [
      'network_provider: nm',
      'network_connections:',
      '  - name: lacp',
      '    type: bond',
      '    bond: {mode: 4, lacp_rate: fast, packets_per_port: 1, arp_ip_target: [10.0.0.1]}',
    ].join('\n');
    const playbook = [
      '- hosts: all',
      '  tasks:',
      '    - name: Bond',
      '      include_role:',
      '        name: fedora.linux_system_roles.network',
      '      vars:',
      '        network_connections:',
      '          - {name: p1, type: ethernet, controller: lacp, port_type: bond, mtu: 9000}',
      '          - {name: nobond, type: bond, ip: {dhcp4: false}}',
    ].join('\n');
    expect(
      parseAnsible([
        { path: 'host_vars/web1.yml', text: vars },
        { path: 'play.yml', text: playbook },
      ]),
    ).toEqual({
      nics: [{ name: 'p1' }],
      bonds: [
        {
          name: 'lacp',
          mode: '802.3ad',
          slaves: ['p1'],
          options: { lacp_rate: 'fast', packets_per_slave: 1, arp_ip_target: ['10.0.0.1'] },
          ipv4: { method: 'dhcp' },
        },
        {
          name: 'nobond',
          mode: 'balance-rr',
          slaves: [],
          options: {},
          ipv4: { method: 'none' },
        },
      ],
      notes: [
        {
          severity: 'info',
          code: 'slave-mtu-ignored',
          file: 'play.yml',
          line: 8,
          params: { value: '9000' },
        },
      ],
    });
  });

  it('notes every key, profile and role it does not use, with file and line', () => {
    const text = [
      '- hosts: all',
      '  vars:',
      '    network_connections:',
      '      - name: bond0',
      '        type: bond',
      '        zone: trusted',
      '        bond: {mode: 9, turbo: 1, miimon: fast}',
      '        ip: {address: [10.0.0.5/24, "2001:db8::1/64"], dhcp4: true, dns: [1.1.1.1]}',
      '      - name: br0',
      '        type: bridge',
      '      - name: eth9',
      '        type: ethernet',
      '        controller: bond7',
      '      - name: old',
      '        persistent_state: absent',
      '    ntp_servers: [pool.ntp.org]',
      '  roles:',
      '    - timesync',
    ].join('\n');
    const result = parseAnsible([{ path: 'x.yml', text }]);
    expect(result.bonds).toEqual([
      {
        name: 'bond0',
        mode: 'balance-rr',
        slaves: [],
        options: {},
        ipv4: { method: 'static', address: '10.0.0.5', prefix: 24 },
      },
    ]);
    const at = (line: number) => ({ severity: 'warning', file: 'x.yml', line });
    expect(result.notes).toEqual([
      { ...at(9), code: 'profile-not-imported', params: { type: 'bridge' } },
      { ...at(15), code: 'line-not-understood', params: { text: 'persistent_state: absent' } },
      { ...at(16), code: 'line-not-understood', params: { text: 'ntp_servers' } },
      { ...at(18), code: 'line-not-understood', params: { text: 'timesync' } },
      { ...at(6), code: 'line-not-understood', params: { text: 'zone: trusted' } },
      { ...at(7), code: 'mode-unknown', params: { value: '9' } },
      { ...at(7), code: 'option-unknown', params: { option: 'turbo' } },
      { ...at(7), code: 'option-value-invalid', params: { option: 'miimon', value: 'fast' } },
      { ...at(8), code: 'address-not-imported', params: { value: '2001:db8::1/64' } },
      { ...at(8), code: 'line-not-understood', params: { text: 'dns' } },
      { ...at(8), code: 'dhcp-and-static', params: { bond: 'bond0' } },
      { ...at(11), code: 'master-unknown', params: { master: 'bond7' } },
    ]);
  });
});

/** The design as the ansible target writes it back: ROUND_TRIP_LOSSES applied. */
function expectedBack(design: Design): Pick<Design, 'nics' | 'bonds'> {
  const bonds = design.bonds.map((bond): Bond => {
    const options = { ...bond.options };
    // ROUND_TRIP_LOSSES.miimonExplicit
    if (options.miimon === undefined && (options.arp_interval ?? 0) === 0) {
      options.miimon = BOND_MODE_INFO[bond.mode].forcesMiimon ? 100 : 0;
    }
    // ROUND_TRIP_LOSSES.numUnsolNa
    if (options.num_unsol_na !== undefined) {
      options.num_grat_arp ??= options.num_unsol_na;
      delete options.num_unsol_na;
    }
    return { ...bond, options, ipv4: bond.ipv4 ?? { method: 'none' } }; // ROUND_TRIP_LOSSES.ipv4None
  });
  // ROUND_TRIP_LOSSES.nicDetails
  const nics = design.bonds.flatMap((bond) => bond.slaves.map((name) => ({ name })));
  return { nics, bonds };
}

describe('ansible round trip', () => {
  it('lists its losses', () => {
    expect(Object.keys(ROUND_TRIP_LOSSES)).toEqual([
      'nicDetails',
      'miimonExplicit',
      'numUnsolNa',
      'ipv4None',
      'host',
    ]);
  });

  it('gives back every generated design modulo ROUND_TRIP_LOSSES', () => {
    fc.assert(
      fc.property(
        designArbitrary((design) => ansibleTarget.check(design)),
        (design) => {
          const files = ansibleTarget
            .render(design as ValidDesign)
            .filter((file) => file.path === 'bondsmith-network.yml')
            .map((file) => ({ path: file.path, text: file.contents }));
          expect(importFiles(files)).toEqual({
            ok: true,
            format: 'ansible',
            notes: [],
            design: { version: 1, ...expectedBack(design) },
          });
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
  }, 120_000);
});
