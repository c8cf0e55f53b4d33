/**
 * Importer of NetworkManager keyfile profiles (.nmconnection, nm-settings-keyfile(5)): bond
 * profiles become bonds, ethernet profiles whose master/controller is a bond become its slaves.
 * GLib key file syntax: [group], key=value, '#' comments, backslash escapes.
 */
import { isOptionName } from '../model/options';
import type { Bond, Ipv4, Nic } from '../model/types';
import {
  emptyBond,
  modeOrNote,
  noteAt,
  notUnderstood,
  parseCidr,
  setOptionText,
  type Origin,
} from './parse-helpers';
import type { ImportNote, ParseResult, SourceFile } from './types';

/**
 * What an export through the nm-keyfile target loses on the way back (design → keyfiles →
 * design), keyed by a short name, for the round-trip test and the user documentation.
 */
export const ROUND_TRIP_LOSSES = {
  nicDetails: 'NIC model, driver and speed are not written; NICs outside bonds are not written',
  miimonZero: 'an unset miimon is written as miimon=0 where NetworkManager would default to 100',
  peerNotifDelay: 'peer_notif_delay is rounded down to a multiple of miimon',
  ipv4None: 'no IPv4 and IPv4 method none are both written as method=disabled',
  host: 'the host name is not written',
} as const;

interface Entry {
  key: string;
  value: string;
  origin: Origin;
}

interface Profile {
  file: string;
  groups: Map<string, Entry[]>;
}

const ESCAPES: Record<string, string> = { s: ' ', n: '\n', t: '\t', r: '\r', '\\': '\\' };

function unescapeValue(raw: string): string {
  return raw.replace(/\\(.)/g, (whole, char: string) => ESCAPES[char] ?? whole);
}

function readProfile(file: SourceFile, notes: ImportNote[]): Profile {
  const groups = new Map<string, Entry[]>();
  let current: Entry[] | undefined;
  file.text.split('\n').forEach((rawLine, index) => {
    const origin = { file: file.path, line: index + 1 };
    const line = rawLine.replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const group = /^\[([^\]]+)\]$/.exec(trimmed);
    if (group?.[1] !== undefined) {
      current = groups.get(group[1]) ?? [];
      groups.set(group[1], current);
      return;
    }
    const eq = line.indexOf('=');
    if (current === undefined || eq <= 0) {
      notes.push(notUnderstood(origin, line));
      return;
    }
    current.push({
      key: line.slice(0, eq).trim(),
      value: unescapeValue(line.slice(eq + 1).replace(/^[ \t]+/, '')),
      origin,
    });
  });
  return { file: file.path, groups };
}

function entries(profile: Profile, group: string): Entry[] {
  return profile.groups.get(group) ?? [];
}

function value(profile: Profile, group: string, key: string): string | undefined {
  return entries(profile, group).find((entry) => entry.key === key)?.value;
}

// Keys that only identify or schedule a profile: they carry nothing of the bond design.
const IGNORED: Record<string, readonly string[]> = {
  connection: [
    'id',
    'uuid',
    'type',
    'interface-name',
    'master',
    'controller',
    'slave-type',
    'port-type',
    'autoconnect',
    'autoconnect-slaves',
    'autoconnect-ports',
    'autoconnect-priority',
    'permissions',
    'timestamp',
  ],
  ethernet: ['mac-address', 'mtu'],
  'bond-port': ['queue-id'],
  ipv4: ['method', 'address1', 'gateway'],
  ipv6: ['addr-gen-mode'],
  proxy: [],
};

function unusedEntryNotes(profile: Profile): ImportNote[] {
  const notes: ImportNote[] = [];
  for (const [group, list] of profile.groups) {
    if (group === 'bond') continue;
    const known = IGNORED[group];
    for (const entry of list) {
      const ipv6Off =
        group === 'ipv6' &&
        entry.key === 'method' &&
        ['ignore', 'disabled', 'auto'].includes(entry.value);
      if (known?.includes(entry.key) !== true && !ipv6Off) {
        notes.push(notUnderstood(entry.origin, `[${group}] ${entry.key}=${entry.value}`));
      }
    }
  }
  return notes;
}

function bondOf(profile: Profile, name: string, notes: ImportNote[]): Bond {
  const bond = emptyBond(name);
  for (const entry of entries(profile, 'bond')) {
    if (entry.key === 'mode') {
      const mode = modeOrNote(entry.value, entry.origin);
      if (typeof mode === 'string') bond.mode = mode;
      else notes.push(mode);
    } else if (isOptionName(entry.key) && entry.key !== 'queue_id') {
      notes.push(...setOptionText(bond.options, entry.key, entry.value, entry.origin));
    } else {
      notes.push(noteAt('warning', 'option-unknown', entry.origin, { option: entry.key }));
    }
  }
  const mtu = entries(profile, 'ethernet').find((entry) => entry.key === 'mtu');
  if (mtu !== undefined) {
    if (/^[0-9]{1,6}$/.test(mtu.value)) bond.mtu = Number(mtu.value);
    else notes.push(noteAt('warning', 'mtu-invalid', mtu.origin, { value: mtu.value }));
  }
  const ipv4 = ipv4Of(profile, notes);
  if (ipv4 !== undefined) bond.ipv4 = ipv4;
  return bond;
}

