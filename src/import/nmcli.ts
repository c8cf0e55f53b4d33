/**
 * Importer of shell scripts of `nmcli connection add|modify` commands (the nmcli target's script,
 * or what an admin types following the RHEL documentation): bond profiles become bonds, ethernet
 * or bond-slave profiles with a master/controller become their slaves. Tokenised, never run.
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
import { ROUND_TRIP_LOSSES as KEYFILE_LOSSES } from './nm-keyfile';
import { isHarmless, readScript, type Script, type ScriptCommand } from './shell-words';
import type { ImportNote, ParseResult, SourceFile } from './types';

/** What an export through the nmcli target loses on the way back: what nm-keyfile loses (same profiles). */
export const ROUND_TRIP_LOSSES = {
  ...KEYFILE_LOSSES,
  ipv4None: 'no IPv4 and IPv4 method none are both written as ipv4.method disabled',
  host: 'the host name is only in a comment',
} as const;

interface Setting {
  value: string;
  origin: Origin;
}

interface Profile {
  origin: Origin;
  settings: Map<string, Setting>;
  /** bond.options as key → value, in the order given. */
  bond: Map<string, Setting>;
}

// nmcli's short names (nmcli(1) "connection add", nm-settings-nmcli(5) aliases) → property.
const ALIASES: Record<string, string> = {
  type: 'connection.type',
  'con-name': 'connection.id',
  ifname: 'connection.interface-name',
  master: 'connection.master',
  controller: 'connection.master',
  'connection.controller': 'connection.master',
  'slave-type': 'connection.slave-type',
  'port-type': 'connection.slave-type',
  'connection.port-type': 'connection.slave-type',
  autoconnect: 'connection.autoconnect',
  'connection.autoconnect-ports': 'connection.autoconnect-slaves',
  mtu: 'ethernet.mtu',
  '802-3-ethernet.mtu': 'ethernet.mtu',
  mac: 'ethernet.mac-address',
  '802-3-ethernet.mac-address': 'ethernet.mac-address',
  ip4: 'ipv4.addresses',
  gw4: 'ipv4.gateway',
};

// Bond aliases of `nmcli connection add type bond`: each sets one key of bond.options.
const BOND_ALIASES: Record<string, string> = {
  mode: 'mode',
  primary: 'primary',
  miimon: 'miimon',
  downdelay: 'downdelay',
  updelay: 'updelay',
  'arp-interval': 'arp_interval',
  'arp-ip-target': 'arp_ip_target',
  'lacp-rate': 'lacp_rate',
};

const PROPERTIES: ReadonlySet<string> = new Set([
  'connection.type',
  'connection.id',
  'connection.uuid',
  'connection.interface-name',
  'connection.master',
  'connection.slave-type',
  'ethernet.mtu',
  'ethernet.mac-address',
  'bond-port.queue-id',
  'ipv4.method',
  'ipv4.addresses',
  'ipv4.gateway',
]);

// Properties that schedule or describe a profile but carry nothing of the design.
const IGNORED: ReadonlySet<string> = new Set([
  'connection.autoconnect',
  'connection.autoconnect-slaves',
  'connection.autoconnect-priority',
  'save',
  'ipv6.addr-gen-mode',
]);

// `nmcli connection` subcommands in nmcli(1)'s order, which decides what an abbreviation means.
const SUBCOMMANDS = [
  'show',
  'up',
  'down',
  'modify',
  'add',
  'edit',
  'clone',
  'delete',
  'monitor',
  'reload',
  'load',
  'import',
  'export',
  'migrate',
] as const;
const HARMLESS_SUBCOMMANDS: ReadonlySet<string> = new Set([
  'show',
  'up',
  'down',
  'delete',
  'reload',
  'load',
]);
const GLOBAL_WITH_VALUE = new Set([
  '-m',
  '--mode',
  '-f',
  '--fields',
  '-g',
  '--get-values',
  '-e',
  '--escape',
  '-c',
  '--colors',
  '-w',
  '--wait',
]);

