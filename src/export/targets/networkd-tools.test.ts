/**
 * Files through systemd-networkd's own parser (validators.md §7): our networkd bundle for every
 * matrix design and for designs that use every option networkd can write, and the networkd files
 * `netplan generate` makes from our netplan YAML (netplan 0.106 passes values through unchecked,
 * validators.md §1), each set in its own folder.
 * The runs go in parallel (each is a second of networkd in its own namespaces), and each folder
 * holds a canary file the parser must complain about, so a pass proves the folder was read.
 * Negative controls prove the parser complains about broken files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { validateDesign } from '../../model/validate';
import {
  checkNetworkdDirs,
  listFiles,
  netplanGenerate,
  writeNetworkdDir,
} from '../../../tools/validators/index';
import { asValid, seedDesign } from '../testing/designs';
import { MATRIX } from '../testing/matrix';
import { NETPLAN_PATH, netplanTarget } from './netplan';
import { networkdTarget } from './networkd';
import { NETWORKD_SUPPORT } from './networkd/bond-keys';

function renderDir(design: Design): string {
  return writeNetworkdDir(
    networkdTarget.render(asValid(design)).filter((file) => file.path !== 'README.txt'),
  );
}

function seedWith(change: (d: Design) => void): Design {
  const design = seedDesign();
  change(design);
  return design;
}

/** Designs that use every option networkd writes, with the values systemd 252 knows. */
const FULL_OPTIONS: [string, Design][] = [
  [
    '802.3ad with every LACP option',
    seedWith((d) => {
      d.bonds[0]!.mode = '802.3ad';
      d.bonds[0]!.options = {
        miimon: 100,
        updelay: 200,
        downdelay: 200,
        xmit_hash_policy: 'encap3+4',
        lacp_rate: 'fast',
        ad_select: 'count',
        ad_actor_sys_prio: 100,
        ad_actor_system: '02:00:00:00:00:01',
        ad_user_port_key: 5,
        min_links: 1,
        all_slaves_active: 'on',
      };
    }),
  ],
  [
    'active-backup with ARP monitoring and every failover option',
    seedWith((d) => {
      d.bonds[0]!.options = {
        arp_interval: 500,
        arp_ip_target: ['192.168.1.1', '192.168.1.2'],
        arp_validate: 'backup',
        arp_all_targets: 'all',
        primary: 'eth1',
        primary_reselect: 'failure',
        active_slave: 'eth1',
        fail_over_mac: 'follow',
        num_grat_arp: 2,
        num_unsol_na: 2,
        resend_igmp: 3,
        all_slaves_active: 'off',
      };
    }),
  ],
  [
    'balance-tlb with its own options',
    seedWith((d) => {
      d.bonds[0]!.mode = 'balance-tlb';
      d.bonds[0]!.options = {
        miimon: 100,
        tlb_dynamic_lb: 'off',
        lp_interval: 3,
        xmit_hash_policy: 'layer2+3',
        primary: 'eth0',
      };
    }),
  ],
  [
    'balance-rr with packets_per_slave',
    seedWith((d) => {
      d.bonds[0]!.mode = 'balance-rr';
      d.bonds[0]!.options = { miimon: 100, packets_per_slave: 0 };
    }),
  ],
];

function brokenSeed(): { path: string; contents: string }[] {
  return networkdTarget
    .render(asValid(seedDesign()))
    .filter((file) => file.path !== 'README.txt')
    .map((file) => {
      if (file.path.endsWith('25-bond0.netdev')) {
        const contents = file.contents
          .replace('Mode=active-backup', 'Mode=active-bogus')
          .replace('MIIMonitorSec=100ms', 'MIIMonitorSec=abc\nFrobnicate=1');
        return { ...file, contents };
      }
      if (file.path.endsWith('25-eth1.network')) {
        return { ...file, contents: file.contents.replace('Bond=bond0', 'Bond=bond7') };
      }
      return file;
    });
}

function seedNetdevWith(line: string): { path: string; contents: string }[] {
  const [netdev] = networkdTarget.render(asValid(seedDesign()));
  return [{ path: netdev!.path, contents: `${netdev!.contents}${line}\n` }];
}

