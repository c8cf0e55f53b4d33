/**
 * Importer of netplan YAML (netplan-yaml(5), version 2): `bonds` with their interfaces,
 * parameters (netplan names back to kernel names and units), MTU and IPv4 addressing, and the
 * `ethernets` they use. YAML is read with few aliases allowed; nothing is ever applied.
 */
import { isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { OPTION_INFO } from '../model/options';
import type { Bond, Nic, OptionName } from '../model/types';
import {
  emptyBond,
  modeOrNote,
  noteAt,
  parseCidr,
  parseTimeSpan,
  setOptionText,
  type Origin,
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

/** What an export through the netplan target loses on the way back. */
export const ROUND_TRIP_LOSSES = {
  nicDetails: SHARED_LOSSES.nicDetails,
  numUnsolNa: 'num_grat_arp and num_unsol_na share gratuitous-arp, read back as num_grat_arp',
  ipv4None: 'IPv4 method none is written as no addressing at all',
  host: 'the host name is not written',
} as const;

/** netplan parameter name → kernel option. gratuitous-arp stands for num_grat_arp. */
const PARAMETERS: Record<string, OptionName> = {
  'mii-monitor-interval': 'miimon',
  'up-delay': 'updelay',
  'down-delay': 'downdelay',
  'arp-interval': 'arp_interval',
  'arp-ip-targets': 'arp_ip_target',
  'arp-validate': 'arp_validate',
  'arp-all-targets': 'arp_all_targets',
  primary: 'primary',
  'primary-reselect-policy': 'primary_reselect',
  'fail-over-mac-policy': 'fail_over_mac',
  'gratuitous-arp': 'num_grat_arp',
  'gratuitious-arp': 'num_grat_arp',
  'transmit-hash-policy': 'xmit_hash_policy',
  'packets-per-member': 'packets_per_slave',
  'packets-per-slave': 'packets_per_slave',
  'lacp-rate': 'lacp_rate',
  'ad-select': 'ad_select',
  'min-links': 'min_links',
  'learn-packet-interval': 'lp_interval',
  'all-members-active': 'all_slaves_active',
  'all-slaves-active': 'all_slaves_active',
  'resend-igmp': 'resend_igmp',
};

// Keys of a bond or ethernet that say nothing about the bond design.
const QUIET_KEYS = new Set(['dhcp6', 'accept-ra', 'optional', 'renderer', 'critical']);

function optionText(name: OptionName, value: YamlNode | null): string | undefined {
  if (name === 'arp_ip_target' && isSeq(value)) {
    return value.items.map((item) => scalarText(item) ?? '').join(',');
  }
  const text = scalarText(value);
  if (text === undefined) return undefined;
  const info = OPTION_INFO[name];
  if (info.kind === 'enum' && (text === 'true' || text === 'false')) {
    return text === 'true' ? 'on' : 'off';
  }
  if (info.unit !== undefined && !/^[0-9]+$/.test(text)) {
    // netplan passes a unit suffix through: "1s" is 1000 ms.
    const span = parseTimeSpan(text, info.unit, info.unit);
    return span === undefined ? text : String(span);
  }
  return text;
}

function readParameters(ctx: YamlContext, bond: Bond, node: unknown): void {
  for (const pair of pairs(ctx, node, 'parameters')) {
    const key = keyOf(pair);
    const at = origin(ctx, pair.key);
    const value = pair.value as YamlNode | null;
    if (key === 'mode') {
      const mode = modeOrNote(scalarText(value) ?? '', at);
      if (typeof mode === 'string') bond.mode = mode;
      else ctx.notes.push(mode);
      continue;
    }
    const name = PARAMETERS[key];
    if (name === undefined) {
      ctx.notes.push(noteAt('warning', 'option-unknown', at, { option: key }));
      continue;
    }
    const text = optionText(name, value);
    if (text === undefined) {
      unknownPair(ctx, pair);
      continue;
    }
    ctx.notes.push(...setOptionText(bond.options, name, text, at));
  }
}

function readAddresses(ctx: YamlContext, bond: Bond, pair: Pair): void {
  const items = isSeq(pair.value) ? pair.value.items : [pair.value];
  for (const item of items) {
    const text = scalarText(item) ?? '';
    const cidr = parseCidr(text);
    if (cidr === undefined || bond.ipv4?.method === 'static') {
      // Only one IPv4 address fits the design; IPv6 addresses are outside it.
      ctx.notes.push(noteAt('warning', 'address-not-imported', origin(ctx, item), { value: text }));
    } else {
      bond.ipv4 = { method: 'static', ...cidr };
    }
  }
}

function setGateway(ctx: YamlContext, bond: Bond, gateway: string, at: Origin): void {
  if (bond.ipv4?.method === 'static' && bond.ipv4.gateway === undefined) {
    bond.ipv4 = { ...bond.ipv4, gateway };
  } else {
    ctx.notes.push(noteAt('warning', 'gateway-not-imported', at, { value: gateway }));
  }
}

function readRoutes(ctx: YamlContext, node: unknown): string[] {
  const gateways: string[] = [];
  for (const route of isSeq(node) ? node.items : []) {
    const entries = new Map(pairs(ctx, route, 'routes').map((pair) => [keyOf(pair), pair.value]));
    const to = scalarText(entries.get('to'));
    const via = scalarText(entries.get('via'));
    if (entries.size === 2 && (to === 'default' || to === '0.0.0.0/0') && via !== undefined) {
      gateways.push(via);
    } else {
      ctx.notes.push(noteAt('warning', 'route-not-imported', origin(ctx, route), {}));
    }
  }
  return gateways;
}

function readBond(ctx: YamlContext, name: string, node: unknown): Bond {
  const bond = emptyBond(name);
  const gateways: [string, Origin][] = [];
  let dhcp = false;
  for (const pair of pairs(ctx, node, name)) {
    const key = keyOf(pair);
    const at = origin(ctx, pair.key);
    const text = scalarText(pair.value);
    if (key === 'interfaces' && isSeq(pair.value)) {
      bond.slaves = pair.value.items.map((item) => scalarText(item) ?? '');
    } else if (key === 'parameters') {
      readParameters(ctx, bond, pair.value);
    } else if (key === 'mtu' && text !== undefined && /^[0-9]{1,6}$/.test(text)) {
      bond.mtu = Number(text);
    } else if (key === 'addresses') {
      readAddresses(ctx, bond, pair);
    } else if (key === 'gateway4' && text !== undefined) {
      gateways.push([text, at]);
    } else if (key === 'routes') {
      for (const via of readRoutes(ctx, pair.value)) gateways.push([via, at]);
    } else if (
      key === 'dhcp4' &&
      (text === 'true' || text === 'false' || text === 'yes' || text === 'no')
    ) {
      dhcp = text === 'true' || text === 'yes';
    } else if (key === 'dhcp4-overrides' || QUIET_KEYS.has(key)) {
      continue;
    } else {
      unknownPair(ctx, pair);
    }
  }
  for (const [gateway, at] of gateways) setGateway(ctx, bond, gateway, at);
  if (dhcp) {
    if (bond.ipv4 !== undefined) {
      ctx.notes.push(noteAt('warning', 'dhcp-and-static', { file: ctx.file }, { bond: name }));
    }
    bond.ipv4 = { method: 'dhcp' };
  }
  return bond;
}

function readEthernet(ctx: YamlContext, name: string, node: unknown): Nic {
  const nic: Nic = { name };
  for (const pair of pairs(ctx, node, name)) {
    const key = keyOf(pair);
    const text = scalarText(pair.value);
    if (key === 'macaddress' && text !== undefined) nic.mac = text.toLowerCase();
    else if (key === 'match' || key === 'set-name') {
      ctx.notes.push(noteAt('info', 'match-ignored', origin(ctx, pair.key), { nic: name }));
    } else if (!QUIET_KEYS.has(key) && !(key === 'dhcp4' && (text === 'false' || text === 'no'))) {
      unknownPair(ctx, pair);
    }
  }
  return nic;
}

function readFile(file: SourceFile, result: ParseResult): void {
  const opened = openYaml(file, result.notes);
  if (opened === undefined) return;
  const { ctx, doc } = opened;
  for (const top of pairs(ctx, doc.contents, 'document')) {
    if (keyOf(top) !== 'network') {
      unknownPair(ctx, top);
      continue;
    }
    const ethernets = new Map<string, Nic>();
    for (const section of pairs(ctx, top.value, 'network')) {
      const key = keyOf(section);
      if (key === 'version' || key === 'renderer') continue;
      if (key !== 'ethernets' && key !== 'bonds') {
        unknownPair(ctx, section);
        continue;
      }
      for (const item of pairs(ctx, section.value, key)) {
        const name = keyOf(item);
        if (key === 'ethernets') ethernets.set(name, readEthernet(ctx, name, item.value));
        else result.bonds.push(readBond(ctx, name, item.value));
      }
    }
    result.nics.push(...ethernets.values());
  }
}

/**
 * Parses netplan YAML files (in order, later files adding bonds and ethernets) into bonds and
 * the NICs defined under `ethernets`. Keys it does not use are notes with their line.
 */
export function parseNetplan(files: SourceFile[]): ParseResult {
  const result: ParseResult = { nics: [], bonds: [], notes: [] };
  for (const file of files) readFile(file, result);
  const defined = new Set(result.nics.map((nic) => nic.name));
  for (const bond of result.bonds) {
    for (const slave of bond.slaves.filter((name) => !defined.has(name))) {
      // netplan itself refuses such a file; the bond still says what the NIC is for.
      defined.add(slave);
      result.nics.push({ name: slave });
      result.notes.push(
        noteAt('warning', 'slave-not-defined', { file: files[0]?.path ?? '' }, { nic: slave }),
      );
    }
  }
  return result;
}