function ipv4Of(profile: Profile, notes: ImportNote[]): Ipv4 | undefined {
  const list = entries(profile, 'ipv4');
  const method = list.find((entry) => entry.key === 'method');
  if (method === undefined) return undefined;
  if (method.value === 'auto') return { method: 'dhcp' };
  if (method.value === 'disabled') return { method: 'none' };
  if (method.value !== 'manual') {
    notes.push(
      noteAt('warning', 'ipv4-method-unsupported', method.origin, { value: method.value }),
    );
    return undefined;
  }
  const address = list.find((entry) => entry.key === 'address1');
  // address1 may carry the gateway after a comma, as older NetworkManager wrote it.
  const [cidrText = '', inlineGateway] = (address?.value ?? '').split(',');
  const cidr = parseCidr(cidrText);
  if (cidr === undefined) {
    notes.push(
      noteAt('warning', 'ipv4-address-invalid', address?.origin ?? method.origin, {
        value: address?.value ?? '',
      }),
    );
    return undefined;
  }
  const gateway = value(profile, 'ipv4', 'gateway') ?? inlineGateway;
  return { method: 'static', ...cidr, ...(gateway === undefined ? {} : { gateway }) };
}

function nicOf(profile: Profile, name: string, notes: ImportNote[]): Nic {
  const nic: Nic = { name };
  const mac = entries(profile, 'ethernet').find((entry) => entry.key === 'mac-address');
  if (mac !== undefined) nic.mac = mac.value.toLowerCase();
  const mtu = entries(profile, 'ethernet').find((entry) => entry.key === 'mtu');
  if (mtu !== undefined) {
    notes.push(noteAt('info', 'slave-mtu-ignored', mtu.origin, { value: mtu.value }));
  }
  return nic;
}

/**
 * Parses .nmconnection profiles into bonds (from type=bond profiles) and their slaves (ethernet
 * profiles with master=/controller= naming the bond by UUID, id or interface name, and
 * slave-type=/port-type=bond), in file order. Every key it does not use is a note.
 */
export function parseNmKeyfile(files: SourceFile[]): ParseResult {
  const notes: ImportNote[] = [];
  const profiles = files.map((file) => readProfile(file, notes));
  const bonds: Bond[] = [];
  const nics: Nic[] = [];
  const bondKeys = new Map<string, Bond>();
  for (const profile of profiles.filter((p) => value(p, 'connection', 'type') === 'bond')) {
    const name =
      value(profile, 'connection', 'interface-name') ?? value(profile, 'connection', 'id');
    if (name === undefined) {
      notes.push(noteAt('warning', 'bond-without-name', { file: profile.file }));
      continue;
    }
    const bond = bondOf(profile, name, notes);
    bonds.push(bond);
    for (const key of ['uuid', 'id', 'interface-name']) {
      const text = value(profile, 'connection', key);
      if (text !== undefined) bondKeys.set(text, bond);
    }
  }
  for (const profile of profiles) {
    const type = value(profile, 'connection', 'type');
    if (type === 'bond') {
      notes.push(...unusedEntryNotes(profile));
      continue;
    }
    const portType =
      value(profile, 'connection', 'port-type') ?? value(profile, 'connection', 'slave-type');
    const master =
      value(profile, 'connection', 'controller') ?? value(profile, 'connection', 'master');
    const name = value(profile, 'connection', 'interface-name');
    if (type !== 'ethernet' || portType !== 'bond' || master === undefined || name === undefined) {
      notes.push(
        noteAt('warning', 'profile-not-imported', { file: profile.file }, { type: type ?? '' }),
      );
      continue;
    }
    const bond = bondKeys.get(master);
    if (bond === undefined) {
      notes.push(noteAt('warning', 'master-unknown', { file: profile.file }, { master }));
      continue;
    }
    bond.slaves.push(name);
    nics.push(nicOf(profile, name, notes));
    const queue = entries(profile, 'bond-port').find((entry) => entry.key === 'queue-id');
    if (queue !== undefined && queue.value !== '0') {
      const queueIds = [...(bond.options.queue_id ?? []), `${name}:${queue.value}`];
      notes.push(...setOptionText(bond.options, 'queue_id', queueIds.join(','), queue.origin));
    }
    notes.push(...unusedEntryNotes(profile));
  }
  return { nics, bonds, notes };
}