/** The networkd files `netplan generate` makes from our netplan YAML, in a folder for networkd. */
function netplanOutputDir(design: Design): string {
  const yaml = netplanTarget.render(asValid(design)).find((f) => f.path === NETPLAN_PATH);
  const { problems, root } = netplanGenerate({ 'bondsmith.yaml': yaml?.contents ?? '' });
  if (problems.length > 0) throw new Error(`netplan generate refused: ${problems.join(' | ')}`);
  const generated = join(root, 'run/systemd/network');
  return writeNetworkdDir(
    listFiles(generated).map((path) => ({
      path,
      contents: readFileSync(join(generated, path), 'utf8'),
    })),
  );
}

const accepted = MATRIX.filter((c) => networkdTarget.check(c.design).length === 0);
const viaNetplan = MATRIX.filter((c) => netplanTarget.check(c.design).length === 0);
const refused = MATRIX.filter((c) => networkdTarget.check(c.design).length > 0);
const BROKEN: [string, { path: string; contents: string }[]][] = [
  ['broken seed', brokenSeed()],
  ['vlan+srcmac', seedNetdevWith('TransmitHashPolicy=vlan+srcmac')],
  ['filter_active', seedNetdevWith('ARPValidate=filter_active')],
];
const complaints = new Map<string, string[]>();

beforeAll(async () => {
  const runs: [string, string][] = [
    ...accepted.map((c): [string, string] => [c.name, renderDir(c.design)]),
    ...FULL_OPTIONS.map(([name, design]): [string, string] => [name, renderDir(design)]),
    ...BROKEN.map(([name, files]): [string, string] => [name, writeNetworkdDir(files)]),
    ...viaNetplan.map((c): [string, string] => [`netplan ${c.name}`, netplanOutputDir(c.design)]),
  ];
  const results = await checkNetworkdDirs(runs.map(([, dir]) => dir));
  runs.forEach(([name], index) => complaints.set(name, results[index] ?? []));
}, 180_000);

describe('networkd matrix through systemd-networkd', () => {
  it('has at least 30 designs, and networkd takes most of them', () => {
    expect(MATRIX.length).toBeGreaterThanOrEqual(30);
    expect(accepted.length).toBeGreaterThanOrEqual(28);
  });

  it.each(accepted.map((c) => c.name))('%s: parsed without complaint', (name) => {
    expect(complaints.get(name)).toEqual([]);
  });

  it.each(refused.map((c) => [c.name, c.design] as const))(
    '%s: refused only for options or values networkd lacks',
    (_name, design) => {
      for (const finding of networkdTarget.check(design)) {
        expect(finding.code).toMatch(/^target-option-(value-)?unsupported$/);
        const option = String(finding.params?.option);
        const supported = NETWORKD_SUPPORT[option as keyof typeof NETWORKD_SUPPORT];
        expect(supported === undefined || Array.isArray(supported)).toBe(true);
      }
    },
  );

  it.each(FULL_OPTIONS)('%s: a valid design networkd parses without complaint', (name, design) => {
    expect(validateDesign(design).findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(networkdTarget.check(design)).toEqual([]);
    expect(complaints.get(name)).toEqual([]);
  });
});

describe('netplan’s networkd output through systemd-networkd', () => {
  it('covers the matrix designs netplan takes', () => {
    expect(viaNetplan.length).toBeGreaterThanOrEqual(28);
  });

  it.each(viaNetplan.map((c) => c.name))('%s: parsed without complaint', (name) => {
    expect(complaints.get(`netplan ${name}`)).toEqual([]);
  });
});

describe('networkd negative controls: the parser does complain', () => {
  it('reports a bad mode, a bare-word time, an unknown key and a missing bond', () => {
    const text = (complaints.get('broken seed') ?? []).join('\n');
    expect(text).toMatch(/25-bond0\.netdev:\d+: Failed to parse bond mode/);
    expect(text).toMatch(/25-bond0\.netdev:\d+: Failed to parse sec value/);
    expect(text).toMatch(/Unknown key 'Frobnicate'/);
    expect(text).toMatch(/bond7/);
  });

  it.each(['vlan+srcmac', 'filter_active'])(
    'confirms why check refuses %s: systemd 252 cannot parse it',
    (value) => {
      expect((complaints.get(value) ?? []).join('\n')).toMatch(/Failed to parse bond/);
    },
  );
});
