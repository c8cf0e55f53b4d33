/**
 * The netplan YAML through `netplan generate --root-dir` (validators.md §1) for every matrix design
 * and designs that use every parameter netplan can write: it must exit 0 and produce networkd
 * files for every bond and slave (networkd-tools.test.ts feeds those to systemd-networkd).
 * Negative controls prove netplan refuses broken YAML. Then the meaning cross-check: what netplan
 * makes of our YAML for networkd must carry the [Bond] settings of our own networkd files, and
 * what it makes for NetworkManager the [bond] options of the design (and of our nm-keyfile files).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseMode } from '../../model/bond-modes';
import { formatOptionValue, isOptionName, OPTION_INFO, OPTION_NAMES } from '../../model/options';
import type { Bond, Design } from '../../model/types';
import { validateDesign } from '../../model/validate';
import { listFiles, netplanGenerate } from '../../../tools/validators/index';
import { asValid, seedDesign } from '../testing/designs';
import { MATRIX } from '../testing/matrix';
import { NETPLAN_PATH, netplanTarget } from './netplan';
import { NETPLAN_SUPPORT } from './netplan/parameters';
import { networkdTarget } from './networkd';
import { nmKeyfileTarget } from './nm-keyfile';

const FILE_NAME = NETPLAN_PATH.split('/').at(-1) ?? NETPLAN_PATH;

function yamlOf(design: Design): string {
  return netplanTarget.render(asValid(design)).find((f) => f.path === NETPLAN_PATH)?.contents ?? '';
}

const generated = new Map<string, ReturnType<typeof netplanGenerate>>();

/** netplan generate over one YAML file; each text runs once, whichever test asks first. */
function generate(yaml: string): ReturnType<typeof netplanGenerate> {
  const result = generated.get(yaml) ?? netplanGenerate({ [FILE_NAME]: yaml });
  generated.set(yaml, result);
  return result;
}

function seedWith(change: (d: Design) => void): Design {
  const design = seedDesign();
  change(design);
  return design;
}

/** Designs that use every parameter netplan writes. */
const NETPLAN_FULL_OPTIONS: [string, Design][] = [
  [
    '802.3ad with every LACP parameter',
    seedWith((d) => {
      d.bonds[0]!.mode = '802.3ad';
      d.bonds[0]!.options = {
        miimon: 100,
        updelay: 200,
        downdelay: 200,
        xmit_hash_policy: 'encap2+3',
        lacp_rate: 'fast',
        ad_select: 'count',
        min_links: 1,
        all_slaves_active: 'on',
      };
    }),
  ],
  [
    'active-backup with ARP monitoring and every failover parameter',
    seedWith((d) => {
      d.bonds[0]!.options = {
        arp_interval: 500,
        arp_ip_target: ['192.168.1.1', '192.168.1.2'],
        arp_validate: 'active',
        arp_all_targets: 'all',
        primary: 'eth1',
        primary_reselect: 'failure',
        fail_over_mac: 'follow',
        num_grat_arp: 2,
        num_unsol_na: 2,
        resend_igmp: 3,
      };
    }),
  ],
  [
    'balance-alb with learn-packet-interval',
    seedWith((d) => {
      d.bonds[0]!.mode = 'balance-alb';
      d.bonds[0]!.options = { miimon: 100, lp_interval: 3, primary: 'eth0' };
    }),
  ],
  [
    'balance-rr with packets-per-member',
    seedWith((d) => {
      d.bonds[0]!.mode = 'balance-rr';
      d.bonds[0]!.options = { miimon: 100, packets_per_slave: 5 };
    }),
  ],
];

/** The networkd files netplan generated under `root`. */
function generatedNetworkd(root: string): string[] {
  const dir = join(root, 'run/systemd/network');
  return existsSync(dir) ? listFiles(dir) : [];
}

function expectedNetworkd(design: Design): string[] {
  return design.bonds
    .flatMap((bond) => [
      `10-netplan-${bond.name}.netdev`,
      `10-netplan-${bond.name}.network`,
      ...bond.slaves.map((slave) => `10-netplan-${slave}.network`),
    ])
    .sort();
}

const accepted = MATRIX.filter((c) => netplanTarget.check(c.design).length === 0);
const refused = MATRIX.filter((c) => netplanTarget.check(c.design).length > 0);

