/**
 * Tests of the ifupdown importer: Debian's documented bonding stanzas (ifenslave and ifupdown2
 * spellings), exact notes with file and line, and the round trip through the ifupdown target.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ifupdownTarget } from '../export/targets/ifupdown';
import type { Bond, Design, Nic, ValidDesign } from '../model/types';
import { importFiles } from './index';
import { parseIfupdown, ROUND_TRIP_LOSSES } from './ifupdown';
import { designArbitrary } from './testing/design-arbitrary';
import type { SourceFile } from './types';

function interfaces(lines: readonly string[]): SourceFile {
  return { path: 'etc/network/interfaces', text: `${lines.join('\n')}\n` };
}

describe('parseIfupdown', () => {
  it('reads the Debian wiki example (bond-slaves, bond-* options, static address)', () => {
    const result = parseIfupdown([
      interfaces([
        '# The loopback network interface',
        'auto lo',
        'iface lo inet loopback',
        '',
        'auto bond0',
        'iface bond0 inet static',
        '    address 10.31.1.5',
        '    netmask 255.255.255.0',
        '    network 10.31.1.0',
        '    gateway 10.31.1.254',
        '    bond-slaves eth0 eth1',
        '    bond-mode active-backup',
        '    bond-miimon 100',
        '    bond-downdelay 200',
        '    bond-updelay 200',
        '    bond-primary eth0',
      ]),
    ]);
    expect(result).toEqual({
      nics: [{ name: 'eth0' }, { name: 'eth1' }],
      bonds: [
        {
          name: 'bond0',
          mode: 'active-backup',
          slaves: ['eth0', 'eth1'],
          options: { miimon: 100, downdelay: 200, updelay: 200, primary: 'eth0' },
          ipv4: { method: 'static', address: '10.31.1.5', prefix: 24, gateway: '10.31.1.254' },
        },
      ],
      notes: [
        {
          severity: 'warning',
          code: 'ifupdown-option-not-imported',
          file: 'etc/network/interfaces',
          line: 9,
          params: { option: 'network' },
        },
      ],
    });
  });

  it('reads bond-master on slave stanzas, numbers and the address/prefix form', () => {
    const result = parseIfupdown([
      interfaces([
        'auto eth1',
        'iface eth1 inet manual',
        '    bond-master bond0',
        'auto eth0',
        'iface eth0 inet manual',
        '    bond-master bond0',
        'auto bond0',
        'iface bond0 inet static',
        '    address 192.168.10.2/24',
        '    bond-slaves none',
        '    bond-mode 4',
        '    bond-lacp-rate 1',
        '    bond-xmit-hash-policy layer3+4',
        '    bond-arp-ip-target 10.0.0.1',
        '    mtu 9000',
      ]),
    ]);
    expect(result.bonds).toEqual([
      {
        name: 'bond0',
        mode: '802.3ad',
        slaves: ['eth1', 'eth0'],
        options: { lacp_rate: 'fast', xmit_hash_policy: 'layer3+4', arp_ip_target: ['10.0.0.1'] },
        ipv4: { method: 'static', address: '192.168.10.2', prefix: 24 },
        mtu: 9000,
      },
    ]);
    expect(result.nics).toEqual([{ name: 'eth1' }, { name: 'eth0' }]);
    expect(result.notes).toEqual([]);
  });

  it.each([
    {
      name: 'a line outside any stanza',
      lines: ['source /etc/network/interfaces.d/*'],
      note: {
        severity: 'warning',
        code: 'line-not-understood',
        file: 'etc/network/interfaces',
        line: 1,
        params: { text: 'source /etc/network/interfaces.d/*' },
      },
    },
    {
      name: 'an inet6 stanza',
      lines: ['iface bond0 inet6 auto'],
      note: {
        severity: 'warning',
        code: 'ifupdown-family-not-imported',
        file: 'etc/network/interfaces',
        line: 1,
        params: { name: 'bond0', family: 'inet6' },
      },
    },
    {
      name: 'a bridge',
      lines: ['iface br0 inet dhcp', '  bridge-ports bond0'],
      note: {
        severity: 'info',
        code: 'interface-not-imported',
        file: 'etc/network/interfaces',
        line: 1,
        params: { name: 'br0' },
      },
    },
    {
      name: 'an unknown bond option',
      lines: ['iface bond0 inet manual', '  bond-mode 1', '  bond-frobnicate 3'],
      note: {
        severity: 'warning',
        code: 'option-unknown',
        file: 'etc/network/interfaces',
        line: 3,
        params: { option: 'frobnicate' },
      },
    },
    {
      name: 'a command hook on a bond',
      lines: ['iface bond0 inet manual', '  bond-mode 1', '  post-up /usr/local/bin/tune bond0'],
      note: {
        severity: 'warning',
        code: 'ifupdown-option-not-imported',
        file: 'etc/network/interfaces',
        line: 3,
        params: { option: 'post-up' },
      },
    },
  ])('notes $name', ({ lines, note }) => {
    expect(parseIfupdown([interfaces(lines)]).notes).toEqual([note]);
  });
});

// The design as an ifupdown export reads back, per ROUND_TRIP_LOSSES.
function expectedBack(design: Design): { nics: Nic[]; bonds: Bond[] } {
  const nics = design.bonds.flatMap((bond) =>
    bond.slaves.map((name) => {
      const model = design.nics.find((nic) => nic.name === name)?.model;
      return model === undefined ? { name } : { name, model };
    }),
  );
  const bonds = design.bonds.map((bond) => {
    const { ipv4, ...rest } = bond;
    return { ...rest, ...(ipv4 === undefined || ipv4.method === 'none' ? {} : { ipv4 }) };
  });
  return { nics, bonds };
}

const MODELS = ['Intel Corporation 82574L Gigabit Network Connection', undefined];

describe('ifupdown round trip', () => {
  it('lists its losses', () => {
    expect(Object.keys(ROUND_TRIP_LOSSES)).toEqual([
      'nicOrder',
      'nicsOutsideBonds',
      'ipv4None',
      'nicDetails',
      'host',
    ]);
  });

  it('gives back every generated design modulo ROUND_TRIP_LOSSES', () => {
    const withModels = designArbitrary((design) => ifupdownTarget.check(design)).chain((design) =>
      fc
        .constantFrom(...MODELS)
        .map((model): Design =>
          model === undefined
            ? design
            : { ...design, nics: design.nics.map((nic) => ({ ...nic, model })) },
        ),
    );
    fc.assert(
      fc.property(withModels, (design) => {
        const files = ifupdownTarget
          .render(design as ValidDesign)
          .filter((out) => out.path.endsWith('interfaces'))
          .map((out) => ({ path: out.path, text: out.contents }));
        expect(importFiles(files)).toEqual({
          ok: true,
          format: 'ifupdown',
          notes: [],
          design: { version: 1, ...expectedBack(design) },
        });
      }),
      { seed: 42, numRuns: 1000 },
    );
  }, 120_000);
});
