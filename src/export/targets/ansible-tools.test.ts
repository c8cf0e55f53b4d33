/**
 * The ansible files read back with the yaml library (YAML 1.1, as Ansible's PyYAML reads them,
 * and 1.2 must agree) and checked against the linux-system-roles network role's argument spec:
 * module_utils/network_lsr/argument_validator.py (ArgValidator_DictConnection, _DictIP,
 * _DictBond with its _validate_post, ArgValidator_ListConnections). ansible-playbook
 * --syntax-check cannot help here: it needs the role installed, and no Debian package has it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Design } from '../../model/types';
import { validateDesign } from '../../model/validate';
import { asValid, seedDesign } from '../testing/designs';
import { MATRIX } from '../testing/matrix';
import { ansibleTarget } from './ansible';

type Dict = Record<string, unknown>;

const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
type Check = (value: unknown, at: string) => string[];

const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const str =
  (values?: readonly string[]): Check =>
  (v, at) =>
    typeof v !== 'string' || v === ''
      ? [`${at}: must be a non-empty string`]
      : values && !values.includes(v)
        ? [`${at}: is '${v}' but must be one of ${values.join(' ')}`]
        : [];
const num =
  (min: number, max: number): Check =>
  (v, at) =>
    typeof v !== 'number' || !Number.isInteger(v)
      ? [`${at}: must be an integer number`]
      : v < min || v > max
        ? [`${at}: value is ${v} but must be within ${min}..${max}`]
        : [];
const bool: Check = (v, at) => (typeof v === 'boolean' ? [] : [`${at}: must be an boolean`]);
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const ip4: Check = (v, at) => (typeof v === 'string' && IPV4.test(v) ? [] : [`${at}: not IPv4`]);
const mac: Check = (v, at) =>
  typeof v === 'string' && /^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$/.test(v)
    ? []
    : [`${at}: not a MAC`];
const ifname: Check = (v, at) =>
  typeof v === 'string' && /^[^/:\s]{1,15}$/.test(v) && v !== '.' && v !== '..'
    ? []
    : [`${at}: invalid 'interface_name'`];
const list =
  (item: Check): Check =>
  (v, at) =>
    Array.isArray(v) ? v.flatMap((x, i) => item(x, `${at}[${i}]`)) : [`${at}: must be a list`];
const address: Check = (v, at) => {
  const [addr, prefix, extra] = typeof v === 'string' ? v.split('/') : [];
  return addr &&
    IPV4.test(addr) &&
    extra === undefined &&
    (prefix === undefined || Number(prefix) <= 32)
    ? []
    : [`${at}: not an IPv4 address with prefix length`];
};

function dict(spec: Record<string, Check>, value: unknown, at: string): string[] {
  if (!isDict(value)) return [`${at}: invalid content is not a dictionary`];
  return Object.entries(value).flatMap(([key, v]) =>
    spec[key] ? spec[key](v, `${at}.${key}`) : [`${at}: invalid key '${key}'`],
  );
}

const MILLION = 1000000;
const BOND: Record<string, Check> = {
  mode: str([
    'balance-rr',
    'active-backup',
    'balance-xor',
    'broadcast',
    '802.3ad',
    'balance-tlb',
    'balance-alb',
  ]),
  ad_actor_sys_prio: num(1, 65535),
  ad_actor_system: mac,
  ad_select: str(['stable', 'bandwidth', 'count']),
  ad_user_port_key: num(0, 1023),
  all_ports_active: bool,
  arp_all_targets: str(['any', 'all']),
  arp_interval: num(0, MILLION),
  arp_validate: str([
    'none',
    'active',
    'backup',
    'all',
    'filter',
    'filter_active',
    'filter_backup',
  ]),
  arp_ip_target: str(),
  downdelay: num(0, MILLION),
  fail_over_mac: str(['none', 'active', 'follow']),
  lacp_rate: str(['slow', 'fast']),
  lp_interval: num(1, MILLION),
  miimon: num(0, MILLION),
  min_links: num(0, MILLION),
  num_grat_arp: num(0, 255),
  packets_per_port: num(0, 65535),
  peer_notif_delay: num(0, MILLION),
  primary: str(),
  primary_reselect: str(['always', 'better', 'failure']),
  resend_igmp: num(0, 255),
  tlb_dynamic_lb: bool,
  updelay: num(0, MILLION),
  use_carrier: bool,
  xmit_hash_policy: str(['layer2', 'layer3+4', 'layer2+3', 'encap2+3', 'encap3+4', 'vlan+srcmac']),
};

// ArgValidator_DictBond._validate_post, rule for rule.
function bondPost(b: Dict, at: string): string[] {
  const out: string[] = [];
  const mode = b.mode ?? 'balance-rr';
  const set = (k: string): boolean => b[k] !== undefined;
  if (mode !== '802.3ad')
    for (const k of ['ad_actor_sys_prio', 'ad_actor_system', 'ad_user_port_key', 'lacp_rate'])
      if (set(k)) out.push(`${at}: the bond option ${k} is only valid with mode 802.3ad`);
  if (set('packets_per_port') && mode !== 'balance-rr')
    out.push(`${at}: packets_per_port is only valid with mode balance-rr`);
  if (!['balance-rr', 'active-backup', 'balance-xor', 'broadcast'].includes(text(mode)))
    for (const k of ['arp_interval', 'arp_ip_target', 'arp_validate'])
      if (set(k)) out.push(`${at}: the bond option ${k} is only valid with ARP modes`);
  if (set('tlb_dynamic_lb') && !['balance-tlb', 'balance-alb'].includes(text(mode)))
    out.push(`${at}: tlb_dynamic_lb is only valid with mode balance-tlb or balance-alb`);
  if (set('primary') && !['active-backup', 'balance-tlb', 'balance-alb'].includes(text(mode)))
    out.push(`${at}: primary is only valid with mode active-backup, balance-tlb, balance-alb`);
  const miimon = Number(b.miimon ?? 0);
  if ((set('updelay') || set('downdelay')) && !miimon)
    out.push(`${at}: downdelay or updelay is only valid with miimon enabled`);
  const delay = Number(b.peer_notif_delay ?? 0);
  if (delay && (!miimon || delay % miimon))
    out.push(`${at}: peer_notif_delay needs miimon multiple`);
  if (delay && Number(b.arp_interval ?? 0))
    out.push(`${at}: peer_notif_delay needs arp_interval disabled`);
  if (b.arp_ip_target && !b.arp_interval) out.push(`${at}: arp_ip_target requires arp_interval`);
  if (b.arp_interval && !b.arp_ip_target) out.push(`${at}: arp_interval requires arp_ip_target`);
  return out;
}

const IP: Record<string, Check> = {
  dhcp4: bool,
  dhcp4_send_hostname: bool,
  gateway4: ip4,
  route_metric4: num(-1, 0xffffffff),
  auto6: bool,
  ipv6_disabled: bool,
  address: list(address),
  auto_gateway: bool,
  route_append_only: bool,
  rule_append_only: bool,
  dns: list(ip4),
  dns_search: list(str()),
};

function ipPost(ip: Dict, at: string): string[] {
  return ip.ipv6_disabled === true && ip.auto6 === true
    ? [`${at}: 'auto6' and 'ipv6_disabled' are mutually exclusive`]
    : [];
}

const CONNECTION: Record<string, Check> = {
  name: str(),
  state: str(['absent', 'present', 'up', 'down']),
  persistent_state: str(['absent', 'present']),
  type: str([
    'ethernet',
    'infiniband',
    'bridge',
    'team',
    'bond',
    'vlan',
    'macvlan',
    'wireless',
    'dummy',
  ]),
  autoconnect: bool,
  port_type: str(['bridge', 'bond', 'team']),
  controller: str(),
  interface_name: ifname,
  mac,
  mtu: num(0, 0xffffffff),
  zone: str(),
  ip: (v, at) => [...dict(IP, v, at), ...(isDict(v) ? ipPost(v, at) : [])],
  bond: (v, at) => [...dict(BOND, v, at), ...(isDict(v) ? bondPost(v, at) : [])],
};
const ALIASES: Record<string, string> = { master: 'controller', slave_type: 'port_type' };

// ArgValidator_DictConnection._validate_post and ArgValidator_ListConnections._validate_post.
function connectionComplaints(raw: unknown, at: string, earlier: Dict[]): string[] {
  if (!isDict(raw)) return [`${at}: invalid content is not a dictionary`];
  const c: Dict = {};
  const out: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const name = ALIASES[key] ?? key;
    if (name in c) out.push(`${at}: duplicate key '${name}'`);
    c[name] = value;
  }
  out.push(...dict(CONNECTION, c, at));
  if (c.name === undefined && c.persistent_state !== 'absent') out.push(`${at}: missing 'name'`);
  if (['absent', 'present'].includes(text(c.state)) && c.persistent_state)
    out.push(`${at}: State cannot be '${text(c.state)}' if persistent_state is specified`);
  if (c.type === undefined) {
    const allowed = ['name', 'state', 'persistent_state', 'ignore_errors'];
    for (const key of Object.keys(c))
      if (!allowed.includes(key)) out.push(`${at}.${key}: property is not allowed without type`);
    return out;
  }
  if (c.controller !== undefined) {
    if (c.controller === c.name) out.push(`${at}.controller: cannot refer to itself`);
    if (c.ip !== undefined) out.push(`${at}.ip: a port cannot have an "ip" property`);
    const owner = [...earlier].reverse().find((e) => e.name === c.controller);
    if (!owner || owner.persistent_state === 'absent')
      out.push(
        `${at}.controller: references non-existing 'controller' connection '${text(c.controller)}'`,
      );
    else if (!['bridge', 'bond', 'team'].includes(text(owner.type)))
      out.push(`${at}.controller: not a controller type`);
    else if (c.port_type !== undefined && c.port_type !== owner.type)
      out.push(`${at}.controller: is of type '${text(owner.type)}' instead of port_type`);
  } else if (c.port_type !== undefined) {
    out.push(`${at}.port_type: 'port_type' requires a 'controller' property`);
  }
  if (c.type === 'bond' && c.interface_name === undefined)
    out.push(`${at}.interface_name: type 'bond' requires 'interface_name'`);
  if (c.type !== 'bond' && c.bond !== undefined)
    out.push(`${at}.bond: 'bond' settings are not allowed for 'type' '${text(c.type)}'`);
  return out;
}

/** What the role (and Ansible's YAML reading) would object to in a playbook (empty = accepted). */
function playbookComplaints(yaml: string): string[] {
  let plays: unknown;
  try {
    plays = parse(yaml, { version: '1.1' });
    if (JSON.stringify(parse(yaml, { version: '1.2' })) !== JSON.stringify(plays)) {
      return ['YAML 1.1 and 1.2 read different data'];
    }
  } catch (error) {
    return [`YAML: ${(error as Error).message}`];
  }
  if (!Array.isArray(plays) || plays.length !== 1 || !isDict(plays[0])) return ['not one play'];
  const play = plays[0];
  const out = dict(
    { name: str(), hosts: str(), vars: () => [], roles: list(str(['linux-system-roles.network'])) },
    play,
    'play',
  );
  const vars = isDict(play.vars) ? play.vars : {};
  out.push(...dict({ network_provider: str(['nm']), network_connections: () => [] }, vars, 'vars'));
  const connections = Array.isArray(vars.network_connections) ? vars.network_connections : [];
  if (connections.length === 0) out.push('vars.network_connections: empty');
  connections.forEach((c, i) => {
    out.push(...connectionComplaints(c, `connections[${i}]`, connections.slice(0, i) as Dict[]));
  });
  return out;
}