describe('netplan matrix through netplan generate', () => {
  it('has at least 30 designs, and netplan takes most of them', () => {
    expect(MATRIX.length).toBeGreaterThanOrEqual(30);
    expect(accepted.length).toBeGreaterThanOrEqual(28);
  });

  it.each([...accepted.map((c) => [c.name, c.design] as const), ...NETPLAN_FULL_OPTIONS])(
    '%s: netplan generate accepts it and writes every networkd file',
    (_name, design) => {
      expect(validateDesign(design).findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(netplanTarget.check(design)).toEqual([]);
      const { problems, root } = generate(yamlOf(design));
      expect(problems).toEqual([]);
      expect(generatedNetworkd(root)).toEqual(expectedNetworkd(design));
    },
  );

  it.each(refused.map((c) => [c.name, c.design] as const))(
    '%s: refused only for options or values netplan lacks',
    (_name, design) => {
      for (const finding of netplanTarget.check(design)) {
        expect(finding.code).toMatch(/^target-option-(value-)?unsupported$/);
        const option = String(finding.params?.option);
        const supported = NETPLAN_SUPPORT[option as keyof typeof NETPLAN_SUPPORT];
        expect(supported === undefined || Array.isArray(supported)).toBe(true);
      }
    },
  );
});

describe('netplan drops zero values: why check refuses them', () => {
  it.each([
    ['packets_per_slave', 'balance-rr', 'packets-per-member: 0', 'PacketsPerSlave'],
    ['num_grat_arp', 'active-backup', 'gratuitous-arp: 0', 'GratuitousARP'],
    ['resend_igmp', 'active-backup', 'resend-igmp: 0', 'ResendIGMP'],
    ['min_links', '802.3ad', 'min-links: 0', 'MinLinks'],
    ['all_slaves_active', 'active-backup', 'all-members-active: false', 'AllSlavesActive'],
  ])('%s: netplan accepts the YAML and writes no %s', (_option, mode, line, key) => {
    const yaml = yamlOf(seedDesign())
      .replace('mode: active-backup', `mode: ${mode}`)
      .replace('mii-monitor-interval: 100', `mii-monitor-interval: 100\n        ${line}`);
    const { problems, root } = netplanGenerate({ [FILE_NAME]: yaml });
    expect(problems).toEqual([]);
    expect(
      readFileSync(join(root, 'run/systemd/network/10-netplan-bond0.netdev'), 'utf8'),
    ).not.toContain(key);
  });
});

describe('netplan negative controls: netplan generate does refuse', () => {
  it.each<[string, (yaml: string) => string, RegExp]>([
    [
      'a bad mode',
      (y) => y.replace('mode: active-backup', 'mode: active-bogus'),
      /unknown bond mode/,
    ],
    [
      'an unknown parameter',
      (y) => y.replace('mii-monitor-interval: 100', 'frobnicate: 1'),
      /unknown key 'frobnicate'/,
    ],
    [
      'a member not under ethernets',
      (y) => y.replace('    eth1: {}\n', ''),
      /interface 'eth1' is not defined/,
    ],
    ['broken YAML', (y) => y.replace('[eth0, eth1]', '[eth0, eth1'), /Invalid YAML/],
  ])('%s', (_name, breakIt, message) => {
    const yaml = breakIt(yamlOf(seedDesign()));
    expect(yaml).not.toBe(yamlOf(seedDesign()));
    const { problems } = netplanGenerate({ [FILE_NAME]: yaml });
    expect(problems.join('\n')).toMatch(message);
  });
});

type Sections = Map<string, Map<string, string>>;

/** Sections of an INI-style file (systemd unit or NM keyfile); comments and blanks skipped. */
function parseIni(text: string): Sections {
  const sections: Sections = new Map();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || /^[#;]/.test(line)) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      current = sections.get(header[1]!) ?? new Map<string, string>();
      sections.set(header[1]!, current);
      continue;
    }
    const eq = line.indexOf('=');
    if (current === undefined || eq < 0) throw new Error(`not an INI line: ${line}`);
    current.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return sections;
}

function section(text: string, name: string): Map<string, string> {
  return parseIni(text).get(name) ?? new Map<string, string>();
}

const NETWORKD_BOOLEANS = new Set(['AllSlavesActive', 'DynamicTransmitLoadBalancing']);

/** A networkd value by what it means: time spans in ms, booleans, lists, else the text. */
function networkdMeaning(key: string, value: string): string | number | boolean | string[] {
  if (key.endsWith('Sec')) {
    const span = /^([0-9]+)(ms|s|)$/.exec(value);
    if (!span) throw new Error(`unexpected time span ${key}=${value}`);
    return Number(span[1]) * (span[2] === 'ms' ? 1 : 1000);
  }
  if (NETWORKD_BOOLEANS.has(key)) return ['1', 'yes', 'true', 'on'].includes(value);
  if (key === 'ARPIPTargets') return value.split(/\s+/);
  return value;
}

/** [Bond] of a bond's .netdev and the PrimarySlave/ActiveSlave booleans of its slaves. */
function networkdBond(
  read: (file: string) => string,
  bond: Bond,
  prefix: string,
): Record<string, unknown> {
  const entries = section(read(`${prefix}${bond.name}.netdev`), 'Bond');
  const slaves = bond.slaves.map((slave) => {
    const network = section(read(`${prefix}${slave}.network`), 'Network');
    return [
      slave,
      {
        Bond: network.get('Bond'),
        PrimarySlave: network.get('PrimarySlave') === 'true',
        ActiveSlave: network.get('ActiveSlave') === 'true',
      },
    ];
  });
  return {
    bond: Object.fromEntries(
      [...entries].map(([key, value]) => [key, networkdMeaning(key, value)]),
    ),
    slaves: Object.fromEntries(slaves),
  };
}

/**
 * Kernel options by meaning: mode and enums as kernel names (NetworkManager may write numbers),
 * lists as arrays, and num_unsol_na folded into num_grat_arp (one kernel setting, which netplan
 * writes under both names).
 */
function kernelMeaning(options: Map<string, string>): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of options) {
    if (key === 'mode') {
      result.mode = parseMode(value) ?? `invalid:${value}`;
    } else if (!isOptionName(key)) {
      result[key] = value;
    } else {
      const info = OPTION_INFO[key];
      const name = key === 'num_unsol_na' ? 'num_grat_arp' : key;
      if (info.kind === 'enum' && /^[0-9]+$/.test(value)) {
        result[name] = info.values?.[Number(value)] ?? `invalid:${value}`;
      } else {
        result[name] = info.kind.endsWith('-list') ? value.split(',') : value;
      }
    }
  }
  return result;
}

