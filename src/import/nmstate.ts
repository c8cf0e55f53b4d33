/**
 * Importer of nmstate desired-state YAML (nmstate's ifaces/bond.rs, ip.rs, route.rs): bond
 * interfaces with `link-aggregation` (mode, kernel-named options, ports), their ethernet
 * interfaces, IPv4 and default routes. YAML is read with few aliases allowed; nothing is applied.
 */
import { isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { isOptionName } from '../model/options';
import type { Bond, Nic, OptionName } from '../model/types';
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

/** What an export through the nmstate target loses on the way back. */
export const ROUND_TRIP_LOSSES = {
  nicDetails: SHARED_LOSSES.nicDetails,
  miimonExplicit: SHARED_LOSSES.miimonExplicit,
  ipv4None: 'no IPv4 and IPv4 method none are both written as ipv4 enabled: false',
  host: 'the host name is only in a comment',
} as const;

function fields(ctx: YamlContext, node: unknown): Map<string, Pair> {
  return new Map(pairs(ctx, node).map((pair) => [keyOf(pair), pair]));
}

const BOOLEAN_OPTIONS: ReadonlySet<OptionName> = new Set([
  'use_carrier',
  'tlb_dynamic_lb',
  'lacp_active',
]);

function optionText(name: OptionName, value: YamlNode | null): string | undefined {
  if (isSeq(value)) return value.items.map((item) => scalarText(item) ?? '').join(',');
  const text = scalarText(value);
  if (text === undefined) return undefined;
  if (BOOLEAN_OPTIONS.has(name) && (text === 'true' || text === 'false')) {
    return text === 'true' ? 'on' : 'off';
  }
  if (name === 'all_slaves_active' && (text === 'delivered' || text === 'dropped')) {
    return text === 'delivered' ? 'on' : 'off';
  }
  return text;
}

function readOptions(ctx: YamlContext, bond: Bond, node: unknown): void {
  for (const pair of pairs(ctx, node)) {
    const key = keyOf(pair);
    const at = origin(ctx, pair.key);
    if (!isOptionName(key) || key === 'queue_id') {
      ctx.notes.push(noteAt('warning', 'option-unknown', at, { option: key }));
      continue;
    }
    const text = optionText(key, pair.value as YamlNode | null);
    if (text === undefined) unknownPair(ctx, pair);
    else ctx.notes.push(...setOptionText(bond.options, key, text, at));
  }
}

function readPortsConfig(ctx: YamlContext, bond: Bond, node: unknown): void {
  const queues: string[] = [];
  for (const item of isSeq(node) ? node.items : []) {
    const entry = fields(ctx, item);
    const name = scalarText(entry.get('name')?.value);
    const queue = scalarText(entry.get('queue-id')?.value);
    for (const [key, pair] of entry) {
      if (key !== 'name' && key !== 'queue-id') unknownPair(ctx, pair);
    }
    if (name !== undefined && queue !== undefined && queue !== '0') queues.push(`${name}:${queue}`);
  }
  if (queues.length > 0) {
    ctx.notes.push(...setOptionText(bond.options, 'queue_id', queues.join(','), origin(ctx, node)));
  }
}

function readAggregation(ctx: YamlContext, bond: Bond, node: unknown): void {
  for (const pair of pairs(ctx, node)) {
    const key = keyOf(pair);
    if (key === 'mode') {
      const mode = modeOrNote(scalarText(pair.value) ?? '', origin(ctx, pair.key));
      if (typeof mode === 'string') bond.mode = mode;
      else ctx.notes.push(mode);
    } else if (key === 'options') {
      readOptions(ctx, bond, pair.value);
    } else if ((key === 'port' || key === 'ports') && isSeq(pair.value)) {
      bond.slaves = pair.value.items.map((item) => scalarText(item) ?? '');
    } else if (key === 'ports-config') {
      readPortsConfig(ctx, bond, pair.value);
    } else {
      unknownPair(ctx, pair);
    }
  }
}

function readIpv4(ctx: YamlContext, bond: Bond, node: unknown): void {
  const entry = fields(ctx, node);
  const enabled = scalarText(entry.get('enabled')?.value);
  const dhcp = scalarText(entry.get('dhcp')?.value);
  const addresses = entry.get('address')?.value;
  for (const [key, pair] of entry) {
    if (!['enabled', 'dhcp', 'address'].includes(key)) unknownPair(ctx, pair);
  }
  if (enabled === 'false') {
    bond.ipv4 = { method: 'none' };
  } else if (dhcp === 'true') {
    bond.ipv4 = { method: 'dhcp' };
  } else {
    for (const item of isSeq(addresses) ? addresses.items : []) {
      const address = fields(ctx, item);
      const text = `${scalarText(address.get('ip')?.value) ?? ''}/${scalarText(address.get('prefix-length')?.value) ?? ''}`;
      const cidr = parseCidr(text);
      if (cidr === undefined || bond.ipv4?.method === 'static') {
        ctx.notes.push(
          noteAt('warning', 'address-not-imported', origin(ctx, item), { value: text }),
        );
      } else {
        bond.ipv4 = { method: 'static', ...cidr };
      }
    }
  }
}

function readBond(ctx: YamlContext, name: string, entry: Map<string, Pair>): Bond {
  const bond = emptyBond(name);
  for (const [key, pair] of entry) {
    const text = scalarText(pair.value);
    if (
      key === 'name' ||
      (key === 'type' && text === 'bond') ||
      (key === 'state' && text === 'up')
    ) {
      continue;
    } else if (key === 'mtu' && text !== undefined && /^[0-9]{1,6}$/.test(text)) {
      bond.mtu = Number(text);
    } else if (key === 'link-aggregation') {
      readAggregation(ctx, bond, pair.value);
    } else if (key === 'ipv4') {
      readIpv4(ctx, bond, pair.value);
    } else if (
      key === 'ipv6' &&
      scalarText(fields(ctx, pair.value).get('enabled')?.value) === 'false'
    ) {
      continue;
    } else {
      unknownPair(ctx, pair);
    }
  }
  return bond;
}

function readEthernet(ctx: YamlContext, name: string, entry: Map<string, Pair>): Nic {
  const nic: Nic = { name };
  for (const [key, pair] of entry) {
    const text = scalarText(pair.value);
    if (
      key === 'name' ||
      (key === 'type' && text === 'ethernet') ||
      (key === 'state' && text === 'up')
    ) {
      continue;
    } else if (key === 'mac-address' && text !== undefined) {
      nic.mac = text.toLowerCase();
    } else {
      unknownPair(ctx, pair);
    }
  }
  return nic;
}

function readRoutes(ctx: YamlContext, bonds: Bond[], node: unknown): void {
  for (const section of pairs(ctx, node)) {
    if (keyOf(section) !== 'config') {
      unknownPair(ctx, section);
      continue;
    }
    for (const item of isSeq(section.value) ? section.value.items : []) {
      const route = fields(ctx, item);
      const destination = scalarText(route.get('destination')?.value);
      const via = scalarText(route.get('next-hop-address')?.value);
      const device = scalarText(route.get('next-hop-interface')?.value);
      const bond = bonds.find((candidate) => candidate.name === device);
      const ipv4 = bond?.ipv4;
      if (
        route.size === 3 &&
        destination === '0.0.0.0/0' &&
        via !== undefined &&
        bond !== undefined &&
        ipv4?.method === 'static' &&
        ipv4.gateway === undefined
      ) {
        bond.ipv4 = { ...ipv4, gateway: via };
      } else {
        ctx.notes.push(noteAt('warning', 'route-not-imported', origin(ctx, item)));
      }
    }
  }
}

function readFile(file: SourceFile, result: ParseResult): void {
  const opened = openYaml(file, result.notes);
  if (opened === undefined) return;
  const { ctx, doc } = opened;
  let routes: Pair | undefined;
  for (const top of pairs(ctx, doc.contents)) {
    const key = keyOf(top);
    if (key === 'routes') {
      routes = top;
      continue;
    }
    if (key !== 'interfaces' || !isSeq(top.value)) {
      unknownPair(ctx, top);
      continue;
    }
    for (const item of top.value.items) {
      const entry = fields(ctx, item);
      const name = scalarText(entry.get('name')?.value);
      const type = scalarText(entry.get('type')?.value);
      const state = scalarText(entry.get('state')?.value) ?? 'up';
      if (name === undefined || state !== 'up' || (type !== 'bond' && type !== 'ethernet')) {
        ctx.notes.push(
          noteAt('warning', 'interface-not-imported', origin(ctx, item), {
            name: name ?? '',
            type: type ?? '',
            state,
          }),
        );
      } else if (type === 'bond') {
        result.bonds.push(readBond(ctx, name, entry));
      } else {
        result.nics.push(readEthernet(ctx, name, entry));
      }
    }
  }
  if (routes !== undefined) readRoutes(ctx, result.bonds, routes.value);
}

/**
 * Parses nmstate state files (in order) into bonds and the ethernet interfaces they use; a port
 * with no interface entry of its own still becomes a NIC. Keys it does not use are notes.
 */
export function parseNmstate(files: SourceFile[]): ParseResult {
  const result: ParseResult = { nics: [], bonds: [], notes: [] };
  for (const file of files) readFile(file, result);
  const defined = new Set(result.nics.map((nic) => nic.name));
  for (const slave of result.bonds.flatMap((bond) => bond.slaves)) {
    if (!defined.has(slave)) {
      defined.add(slave);
      result.nics.push({ name: slave });
    }
  }
  return result;
}