function inventoryComplaints(text: string, host: string): string[] {
  const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  return lines.join('|') === `[bondsmith]|${host}` ? [] : [`inventory: ${lines.join('|')}`];
}

const workDir = mkdtempSync(join(tmpdir(), 'bondsmith-ansible-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function readBack(caseName: string, path: string, contents: string): string {
  const full = join(workDir, `${caseName}-${path}`);
  writeFileSync(full, contents);
  return readFileSync(full, 'utf8');
}

const REFUSALS = ['target-option-unsupported', 'target-option-value-unsupported'];

function bundleComplaints(caseName: string, design: Design): string[] {
  const files = new Map(ansibleTarget.render(asValid(design)).map((f) => [f.path, f.contents]));
  const inventory = readBack(caseName, 'inventory.ini', files.get('inventory.ini') ?? '');
  return [
    ...['bondsmith-network.yml', 'bondsmith-rollback.yml'].flatMap((path) =>
      playbookComplaints(readBack(caseName, path, files.get(path) ?? '')),
    ),
    ...inventoryComplaints(inventory, design.host?.name ?? ''),
  ];
}

describe('ansible matrix: every play read back against the role’s argument spec', () => {
  it.each(MATRIX.map((c) => [c.name, c.design] as const))('%s', (caseName, design) => {
    expect(validateDesign(design).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const findings = ansibleTarget.check(design);
    expect(findings.filter((f) => f.severity !== 'error' || !REFUSALS.includes(f.code))).toEqual(
      [],
    );
    expect(findings.length > 0 ? [] : bundleComplaints(caseName, design)).toEqual([]);
  });
});

describe('ansible argument spec: negative controls (the check can fail)', () => {
  const good =
    ansibleTarget.render(asValid(seedDesign())).find((f) => f.path === 'bondsmith-network.yml')
      ?.contents ?? '';

  it('accepts the unmodified seed play', () => {
    expect(playbookComplaints(good)).toEqual([]);
  });

  it.each([
    [
      'a kernel name the role does not know',
      'miimon: 100',
      'all_slaves_active: true',
      "invalid key 'all_slaves_active'",
    ],
    ['a number as text', 'miimon: 100', 'miimon: 100ms', 'must be an integer'],
    [
      'lacp_rate in active-backup',
      'miimon: 100',
      'miimon: 100\n          lacp_rate: fast',
      'only valid with mode 802.3ad',
    ],
    ['updelay without miimon', 'miimon: 100', 'updelay: 200', 'only valid with miimon enabled'],
    [
      'a port of a missing bond',
      'controller: bond0',
      'controller: bond9',
      "non-existing 'controller'",
    ],
    ['a wrong port type', 'port_type: bond\n', 'port_type: bridge\n', 'instead of port_type'],
    ['a word that is no boolean', 'dhcp4: false', 'dhcp4: maybe', 'must be an boolean'],
    ['auto6 with ipv6_disabled', 'auto6: false', 'auto6: true', 'mutually exclusive'],
    ['broken indentation', '        type: bond', '      type: bond', 'YAML'],
  ])('rejects %s', (_name, from, to, expected) => {
    const broken = good.replace(from, to);
    expect(broken).not.toBe(good);
    expect(playbookComplaints(broken).join('\n')).toContain(expected);
  });
});