/** Splits bond.options on commas that no backslash escapes, undoing the escapes. */
function bondOptionPairs(text: string): string[] {
  const pairs: string[] = [];
  let current = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (char === '\\' && index + 1 < text.length) {
      current += text[index + 1] ?? '';
      index += 1;
    } else if (char === ',') {
      pairs.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  pairs.push(current);
  return pairs.map((pair) => pair.trim()).filter((pair) => pair !== '');
}

class NmcliReader {
  readonly profiles: Profile[] = [];

  constructor(readonly notes: ImportNote[]) {}

  read(command: ScriptCommand, script: Script): void {
    if (isHarmless(command, script)) return;
    const args = command.args;
    let index = 1;
    while (args[index]?.startsWith('-') === true) {
      index += GLOBAL_WITH_VALUE.has(args[index] ?? '') ? 2 : 1;
    }
    const object = args[index] ?? '';
    const verb = args[index + 1] ?? '';
    const subcommand = SUBCOMMANDS.find((name) => verb !== '' && name.startsWith(verb));
    if (args[0] !== 'nmcli' || object === '' || !'connection'.startsWith(object)) {
      this.notes.push(notUnderstood(command.origin, command.text));
    } else if (subcommand !== undefined && HARMLESS_SUBCOMMANDS.has(subcommand)) {
      return;
    } else if (command.unresolved) {
      this.notes.push(notUnderstood(command.origin, command.text));
    } else if (subcommand === 'add') {
      const profile: Profile = { origin: command.origin, settings: new Map(), bond: new Map() };
      this.profiles.push(profile);
      this.setProperties(profile, args.slice(index + 2), command);
    } else if (subcommand === 'modify') {
      this.modify(args.slice(index + 2), command);
    } else {
      this.notes.push(notUnderstood(command.origin, command.text));
    }
  }

  private modify(args: string[], command: ScriptCommand): void {
    const [first = '', second = ''] = args;
    const keyed = ['id', 'uuid', 'path', 'apath'].includes(first);
    const key = keyed ? second : first;
    const profile = this.profiles.find((candidate) =>
      ['connection.id', 'connection.uuid', 'connection.interface-name'].some(
        (name) => candidate.settings.get(name)?.value === key,
      ),
    );
    if (profile === undefined) {
      this.notes.push(notUnderstood(command.origin, command.text));
      return;
    }
    this.setProperties(profile, args.slice(keyed ? 2 : 1), command);
  }

  private setProperties(profile: Profile, args: string[], command: ScriptCommand): void {
    const words = args.filter((word) => word !== '--');
    for (let index = 0; index < words.length; index += 2) {
      const raw = words[index] ?? '';
      const value = words[index + 1];
      if (value === undefined) {
        this.notes.push(notUnderstood(command.origin, raw));
        break;
      }
      this.setProperty(profile, raw, value, command.origin);
    }
  }

  private setProperty(profile: Profile, raw: string, value: string, origin: Origin): void {
    const sign = raw.startsWith('+') || raw.startsWith('-') ? raw[0] : '';
    const name = sign === '' ? raw : raw.slice(1);
    const property = ALIASES[name] ?? name;
    const bondKey = BOND_ALIASES[name];
    if (sign === '-') {
      this.notes.push(notUnderstood(origin, `${raw} ${value}`));
    } else if (bondKey !== undefined) {
      profile.bond.set(bondKey, { value, origin });
    } else if (property === 'bond.options') {
      if (sign === '') profile.bond.clear();
      for (const pair of bondOptionPairs(value)) {
        const equals = pair.indexOf('=');
        if (equals <= 0) {
          this.notes.push(noteAt('warning', 'option-malformed', origin, { text: pair }));
        } else {
          profile.bond.set(pair.slice(0, equals), { value: pair.slice(equals + 1), origin });
        }
      }
    } else if (property === 'ipv4.addresses' && sign === '+') {
      const previous = profile.settings.get(property)?.value;
      const joined = previous === undefined ? value : `${previous},${value}`;
      profile.settings.set(property, { value: joined, origin });
    } else if (PROPERTIES.has(property)) {
      profile.settings.set(property, { value, origin });
    } else if (property === 'ipv6.method' && ['ignore', 'disabled', 'auto'].includes(value)) {
      return;
    } else if (!IGNORED.has(property)) {
      this.notes.push(notUnderstood(origin, `${raw} ${value}`));
    }
  }
}

function setting(profile: Profile, name: string): string | undefined {
  return profile.settings.get(name)?.value;
}

function profileType(profile: Profile): string | undefined {
  const type = setting(profile, 'connection.type');
  if (type === '802-3-ethernet' || type === 'bond-slave') return 'ethernet';
  return type;
}

function ipv4Of(profile: Profile, notes: ImportNote[]): Ipv4 {
  const method = profile.settings.get('ipv4.method');
  const addresses = profile.settings.get('ipv4.addresses');
  const gateway = setting(profile, 'ipv4.gateway');
  // nmcli makes a profile with addresses but no method a manual one; NetworkManager's own
  // default for a profile without either is DHCP.
  const methodText = method?.value ?? (addresses === undefined ? 'auto' : 'manual');
  if (methodText === 'auto') return { method: 'dhcp' };
  if (methodText === 'disabled') return { method: 'none' };
  const at = method?.origin ?? addresses?.origin ?? profile.origin;
  if (methodText !== 'manual') {
    notes.push(noteAt('warning', 'ipv4-method-unsupported', at, { value: methodText }));
    return { method: 'none' };
  }
  const [first = '', ...rest] = (addresses?.value ?? '')
    .split(/[\s,]+/)
    .filter((text) => text !== '');
  for (const extra of rest) {
    notes.push(noteAt('warning', 'address-not-imported', at, { value: extra }));
  }
  const cidr = parseCidr(first);
  if (cidr === undefined) {
    notes.push(noteAt('warning', 'ipv4-address-invalid', at, { value: first }));
    return { method: 'none' };
  }
  return { method: 'static', ...cidr, ...(gateway === undefined ? {} : { gateway }) };
}

function bondOf(profile: Profile, name: string, notes: ImportNote[]): Bond {
  const bond = emptyBond(name);
  for (const [key, { value, origin }] of profile.bond) {
    if (key === 'mode') {
      const mode = modeOrNote(value, origin);
      if (typeof mode === 'string') bond.mode = mode;
      else notes.push(mode);
    } else if (isOptionName(key) && key !== 'queue_id') {
      notes.push(...setOptionText(bond.options, key, value, origin));
    } else {
      notes.push(noteAt('warning', 'option-unknown', origin, { option: key }));
    }
  }
  const mtu = profile.settings.get('ethernet.mtu');
  if (mtu !== undefined) {
    if (/^[0-9]{1,6}$/.test(mtu.value)) bond.mtu = Number(mtu.value);
    else notes.push(noteAt('warning', 'mtu-invalid', mtu.origin, { value: mtu.value }));
  }
  const mac = profile.settings.get('ethernet.mac-address');
  if (mac !== undefined) notes.push(notUnderstood(mac.origin, `ethernet.mac-address ${mac.value}`));
  bond.ipv4 = ipv4Of(profile, notes);
  return bond;
}

// Port profiles carry no IP configuration a design could hold; anything there is noted.
const PORT_UNUSED = ['ipv4.method', 'ipv4.addresses', 'ipv4.gateway'];

function addPort(profile: Profile, bond: Bond, name: string, nics: Nic[], notes: ImportNote[]) {
  bond.slaves.push(name);
  const nic: Nic = { name };
  const mac = setting(profile, 'ethernet.mac-address');
  if (mac !== undefined) nic.mac = mac.toLowerCase();
  nics.push(nic);
  const mtu = profile.settings.get('ethernet.mtu');
  if (mtu !== undefined) {
    notes.push(noteAt('info', 'slave-mtu-ignored', mtu.origin, { value: mtu.value }));
  }
  const queue = profile.settings.get('bond-port.queue-id');
  if (queue !== undefined && queue.value !== '0') {
    const queueIds = [...(bond.options.queue_id ?? []), `${name}:${queue.value}`];
    notes.push(...setOptionText(bond.options, 'queue_id', queueIds.join(','), queue.origin));
  }
  for (const key of PORT_UNUSED) {
    const entry = profile.settings.get(key);
    if (entry !== undefined) notes.push(notUnderstood(entry.origin, `${key} ${entry.value}`));
  }
  for (const [key, entry] of profile.bond) {
    notes.push(noteAt('warning', 'option-unknown', entry.origin, { option: key }));
  }
}

/**
 * Parses shell scripts of nmcli commands into bonds and their slaves, in command order. Reads
 * `nmcli connection add` (type bond / ethernet / bond-slave, con-name, ifname, bond.options and
 * the mode/miimon/… aliases, master/controller, slave-type/port-type, ethernet.mtu, ipv4.*) and
 * `connection modify` of a profile added earlier; show/up/down/delete are understood and change
 * nothing. A command it cannot use (another program, an unresolved $VARIABLE) is a note.
 */
export function parseNmcli(files: SourceFile[]): ParseResult {
  const notes: ImportNote[] = [];
  const reader = new NmcliReader(notes);
  for (const file of files) {
    const script = readScript(file, notes);
    for (const command of script.commands) reader.read(command, script);
  }
  const bonds: Bond[] = [];
  const nics: Nic[] = [];
  const bondKeys = new Map<string, Bond>();
  for (const profile of reader.profiles.filter((p) => profileType(p) === 'bond')) {
    const name = setting(profile, 'connection.interface-name') ?? setting(profile, 'connection.id');
    if (name === undefined) {
      notes.push(noteAt('warning', 'bond-without-name', profile.origin));
      continue;
    }
    const bond = bondOf(profile, name, notes);
    bonds.push(bond);
    for (const key of ['connection.uuid', 'connection.id', 'connection.interface-name']) {
      const text = setting(profile, key);
      if (text !== undefined) bondKeys.set(text, bond);
    }
  }
  for (const profile of reader.profiles.filter((p) => profileType(p) !== 'bond')) {
    const type = setting(profile, 'connection.type') ?? '';
    const portType =
      setting(profile, 'connection.slave-type') ?? (type === 'bond-slave' ? 'bond' : undefined);
    const master = setting(profile, 'connection.master');
    const name = setting(profile, 'connection.interface-name');
    if (profileType(profile) !== 'ethernet' || master === undefined || name === undefined) {
      notes.push(noteAt('warning', 'profile-not-imported', profile.origin, { type }));
      continue;
    }
    const bond = bondKeys.get(master);
    if (bond === undefined || (portType !== undefined && portType !== 'bond')) {
      notes.push(noteAt('warning', 'master-unknown', profile.origin, { master }));
      continue;
    }
    addPort(profile, bond, name, nics, notes);
  }
  return { nics, bonds, notes };
}
