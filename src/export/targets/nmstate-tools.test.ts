/**
 * nmstatectl cannot be installed here (validators.md §2: no Debian package), so the nmstate
 * files are read back with the yaml library under YAML 1.1 and 1.2 and checked against a strict
 * schema written from nmstate's rust/src/lib/ifaces/bond.rs (BondConfig, BondOptions and
 * BondPortConfig deny unknown fields), ip.rs and route.rs, plus bond.rs's validation rules.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Design } from '../../model/types';
import { validateDesign } from '../../model/validate';
import { asValid, seedDesign } from '../testing/designs';
import { MATRIX } from '../testing/matrix';
import { nmstateTarget } from './nmstate';

const u8 = z.number().int().min(0).max(255);
const u16 = z.number().int().min(0).max(65535);
const u32 = z.number().int().min(0).max(4294967295);
const ifname = z.string().regex(/^[^/:\s]{1,15}$/);
const ipv4 = z.string().regex(/^(\d{1,3})(\.\d{1,3}){3}$/);
const MODES = [
  'balance-rr',
  'active-backup',
  'balance-xor',
  'broadcast',
  '802.3ad',
  'balance-tlb',
  'balance-alb',
] as const;

const bondOptions = z.strictObject({
  ad_actor_sys_prio: u16.min(1).optional(),
  ad_actor_system: z
    .string()
    .regex(/^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$/)
    .optional(),
  ad_select: z.enum(['stable', 'bandwidth', 'count']).optional(),
  ad_user_port_key: u16.max(1023).optional(),
  all_slaves_active: z.enum(['dropped', 'delivered']).optional(),
  arp_all_targets: z.enum(['any', 'all']).optional(),
  arp_interval: u32.optional(),
  arp_ip_target: z
    .string()
    .regex(/^(\d{1,3}(\.\d{1,3}){3})(,\d{1,3}(\.\d{1,3}){3})*$/)
    .optional(),
  arp_validate: z
    .enum(['none', 'active', 'backup', 'all', 'filter', 'filter_active', 'filter_backup'])
    .optional(),
  downdelay: u32.optional(),
  fail_over_mac: z.enum(['none', 'active', 'follow']).optional(),
  lacp_rate: z.enum(['slow', 'fast']).optional(),
  lp_interval: u32.min(1).optional(),
  miimon: u32.optional(),
  min_links: u32.optional(),
  num_grat_arp: u8.optional(),
  num_unsol_na: u8.optional(),
  packets_per_slave: u32.max(65535).optional(),
  primary: ifname.optional(),
  primary_reselect: z.enum(['always', 'better', 'failure']).optional(),
  resend_igmp: u32.max(255).optional(),
  tlb_dynamic_lb: z.boolean().optional(),
  updelay: u32.optional(),
  use_carrier: z.boolean().optional(),
  xmit_hash_policy: z
    .enum(['layer2', 'layer3+4', 'layer2+3', 'encap2+3', 'encap3+4', 'vlan+srcmac'])
    .optional(),
  balance_slb: z.boolean().optional(),
  arp_missed_max: u8.optional(),
  lacp_active: z.boolean().optional(),
  ns_ip6_target: z.array(z.string().regex(/^[0-9A-Fa-f:.]+$/)).optional(),
});

const bondConfig = z.strictObject({
  mode: z.enum(MODES),
  options: bondOptions.optional(),
  port: z.array(ifname).optional(),
  'ports-config': z
    .array(
      z.strictObject({
        name: ifname,
        priority: z.number().int().optional(),
        'queue-id': u16.optional(),
      }),
    )
    .optional(),
});

const ipv4Config = z.strictObject({
  enabled: z.boolean(),
  dhcp: z.boolean().optional(),
  address: z
    .array(z.strictObject({ ip: ipv4, 'prefix-length': z.number().int().min(0).max(32) }))
    .optional(),
});

const iface = z.strictObject({
  name: ifname,
  type: z.enum(['bond', 'ethernet']),
  state: z.enum(['up', 'down', 'absent']),
  mtu: u32.min(68).optional(),
  ipv4: ipv4Config.optional(),
  ipv6: z.strictObject({ enabled: z.boolean() }).optional(),
  'link-aggregation': bondConfig.optional(),
});

const stateSchema = z.strictObject({
  interfaces: z.array(iface).min(1),
  routes: z
    .strictObject({
      config: z.array(
        z.strictObject({
          destination: z.string().regex(/^(\d{1,3})(\.\d{1,3}){3}\/\d{1,2}$/),
          'next-hop-address': ipv4,
          'next-hop-interface': ifname,
          metric: u32.optional(),
          'table-id': u32.optional(),
        }),
      ),
    })
    .optional(),
});

type State = z.infer<typeof stateSchema>;

// bond.rs post_inter_ifaces_process_bond and sanitize, plus the references between sections.
function ruleComplaints(state: State): string[] {
  const complaints: string[] = [];
  const names = new Set(state.interfaces.map((i) => i.name));
  const owners = new Map<string, string>();
  for (const i of state.interfaces) {
    const bond = i['link-aggregation'];
    if (i.type === 'ethernet' && bond) complaints.push(`${i.name}: link-aggregation on ethernet`);
    if (i.type !== 'bond' || i.state === 'absent') continue;
    if (!bond) {
      complaints.push(`${i.name}: Bond mode is mandatory for new bond interface`);
      continue;
    }
    const o = bond.options ?? {};
    if ((o.miimon ?? 0) > 0 && (o.arp_interval ?? 0) > 0)
      complaints.push(`${i.name}: Bond miimon and arp interval are not compatible options`);
    if (bond.mode !== '802.3ad' && (o.lacp_rate !== undefined || o.lacp_active !== undefined))
      complaints.push(`${i.name}: lacp_rate/lacp_active only valid in 802.3ad`);
    if ((o.arp_interval ?? 0) > 0 && ['802.3ad', 'balance-tlb', 'balance-alb'].includes(bond.mode))
      complaints.push(`${i.name}: arp_interval invalid in ${bond.mode}`);
    if (
      o.arp_interval === 0 &&
      ((o.arp_ip_target ?? '') !== '' || (o.ns_ip6_target ?? []).length > 0)
    )
      complaints.push(`${i.name}: targets only valid when arp_interval is enabled`);
    if (o.balance_slb && (bond.mode !== 'balance-xor' || o.xmit_hash_policy !== 'vlan+srcmac'))
      complaints.push(`${i.name}: balance-slb needs balance-xor and vlan+srcmac`);
    if (o.ad_actor_system?.toUpperCase().startsWith('01:00:5E'))
      complaints.push(`${i.name}: ad_actor_system multicast`);
    const queues = (bond['ports-config'] ?? []).flatMap((p) =>
      p['queue-id'] ? [p['queue-id']] : [],
    );
    if (new Set(queues).size !== queues.length) complaints.push(`${i.name}: shared queue-id`);
    const port = bond.port ?? [];
    const configured = (bond['ports-config'] ?? []).map((p) => p.name);
    if (bond['ports-config'] && [...port].sort().join() !== [...configured].sort().join())
      complaints.push(`${i.name}: port and ports-config conflict`);
    for (const p of port) {
      if (!names.has(p)) complaints.push(`${i.name}: port ${p} is not an interface of the state`);
      if (owners.has(p)) complaints.push(`${p}: port of ${owners.get(p)} and ${i.name}`);
      owners.set(p, i.name);
    }
  }
  for (const route of state.routes?.config ?? []) {
    const target = state.interfaces.find((i) => i.name === route['next-hop-interface']);
    if (!target?.ipv4?.enabled)
      complaints.push(`route via ${route['next-hop-interface']}: interface has IPv4 disabled`);
  }
  return complaints;
}

/** What nmstatectl would object to in `text` (empty = accepted). */
function nmstateComplaints(text: string): string[] {
  let data: unknown;
  try {
    data = parse(text, { version: '1.2' });
    if (JSON.stringify(parse(text, { version: '1.1' })) !== JSON.stringify(data)) {
      return ['YAML 1.1 and 1.2 read different data'];
    }
  } catch (error) {
    return [`YAML: ${(error as Error).message}`];
  }
  const result = stateSchema.safeParse(data);
  if (!result.success) {
    return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  }
  return ruleComplaints(result.data);
}

