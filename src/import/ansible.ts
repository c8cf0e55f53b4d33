/**
 * Importer of Ansible playbooks (and vars files) for the linux-system-roles `network` role: the
 * `network_connections` list, where `type: bond` profiles become bonds and `type: ethernet`
 * profiles with a controller (or the older master) become their slaves. Nothing is run.
 */
import { isMap, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { isValidIfname } from '../model/names';
import { isOptionName } from '../model/options';
import type { Bond, Ipv4, Nic, OptionName } from '../model/types';
import {
  emptyBond,
  modeOrNote,
  noteAt,
  parseCidr,
  setOptionText,
  SHARED_LOSSES,
} from './parse-helpers';
import type { ParseResult, SourceFile } from './types';
import {
  keyOf,
  openYaml,
  origin,
  pairs,
  scalarText,
  unknownPair,
  type YamlContext,
} from './yaml-source';

/** What an export through the ansible target loses on the way back. */
export const ROUND_TRIP_LOSSES = {
  nicDetails: SHARED_LOSSES.nicDetails,
  miimonExplicit: SHARED_LOSSES.miimonExplicit,
  numUnsolNa: 'num_unsol_na is written as the role’s num_grat_arp (the kernel keeps one count)',
  ipv4None: 'no IPv4 and IPv4 method none are both written as dhcp4: false without addresses',
  host: 'the host name is only the play’s hosts pattern, which may name a group',
} as const;

// The role's names where they differ from the kernel's (ArgValidator_DictBond).
const ROLE_NAMES: Record<string, OptionName> = {
  all_ports_active: 'all_slaves_active',
  packets_per_port: 'packets_per_slave',
};
const BOOLEANS: ReadonlySet<OptionName> = new Set([
  'use_carrier',
  'tlb_dynamic_lb',
  'all_slaves_active',
]);
const ROLES = new Set([
  'linux-system-roles.network',
  'fedora.linux_system_roles.network',
  'redhat.rhel_system_roles.network',
  'rhel-system-roles.network',
]);
// Play and task keys that say where and how to run, not what to configure.
const PLAY_KEYS = new Set([
  'name',
  'hosts',
  'become',
  'become_user',
  'gather_facts',
  'remote_user',
  'serial',
  'tags',
]);

function fields(ctx: YamlContext, node: unknown): Map<string, Pair> {
  return new Map(pairs(ctx, node).map((pair) => [keyOf(pair), pair]));
}

function optionText(name: OptionName, value: YamlNode | null): string | undefined {
  if (isSeq(value)) return value.items.map((item) => scalarText(item) ?? '').join(',');
  const text = scalarText(value);
  if (text !== undefined && BOOLEANS.has(name) && (text === 'true' || text === 'false')) {
    return text === 'true' ? 'on' : 'off';
  }
  return text;
}

function readBondOptions(ctx: YamlContext, bond: Bond, node: unknown): void {
  for (const pair of pairs(ctx, node, 'bond')) {
    const key = keyOf(pair);
    const at = origin(ctx, pair.key);
    if (key === 'mode') {
      const mode = modeOrNote(scalarText(pair.value) ?? '', at);
      if (typeof mode === 'string') bond.mode = mode;
      else ctx.notes.push(mode);
      continue;
    }
    const name = ROLE_NAMES[key] ?? key;
    if (!isOptionName(name) || name === 'queue_id') {
      ctx.notes.push(noteAt('warning', 'option-unknown', at, { option: key }));
      continue;
    }
    const text = optionText(name, pair.value as YamlNode | null);
    if (text === undefined) unknownPair(ctx, pair);
    else ctx.notes.push(...setOptionText(bond.options, name, text, at));
  }
}

function readIp(ctx: YamlContext, bond: Bond, node: unknown): Ipv4 {
  const entry = fields(ctx, node);
  const dhcp4 = scalarText(entry.get('dhcp4')?.value);
  const addressNode = entry.get('address')?.value;
  const gateway = scalarText(entry.get('gateway4')?.value);
  let ipv4: Ipv4 | undefined;
  const items = isSeq(addressNode)
    ? addressNode.items
    : addressNode === undefined || addressNode === null
      ? []
      : [addressNode];
  for (const item of items) {
    const text = scalarText(item) ?? '';
    const cidr = parseCidr(text);
    if (cidr === undefined || ipv4 !== undefined) {
      ctx.notes.push(noteAt('warning', 'address-not-imported', origin(ctx, item), { value: text }));
    } else {
      ipv4 = { method: 'static', ...cidr, ...(gateway === undefined ? {} : { gateway }) };
    }
  }
  for (const [key, pair] of entry) {
    const text = scalarText(pair.value);
    const understood =
      (key === 'auto6' && text === 'false') ||
      (key === 'ipv6_disabled' && text === 'true') ||
      (key === 'dhcp4' && (text === 'true' || text === 'false')) ||
      (key === 'gateway4' && ipv4 !== undefined);
    if (!understood && key !== 'address') unknownPair(ctx, pair);
  }
  if (ipv4 !== undefined) {
    if (dhcp4 === 'true') {
      ctx.notes.push(noteAt('warning', 'dhcp-and-static', origin(ctx, node), { bond: bond.name }));
    }
    return ipv4;
  }
  // The role turns DHCPv4 on unless told otherwise or given a static address.
  return dhcp4 === 'false' ? { method: 'none' } : { method: 'dhcp' };
}

interface Profile {
  item: unknown;
  entry: Map<string, Pair>;
  name: string;
  type: string;
}

const BOND_KEYS = new Set([
  'name',
  'type',
  'state',
  'persistent_state',
  'interface_name',
  'autoconnect',
]);
const PORT_KEYS = new Set([...BOND_KEYS, 'controller', 'master', 'port_type', 'slave_type']);

// Whether a profile key holds what an imported profile is expected to say.
function isUsual(pair: Pair, key: string): boolean {
  const text = scalarText(pair.value);
  return (
    key === 'name' ||
    key === 'interface_name' ||
    key === 'type' ||
    key === 'autoconnect' ||
    (key === 'state' && text === 'up') ||
    (key === 'persistent_state' && text === 'present')
  );
}

function readBond(ctx: YamlContext, profile: Profile): Bond {
  const ifname = scalarText(profile.entry.get('interface_name')?.value) ?? profile.name;
  const bond = emptyBond(ifname);
  let ipv4: Ipv4 = { method: 'dhcp' };
  for (const [key, pair] of profile.entry) {
    const text = scalarText(pair.value);
    if (BOND_KEYS.has(key) && isUsual(pair, key)) continue;
    if (key === 'mtu' && text !== undefined && /^[0-9]{1,6}$/.test(text)) {
      bond.mtu = Number(text);
    } else if (key === 'bond') {
      readBondOptions(ctx, bond, pair.value);
    } else if (key === 'ip') {
      ipv4 = readIp(ctx, bond, pair.value);
    } else {
      unknownPair(ctx, pair);
    }
  }
  bond.ipv4 = ipv4;
  return bond;
}

function readPort(ctx: YamlContext, profile: Profile, bond: Bond, nics: Nic[]): void {
  const ifname = scalarText(profile.entry.get('interface_name')?.value) ?? profile.name;
  const nic: Nic = { name: ifname };
  for (const [key, pair] of profile.entry) {
    const text = scalarText(pair.value);
    if (PORT_KEYS.has(key) && isUsual(pair, key)) continue;
    if (
      key === 'controller' ||
      key === 'master' ||
      ((key === 'port_type' || key === 'slave_type') && text === 'bond')
    ) {
      continue;
    }
    if (key === 'mac' && text !== undefined) {
      nic.mac = text.toLowerCase();
    } else if (key === 'mtu' && text !== undefined) {
      ctx.notes.push(noteAt('info', 'slave-mtu-ignored', origin(ctx, pair.key), { value: text }));
    } else {
      unknownPair(ctx, pair);
    }
  }
  bond.slaves.push(ifname);
  nics.push(nic);
}

interface Found extends Profile {
  ctx: YamlContext;
}

function readConnections(ctx: YamlContext, node: unknown, found: Found[]): void {
  if (!isSeq(node)) {
    ctx.notes.push(
      noteAt('warning', 'yaml-not-a-mapping', origin(ctx, node), { key: 'network_connections' }),
    );
    return;
  }
  for (const item of node.items) {
    const entry = fields(ctx, item);
    const name = scalarText(entry.get('name')?.value);
    const type = scalarText(entry.get('type')?.value);
    const absent = entry.get('persistent_state');
    if (absent !== undefined && scalarText(absent.value) === 'absent') {
      unknownPair(ctx, absent);
    } else if (name === undefined || (type !== 'bond' && type !== 'ethernet')) {
      ctx.notes.push(
        noteAt('warning', 'profile-not-imported', origin(ctx, item), { type: type ?? '' }),
      );
    } else {
      found.push({ ctx, item, entry, name, type });
    }
  }
}

// The role resolves a controller among all profiles of the run, which may come from several
// files (host_vars and the play): so bonds first, from every file, then their ports.
function resolve(found: Found[], result: ParseResult): void {
  const bondKeys = new Map<string, Bond>();
  for (const profile of found.filter((p) => p.type === 'bond')) {
    const bond = readBond(profile.ctx, profile);
    result.bonds.push(bond);
    bondKeys.set(bond.name, bond);
    bondKeys.set(profile.name, bond);
  }
  for (const profile of found.filter((p) => p.type === 'ethernet')) {
    const { ctx } = profile;
    const controllerPair = profile.entry.get('controller') ?? profile.entry.get('master');
    const controller = scalarText(controllerPair?.value);
    const ifname = scalarText(profile.entry.get('interface_name')?.value) ?? profile.name;
    const bond = controller === undefined ? undefined : bondKeys.get(controller);
    const at = origin(ctx, profile.item);
    if (controller === undefined || !isValidIfname(ifname)) {
      ctx.notes.push(noteAt('warning', 'profile-not-imported', at, { type: profile.type }));
    } else if (bond === undefined) {
      ctx.notes.push(noteAt('warning', 'master-unknown', at, { master: controller }));
    } else {
      readPort(ctx, profile, bond, result.nics);
    }
  }
}

function readVars(ctx: YamlContext, node: unknown, found: Found[]): void {
  for (const pair of pairs(ctx, node, 'vars')) {
    const key = keyOf(pair);
    const text = scalarText(pair.value);
    if (key === 'network_connections') {
      readConnections(ctx, pair.value, found);
    } else if (
      (key === 'network_provider' && (text === 'nm' || text === 'initscripts')) ||
      key === 'network_allow_restart'
    ) {
      continue;
    } else {
      unknownPair(ctx, pair);
    }
  }
}

function isNetworkRole(ctx: YamlContext, node: unknown): boolean {
  const name =
    scalarText(node) ??
    scalarText(fields(ctx, node).get('role')?.value) ??
    scalarText(fields(ctx, node).get('name')?.value);
  return name !== undefined && ROLES.has(name);
}

function readTask(ctx: YamlContext, node: unknown, found: Found[]): void {
  for (const pair of pairs(ctx, node, 'tasks')) {
    const key = keyOf(pair);
    if (key === 'vars') readVars(ctx, pair.value, found);
    else if (
      (key === 'include_role' ||
        key === 'import_role' ||
        key.endsWith('.include_role') ||
        key.endsWith('.import_role')) &&
      isNetworkRole(ctx, pair.value)
    )
      continue;
    else if (!PLAY_KEYS.has(key)) unknownPair(ctx, pair);
  }
}

function readPlay(ctx: YamlContext, node: unknown, found: Found[]): void {
  for (const pair of pairs(ctx, node, 'play')) {
    const key = keyOf(pair);
    if (key === 'vars') {
      readVars(ctx, pair.value, found);
    } else if (key === 'roles' && isSeq(pair.value)) {
      for (const role of pair.value.items) {
        if (!isNetworkRole(ctx, role))
          ctx.notes.push(
            noteAt('warning', 'line-not-understood', origin(ctx, role), {
              text: scalarText(role) ?? 'role',
            }),
          );
        if (isMap(role)) {
          const vars = fields(ctx, role).get('vars');
          if (vars !== undefined) readVars(ctx, vars.value, found);
        }
      }
    } else if (
      (key === 'tasks' || key === 'pre_tasks' || key === 'post_tasks') &&
      isSeq(pair.value)
    ) {
      for (const task of pair.value.items) readTask(ctx, task, found);
    } else if (!PLAY_KEYS.has(key)) {
      unknownPair(ctx, pair);
    }
  }
}

/**
 * Parses playbooks (a list of plays: play vars, a role's vars, task vars of include_role) or
 * vars files (a mapping with network_connections) for the linux-system-roles network role into
 * bonds and their ports. Bond options take the role's names (all_ports_active, packets_per_port)
 * or the kernel's, booleans for on/off; `ip` gives address/gateway4/dhcp4. Every key it does not
 * use is a note; profiles to remove (persistent_state: absent) are noted, not imported.
 */
export function parseAnsible(files: SourceFile[]): ParseResult {
  const result: ParseResult = { nics: [], bonds: [], notes: [] };
  const found: Found[] = [];
  for (const file of files) {
    const opened = openYaml(file, result.notes);
    if (opened === undefined) continue;
    const { ctx, doc } = opened;
    if (isSeq(doc.contents)) {
      for (const play of doc.contents.items) readPlay(ctx, play, found);
    } else {
      readVars(ctx, doc.contents, found);
    }
  }
  resolve(found, result);
  return result;
}
