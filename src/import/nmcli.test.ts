/**
 * Tests of the nmcli script importer: exact results for scripts as admins type them after the
 * RHEL documentation, nmcli's aliases and abbreviations, notes with file and line for what it
 * cannot use, and the round trip through the nmcli export target.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nmcliTarget } from '../export/targets/nmcli';
import { BOND_MODE_INFO } from '../model/bond-modes';
import type { Bond, Design, ValidDesign } from '../model/types';
import { importFiles } from './index';
import { parseNmcli, ROUND_TRIP_LOSSES } from './nmcli';
import { designArbitrary } from './testing/design-arbitrary';

// RHEL 7 "Networking Guide" §7.4 and RHEL 8/9 "Configuring a network bond using nmcli", as typed.
const RHEL_DOCS = `#!/bin/sh
set -e
nmcli con add type bond con-name bond0 ifname bond0 bond.options "mode=active-backup,miimon=100"
nmcli con add type ethernet ifname eth0 master bond0
nmcli connection add type ethernet slave-type bond con-name bond0-port1 ifname eth1 controller bond0
nmcli connection modify bond0 ipv4.addresses '192.0.2.1/24' ipv4.gateway '192.0.2.254' \\
    ipv4.method manual
nmcli connection up bond0
`;

// RHEL 7's older spellings: type bond-slave, the mode/miimon aliases, ip4/gw4, abbreviations.
const RHEL7 = `nmcli c a type bond con-name mybond0 ifname mybond0 mode 802.3ad miimon 100 \\
  lacp-rate 1 ip4 10.0.0.5/24 gw4 10.0.0.1
nmcli c a type bond-slave ifname ens7 master mybond0 802-3-ethernet.mtu 9000
nmcli c a type bond-slave ifname ens8 master mybond0 mac 00:1B:21:0A:0B:0C
`;

describe('parseNmcli', () => {
  it('reads a script typed after the RHEL documentation', () => {
    expect(parseNmcli([{ path: 'bond.sh', text: RHEL_DOCS }])).toEqual({
      nics: [{ name: 'eth0' }, { name: 'eth1' }],
      bonds: [
        {
          name: 'bond0',
          mode: 'active-backup',
          slaves: ['eth0', 'eth1'],
          options: { miimon: 100 },
          ipv4: { method: 'static', address: '192.0.2.1', prefix: 24, gateway: '192.0.2.254' },
        },
      ],
      notes: [],
    });
  });

  it('reads bond-slave, the bond aliases, ip4/gw4 and abbreviated commands', () => {
    expect(parseNmcli([{ path: 'r7.sh', text: RHEL7 }])).toEqual({
      nics: [{ name: 'ens7' }, { name: 'ens8', mac: '00:1b:21:0a:0b:0c' }],
      bonds: [
        {
          name: 'mybond0',
          mode: '802.3ad',
          slaves: ['ens7', 'ens8'],
          options: { miimon: 100, lacp_rate: 'fast' },
          ipv4: { method: 'static', address: '10.0.0.5', prefix: 24, gateway: '10.0.0.1' },
        },
      ],
      notes: [
        {
          severity: 'info',
          code: 'slave-mtu-ignored',
          file: 'r7.sh',
          line: 3,
          params: { value: '9000' },
        },
      ],
    });
  });

  it.each([
    ['no ipv4 setting: NetworkManager defaults to DHCP', '', { method: 'dhcp' }],
    ['ipv4.method disabled', 'ipv4.method disabled', { method: 'none' }],
    ['ipv4.method auto', 'ipv4.method auto', { method: 'dhcp' }],
    [
      'addresses without a method (nmcli makes it manual)',
      'ipv4.addresses 10.1.2.3/16',
      { method: 'static', address: '10.1.2.3', prefix: 16 },
    ],
  ])('reads %s', (_name, words, ipv4) => {
    const text = `nmcli connection add type bond ifname bond1 ${words}\n`;
    expect(parseNmcli([{ path: 's', text }]).bonds).toEqual([
      { name: 'bond1', mode: 'balance-rr', slaves: [], options: {}, ipv4 },
    ]);
  });

  it('unescapes bond.options commas, resolves variables and keeps the master by UUID', () => {
    const text = [
      'BOND=bond2',
      'UUID="5f5f925e-1e91-5eab-94bd-5ec6fa8ae1da"',
      `nmcli connection add type bond con-name "$BOND" ifname \${BOND} connection.uuid $UUID \\`,
      `  bond.options 'mode=balance-xor,arp_interval=200,arp_ip_target=10.0.0.1\\,10.0.0.2' \\`,
      '  ipv4.method disabled ipv6.method ignore # trailing comment',
      'nmcli connection add type ethernet con-name p ifname eth0 \\',
      '  connection.master "$UUID" connection.slave-type bond ethernet.mac-address 02:00:00:00:00:10',
    ].join('\n');
    expect(parseNmcli([{ path: 's', text }])).toEqual({
      nics: [{ name: 'eth0', mac: '02:00:00:00:00:10' }],
      bonds: [
        {
          name: 'bond2',
          mode: 'balance-xor',
          slaves: ['eth0'],
          options: { arp_interval: 200, arp_ip_target: ['10.0.0.1', '10.0.0.2'] },
          ipv4: { method: 'none' },
        },
      ],
      notes: [],
    });
  });

  it('notes every command and property it cannot use, with file and line', () => {
    const text = [
      'nmcli con add type bond ifname bond0 bond.options mode=4,turbo=1,miimon=x connection.zone dmz',
      'nmcli con add type ethernet ifname $NIC master bond0',
      'systemctl restart NetworkManager',
      'nmcli con add type ethernet ifname eth5 master bond9',
      'nmcli con add type wifi ifname wlan0',
      'nmcli con mod nosuch ipv4.method auto',
      'nmcli con add type bond ifname bond1 ipv4.method link-local -bond.options mode',
      "echo 'bond0' > /etc/bonds",
    ].join('\n');
    const result = parseNmcli([{ path: 'x.sh', text }]);
    expect(result.bonds.map((bond) => [bond.name, bond.mode, bond.options])).toEqual([
      ['bond0', '802.3ad', {}],
      ['bond1', 'balance-rr', {}],
    ]);
    expect(result.notes).toEqual([
      {
        severity: 'warning',
        code: 'line-not-understood',
        file: 'x.sh',
        line: 1,
        params: { text: 'connection.zone dmz' },
      },
      {
        severity: 'warning',
        code: 'line-not-understood',
        file: 'x.sh',
        line: 2,
        params: { text: 'nmcli con add type ethernet ifname $NIC master bond0' },
      },
      {
        severity: 'warning',
        code: 'line-not-understood',
        file: 'x.sh',
        line: 3,
        params: { text: 'systemctl restart NetworkManager' },
      },
      {
        severity: 'warning',
        code: 'line-not-understood',
        file: 'x.sh',
        line: 6,
        params: { text: 'nmcli con mod nosuch ipv4.method auto' },
      },
      {
        severity: 'warning',
        code: 'line-not-understood',
        file: 'x.sh',
        line: 7,
        params: { text: '-bond.options mode' },
      },
      {
        severity: 'warning',
        code: 'line-not-understood',
        file: 'x.sh',
        line: 8,
        params: { text: "echo 'bond0' > /etc/bonds" },
      },
      {
        severity: 'warning',
        code: 'option-unknown',
        file: 'x.sh',
        line: 1,
        params: { option: 'turbo' },
      },
      {
        severity: 'warning',
        code: 'option-value-invalid',
        file: 'x.sh',
        line: 1,
        params: { option: 'miimon', value: 'x' },
      },
      {
        severity: 'warning',
        code: 'ipv4-method-unsupported',
        file: 'x.sh',
        line: 7,
        params: { value: 'link-local' },
      },
      {
        severity: 'warning',
        code: 'master-unknown',
        file: 'x.sh',
        line: 4,
        params: { master: 'bond9' },
      },
      {
        severity: 'warning',
        code: 'profile-not-imported',
        file: 'x.sh',
        line: 5,
        params: { type: 'wifi' },
      },
    ]);
  });
});

/** The design as the nmcli target writes it back: ROUND_TRIP_LOSSES applied (as nm-keyfile). */
function expectedBack(design: Design): Pick<Design, 'nics' | 'bonds'> {
  const bonds = design.bonds.map((bond): Bond => {
    const options = { ...bond.options };
    // ROUND_TRIP_LOSSES.miimonZero
    if (
      options.miimon === undefined &&
      (options.arp_interval ?? 0) === 0 &&
      !BOND_MODE_INFO[bond.mode].forcesMiimon
    ) {
      options.miimon = 0;
    }
    // ROUND_TRIP_LOSSES.peerNotifDelay
    const miimon = options.miimon ?? (BOND_MODE_INFO[bond.mode].forcesMiimon ? 100 : 0);
    if (options.peer_notif_delay !== undefined && miimon > 0) {
      options.peer_notif_delay -= options.peer_notif_delay % miimon;
    }
    return { ...bond, options, ipv4: bond.ipv4 ?? { method: 'none' } }; // ROUND_TRIP_LOSSES.ipv4None
  });
  // ROUND_TRIP_LOSSES.nicDetails
  const nics = design.bonds.flatMap((bond) =>
    bond.slaves.map((slave) => {
      const mac = design.nics.find((nic) => nic.name === slave)?.mac;
      return { name: slave, ...(mac === undefined ? {} : { mac }) };
    }),
  );
  return { nics, bonds };
}

describe('nmcli round trip', () => {
  it('lists its losses', () => {
    expect(Object.keys(ROUND_TRIP_LOSSES)).toEqual([
      'nicDetails',
      'miimonZero',
      'peerNotifDelay',
      'ipv4None',
      'host',
    ]);
  });

  it('gives back every generated design modulo ROUND_TRIP_LOSSES', () => {
    fc.assert(
      fc.property(
        designArbitrary((design) => nmcliTarget.check(design)),
        (design) => {
          const files = nmcliTarget
            .render(design as ValidDesign)
            .filter((file) => file.path.endsWith('.sh'))
            .map((file) => ({ path: file.path, text: file.contents }));
          expect(importFiles(files)).toEqual({
            ok: true,
            format: 'nmcli',
            notes: [],
            design: { version: 1, ...expectedBack(design) },
          });
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
  }, 120_000);
});
