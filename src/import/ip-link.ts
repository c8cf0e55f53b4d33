/**
 * Importer of `ip -d link show` text (iproute2's ip/iplink_bond.c): bond devices with their
 * `bond mode … miimon …` details and the devices that are `master <bond>` with `bond_slave`
 * details. Runtime text lists every option; only values other than the kernel default are kept.
 */
import { isOptionAccepted, isOptionName, OPTION_INFO } from '../model/options';
import type { Bond, Nic, OptionName } from '../model/types';
import {
  emptyBond,
  modeOrNote,
  noteAt,
  notUnderstood,
  setOptionText,
  type Origin,
} from './parse-helpers';
import type { ImportNote, ParseResult, SourceFile } from './types';

// iproute2 prints these under other names than sysfs.
const RENAMED: Record<string, OptionName> = {
  peer_notify_delay: 'peer_notif_delay',
};

// What the bond is doing now rather than how it is set up (802.3ad aggregator state), and the
// generic link attributes `ip -d` prints after the kind's own.
const RUNTIME_KEYS = new Set([
  'ad_aggregator',
  'ad_num_ports',
  'ad_actor_key',
  'ad_partner_key',
  'ad_partner_mac',
  'addrgenmode',
  'numtxqueues',
  'numrxqueues',
  'gso_max_size',
  'gso_max_segs',
  'tso_max_size',
  'tso_max_segs',
  'gro_max_size',
  'gso_ipv4_max_size',
  'gro_ipv4_max_size',
  'parentbus',
  'parentdev',
]);

// Keys of a bond_slave line: runtime state of the port, all ignored except perm_hwaddr.
const SLAVE_KEYS = new Set([
  'state',
  'mii_status',
  'link_failure_count',
  'perm_hwaddr',
  'queue_id',
  'prio',
  'ad_aggregator_id',
  'ad_actor_oper_port_state',
  'ad_actor_oper_port_state_str',
  'ad_partner_oper_port_state',
  'ad_partner_oper_port_state_str',
]);

interface Device {
  name: string;
  mtu?: number;
  master?: string;
  origin: Origin;
  kind?: { type: 'bond' | 'bond_slave'; pairs: [string, string][]; origin: Origin };
  other: { text: string; origin: Origin }[];
}

const HEADER = /^\d+:\s+([^:@\s]+)(?:@[^:\s]+)?:\s+<[^>]*>\s*(.*)$/;

function pairsOf(text: string): [string, string][] {
  const tokens = text.trim().split(/\s+/);
  const pairs: [string, string][] = [];
  for (let index = 0; index + 1 < tokens.length; index += 2) {
    pairs.push([tokens[index] ?? '', tokens[index + 1] ?? '']);
  }
  if (tokens.length % 2 === 1) pairs.push([tokens.at(-1) ?? '', '']);
  return pairs;
}

function readDevices(file: SourceFile, notes: ImportNote[]): Device[] {
  const devices: Device[] = [];
  file.text.split('\n').forEach((rawLine, index) => {
    const origin = { file: file.path, line: index + 1 };
    const line = rawLine.replace(/\r$/, '');
    if (line.trim() === '') return;
    const header = HEADER.exec(line);
    if (header?.[1] !== undefined) {
      const rest = pairsOf(header[2] ?? '');
      const mtu = rest.find(([key]) => key === 'mtu')?.[1];
      const master = rest.find(([key]) => key === 'master')?.[1];
      devices.push({
        name: header[1],
        ...(mtu !== undefined && /^[0-9]+$/.test(mtu) ? { mtu: Number(mtu) } : {}),
        ...(master === undefined ? {} : { master }),
        origin,
        other: [],
      });
      return;
    }
    const device = devices.at(-1);
    const detail = /^\s+(bond|bond_slave)\s+(.*)$/.exec(line);
    if (device === undefined || !/^\s/.test(line)) {
      notes.push(notUnderstood(origin, line));
    } else if (detail?.[1] === 'bond' || detail?.[1] === 'bond_slave') {
      device.kind = { type: detail[1], pairs: pairsOf(detail[2] ?? ''), origin };
    } else if (!/^\s+(link\/|altname\s)/.test(line)) {
      device.other.push({ text: line.trim(), origin });
    }
  });
  return devices;
}

function isDefault(name: OptionName, options: Bond['options']): boolean {
  const value = options[name];
  const fallback = OPTION_INFO[name].defaultValue;
  return Array.isArray(value) ? value.length === 0 : value === fallback;
}

function readBond(device: Device, notes: ImportNote[]): Bond {
  const bond = emptyBond(device.name);
  if (device.mtu !== undefined) bond.mtu = device.mtu;
  const kind = device.kind;
  if (kind === undefined) return bond;
  const mode = kind.pairs.find(([key]) => key === 'mode')?.[1];
  if (mode !== undefined) {
    const parsed = modeOrNote(mode, kind.origin);
    if (typeof parsed === 'string') bond.mode = parsed;
    else notes.push(parsed);
  }
  for (const [key, text] of kind.pairs) {
    const name = RENAMED[key] ?? key;
    if (key === 'mode' || RUNTIME_KEYS.has(key)) continue;
    if (name === 'active_slave') {
      // The slave active right now, chosen by the kernel unless someone set it.
      notes.push(noteAt('info', 'runtime-active-slave', kind.origin, { value: text }));
    } else if (isOptionName(name)) {
      const options: Bond['options'] = {};
      const problems = setOptionText(options, name, text, kind.origin);
      notes.push(...problems);
      if (problems.length === 0 && !isDefault(name, options) && isOptionAccepted(name, bond.mode)) {
        Object.assign(bond.options, options);
      }
    } else {
      notes.push(notUnderstood(kind.origin, `bond ${key} ${text}`));
    }
  }
  return bond;
}

function readSlave(device: Device, notes: ImportNote[]): Nic {
  const nic: Nic = { name: device.name };
  for (const [key, value] of device.kind?.pairs ?? []) {
    if (key === 'perm_hwaddr') nic.mac = value.toLowerCase();
    else if (!SLAVE_KEYS.has(key) && !RUNTIME_KEYS.has(key) && device.kind) {
      notes.push(notUnderstood(device.kind.origin, `bond_slave ${key} ${value}`));
    }
  }
  return nic;
}

/**
 * Parses `ip -d link show` output into the bonds it shows (options that differ from the kernel
 * default and the mode accepts) and their slaves in the order listed. Other devices are notes.
 */
export function parseIpLink(files: SourceFile[]): ParseResult {
  const notes: ImportNote[] = [];
  const devices = files.flatMap((file) => readDevices(file, notes));
  const bonds = devices
    .filter((device) => device.kind?.type === 'bond')
    .map((device) => readBond(device, notes));
  const nics: Nic[] = [];
  for (const device of devices) {
    if (device.kind?.type === 'bond') {
      notes.push(...device.other.map(({ text, origin }) => notUnderstood(origin, text)));
      continue;
    }
    const bond = bonds.find((candidate) => candidate.name === device.master);
    if (device.kind?.type !== 'bond_slave' || bond === undefined) {
      notes.push(noteAt('info', 'interface-not-imported', device.origin, { name: device.name }));
      continue;
    }
    bond.slaves.push(device.name);
    nics.push(readSlave(device, notes));
    notes.push(...device.other.map(({ text, origin }) => notUnderstood(origin, text)));
  }
  return { nics, bonds, notes };
}