function designKernelOptions(bond: Bond): Map<string, string> {
  const options = new Map<string, string>([['mode', bond.mode]]);
  for (const name of OPTION_NAMES) {
    const value = bond.options[name];
    if (value !== undefined) options.set(name, formatOptionValue(name, value));
  }
  return options;
}

/**
 * The [bond] options of our nm-keyfile profiles by bond name, or undefined when that target
 * refuses the design.
 */
function nmKeyfileBonds(
  design: Design,
): Map<string, Record<string, string | string[]>> | undefined {
  if (nmKeyfileTarget.check(design).length > 0) return undefined;
  const bonds = new Map<string, Record<string, string | string[]>>();
  for (const file of nmKeyfileTarget.render(asValid(design))) {
    if (!file.path.endsWith('.nmconnection')) continue;
    const connection = section(file.contents, 'connection');
    const name = connection.get('interface-name');
    if (connection.get('type') === 'bond' && name !== undefined) {
      bonds.set(name, kernelMeaning(section(file.contents, 'bond')));
    }
  }
  return bonds;
}

function withRenderer(yaml: string, renderer: string): string {
  const tree = parse(yaml) as { network: Record<string, unknown> };
  tree.network.renderer = renderer;
  return stringify(tree);
}

const bothAccept = [...MATRIX.map((c) => [c.name, c.design] as const), ...NETPLAN_FULL_OPTIONS]
  .filter(([, design]) => netplanTarget.check(design).length === 0)
  .filter(([, design]) => networkdTarget.check(design).length === 0);

describe('netplan meaning cross-check', () => {
  it('covers every matrix design', () => {
    expect(bothAccept.length).toBeGreaterThanOrEqual(MATRIX.length);
  });

  it.each(bothAccept)(
    '%s: netplan’s networkd files carry the [Bond] settings of ours',
    (_name, design) => {
      const { problems, root } = generate(yamlOf(design));
      expect(problems).toEqual([]);
      const theirs = (file: string): string =>
        readFileSync(join(root, 'run/systemd/network', file), 'utf8');
      const ours = new Map(
        networkdTarget
          .render(asValid(design))
          .map((f) => [f.path.split('/').at(-1) ?? f.path, f.contents]),
      );
      const read = (file: string): string => ours.get(file) ?? '';
      for (const bond of design.bonds) {
        expect(networkdBond(theirs, bond, '10-netplan-')).toEqual(networkdBond(read, bond, '25-'));
      }
    },
  );

  it.each(bothAccept)(
    '%s: netplan’s NetworkManager files carry the design’s kernel options',
    (_name, design) => {
      const { problems, root } = netplanGenerate({
        [FILE_NAME]: withRenderer(yamlOf(design), 'NetworkManager'),
      });
      expect(problems).toEqual([]);
      const keyfiles = nmKeyfileBonds(design);
      for (const bond of design.bonds) {
        const path = join(
          root,
          `run/NetworkManager/system-connections/netplan-${bond.name}.nmconnection`,
        );
        const expected = kernelMeaning(designKernelOptions(bond));
        expect(kernelMeaning(section(readFileSync(path, 'utf8'), 'bond'))).toEqual(expected);
        expect(keyfiles === undefined ? expected : keyfiles.get(bond.name)).toEqual(expected);
      }
    },
  );

  it('compares with the nm-keyfile target for most designs', () => {
    expect(
      bothAccept.filter(([, design]) => nmKeyfileBonds(design) !== undefined).length,
    ).toBeGreaterThanOrEqual(28);
  });

  it('would notice a difference: a changed option breaks the comparison', () => {
    const bond = seedDesign().bonds[0]!;
    const changed = new Map(designKernelOptions(bond)).set('miimon', '200');
    expect(kernelMeaning(changed)).not.toEqual(kernelMeaning(designKernelOptions(bond)));
    expect(kernelMeaning(new Map([['all_slaves_active', '1']]))).toEqual({
      all_slaves_active: 'on',
    });
    expect(kernelMeaning(new Map([['num_unsol_na', '3']]))).toEqual({ num_grat_arp: '3' });
    expect(networkdMeaning('LearnPacketIntervalSec', '5')).toBe(
      networkdMeaning('LearnPacketIntervalSec', '5s'),
    );
    expect(networkdMeaning('MIIMonitorSec', '100')).not.toBe(
      networkdMeaning('MIIMonitorSec', '100ms'),
    );
  });
});
