/**
 * Tests of the NetworkManager keyfile importer: exact results for hand-written and
 * nmcli-generated profiles, notes for what it does not use, and the round trip through the
 * nm-keyfile export target.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nmKeyfileTarget } from '../export/targets/nm-keyfile';
import { BOND_MODE_INFO } from '../model/bond-modes';
import type { Bond, Design, ValidDesign } from '../model/types';
import { parseNmKeyfile, ROUND_TRIP_LOSSES } from './nm-keyfile';
import { designArbitrary } from './testing/design-arbitrary';

// What nmcli 1.46 writes for `nmcli con add type bond ifname bond0 bond.options
// mode=802.3ad,miimon=100,lacp_rate=fast ipv4.method manual ipv4.addresses 10.0.0.5/24
// ipv4.gateway 10.0.0.1` and `nmcli con add type ethernet ifname ens1f0 controller bond0`.
const NMCLI_BOND = `[connection]
id=bond-bond0
uuid=4b4c8d5e-1f1a-4a52-9bd8-4c3f0b1f6a10
type=bond
interface-name=bond0

[ethernet]

[bond]
lacp_rate=fast
miimon=100
mode=802.3ad

[ipv4]
address1=10.0.0.5/24
gateway=10.0.0.1
method=manual

[ipv6]
addr-gen-mode=default
method=auto

[proxy]
`;

const NMCLI_PORT = `[connection]
id=bond-slave-ens1f0
uuid=0c3a1f3e-55a8-4d7e-9f0f-1b2c3d4e5f60
type=ethernet
controller=bond0
interface-name=ens1f0
port-type=bond

[ethernet]
mac-address=00:1B:21:0A:0B:0C

[proxy]
`;

describe('parseNmKeyfile', () => {
  it('reads nmcli-generated bond and port profiles', () => {
    const result = parseNmKeyfile([
      { path: 'bond-bond0.nmconnection', text: NMCLI_BOND },
      { path: 'bond-slave-ens1f0.nmconnection', text: NMCLI_PORT },
    ]);
    expect(result).toEqual({
      nics: [{ name: 'ens1f0', mac: '00:1b:21:0a:0b:0c' }],
      bonds: [
        {
          name: 'bond0',
          mode: '802.3ad',
          slaves: ['ens1f0'],
          options: { lacp_rate: 'fast', miimon: 100 },
          ipv4: { method: 'static', address: '10.0.0.5', prefix: 24, gateway: '10.0.0.1' },
        },
      ],
      notes: [],
    });
  });

  it.each([
    [
      'numbers for mode and on/off',
      'mode=1\nuse_carrier=0\nlacp_rate=1',
      {
        mode: 'active-backup',
        options: { use_carrier: 'off', lacp_rate: 'fast' },
        notes: [],
      },
    ],
    [
      'an unknown option',
      'mode=balance-rr\nturbo=1',
      {
        mode: 'balance-rr',
        options: {},
        notes: [
          {
            severity: 'warning',
            code: 'option-unknown',
            file: 'b',
            line: 6,
            params: { option: 'turbo' },
          },
        ],
      },
    ],
    [
      'a bad value',
      'mode=balance-rr\nmiimon=fast',
      {
        mode: 'balance-rr',
        options: {},
        notes: [
          {
            severity: 'warning',
            code: 'option-value-invalid',
            file: 'b',
            line: 6,
            params: { option: 'miimon', value: 'fast' },
          },
        ],
      },
    ],
    [
      'an unknown mode',
      'mode=9',
      {
        mode: 'balance-rr',
        options: {},
        notes: [
          { severity: 'warning', code: 'mode-unknown', file: 'b', line: 5, params: { value: '9' } },
        ],
      },
    ],
  ])('reads [bond] with %s', (_name, bondGroup, expected) => {
    const text = `[connection]\ntype=bond\ninterface-name=bond1\n[bond]\n${bondGroup}\n`;
    const result = parseNmKeyfile([{ path: 'b', text }]);
    expect(result.bonds.map((bond) => [bond.mode, bond.options])).toEqual([
      [expected.mode, expected.options],
    ]);
    expect(result.notes).toEqual(expected.notes);
  });

  it('unescapes GLib values and reads address1 with an inline gateway', () => {
    const text =
      '[connection]\nid=\\sbond\\\\x\ntype=bond\ninterface-name=bond0\n[ipv4]\nmethod=manual\naddress1=192.168.1.3/24,192.168.1.1\n';
    const port =
      '[connection]\ntype=ethernet\nmaster=\\sbond\\\\x\nslave-type=bond\ninterface-name=eth0\n';
    const result = parseNmKeyfile([
      { path: 'a', text },
      { path: 'p', text: port },
    ]);
    expect(result.bonds).toEqual([
      {
        name: 'bond0',
        mode: 'balance-rr',
        slaves: ['eth0'],
        options: {},
        ipv4: { method: 'static', address: '192.168.1.3', prefix: 24, gateway: '192.168.1.1' },
      },
    ]);
    expect(result.notes).toEqual([]);
  });

  it('notes every line and profile it does not use, with file and line', () => {
    const bond =
      '[connection]\ntype=bond\ninterface-name=bond0\nzone=trusted\ngarbage\n[ipv4]\nmethod=link-local\ndns=1.1.1.1;\n';
    const wifi = '[connection]\ntype=wifi\ninterface-name=wlan0\n';
    const orphan =
      '[connection]\ntype=ethernet\nmaster=bond9\nslave-type=bond\ninterface-name=eth5\n';
    const result = parseNmKeyfile([
      { path: 'bond0.nmconnection', text: bond },
      { path: 'wifi.nmconnection', text: wifi },
      { path: 'orphan.nmconnection', text: orphan },
    ]);
    expect(result.bonds).toEqual([{ name: 'bond0', mode: 'balance-rr', slaves: [], options: {} }]);
    expect(result.notes).toEqual([
      {
        severity: 'warning',
        code: 'line-not-understood',
        file: 'bond0.nmconnection',
        line: 5,
        params: { text: 'garbage' },
      },
      {
        severity: 'warning',
        code: 'ipv4-method-unsupported',
        file: 'bond0.nmconnection',
        line: 7,
        params: { value: 'link-local' },
      },
      {
        severity: 'warning',
        code: 'line-not-understood',
        file: 'bond0.nmconnection',
        line: 4,
        params: { text: '[connection] zone=trusted' },
      },
      {
        severity: 'warning',
        code: 'line-not-understood',
        file: 'bond0.nmconnection',
        line: 8,
        params: { text: '[ipv4] dns=1.1.1.1;' },
      },
      {
        severity: 'warning',
        code: 'profile-not-imported',
        file: 'wifi.nmconnection',
        params: { type: 'wifi' },
      },
      {
        severity: 'warning',
        code: 'master-unknown',
        file: 'orphan.nmconnection',
        params: { master: 'bond9' },
      },
    ]);
  });
});

/** The design as the nm-keyfile target writes it back: ROUND_TRIP_LOSSES applied. */
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

describe('nm-keyfile round trip', () => {
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
        designArbitrary((design) => nmKeyfileTarget.check(design)),
        (design) => {
          const files = nmKeyfileTarget
            .render(design as ValidDesign)
            .filter((file) => file.path.endsWith('.nmconnection'))
            .map((file) => ({ path: file.path, text: file.contents }));
          const result = parseNmKeyfile(files);
          expect(result.notes).toEqual([]);
          expect({ nics: result.nics, bonds: result.bonds }).toEqual(expectedBack(design));
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
  }, 60_000);
});