const workDir = mkdtempSync(join(tmpdir(), 'bondsmith-nmstate-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function writeAndReadBack(caseName: string, path: string, contents: string): string {
  const full = join(workDir, caseName, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, contents);
  return readFileSync(full, 'utf8');
}

const REFUSALS = ['target-option-unsupported', 'target-option-value-unsupported'];

function bundleComplaints(caseName: string, design: Design): string[] {
  const yamlFiles = nmstateTarget.render(asValid(design)).filter((f) => f.path.endsWith('.yml'));
  return [
    ...(yamlFiles.length === 2 ? [] : [`expected 2 YAML files, got ${yamlFiles.length}`]),
    ...yamlFiles.flatMap((file) =>
      nmstateComplaints(writeAndReadBack(caseName, file.path, file.contents)),
    ),
  ];
}

describe('nmstate matrix: every design read back against the nmstate schema', () => {
  it.each(MATRIX.map((c) => [c.name, c.design] as const))('%s', (caseName, design) => {
    expect(validateDesign(design).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const findings = nmstateTarget.check(design);
    expect(findings.filter((f) => f.severity !== 'error' || !REFUSALS.includes(f.code))).toEqual(
      [],
    );
    expect(findings.length > 0 ? [] : bundleComplaints(caseName, design)).toEqual([]);
  });
});

describe('nmstate schema: negative controls (the check can fail)', () => {
  const good =
    nmstateTarget.render(asValid(seedDesign())).find((f) => f.path === 'etc/nmstate/bondsmith.yml')
      ?.contents ?? '';

  it('accepts the unmodified seed file', () => {
    expect(nmstateComplaints(good)).toEqual([]);
  });

  it.each([
    ['a misspelt option', 'miimon: 100', 'mimon: 100', 'Unrecognized key'],
    ['a string where nmstate wants a number', 'miimon: 100', 'miimon: "100ms"', 'miimon'],
    ['an unknown mode', 'mode: active-backup', 'mode: hot-standby', 'mode'],
    [
      'MII and ARP together',
      'miimon: 100',
      'miimon: 100\n        arp_interval: 200',
      'not compatible',
    ],
    [
      'lacp_rate outside 802.3ad',
      'miimon: 100',
      'miimon: 100\n        lacp_rate: fast',
      'lacp_rate',
    ],
    ['a port that is not in the state', '        - eth1\n', '        - eth9\n', 'port eth9'],
    ['broken indentation', '    type: bond', '  type: bond', 'YAML'],
  ])('rejects %s', (_name, from, to, expected) => {
    const broken = good.replace(from, to);
    expect(broken).not.toBe(good);
    expect(nmstateComplaints(broken).join('\n')).toContain(expected);
  });
});
