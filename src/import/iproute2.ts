/**
 * Importer of shell scripts that build bonds with iproute2 (the iproute2 target's
 * bondsmith-up.sh, or a hand-written one): `ip link add NAME type bond …`, `ip link set DEV master
 * BOND`, `ip address add`, `ip route add default`, MTUs and dhclient/dhcpcd. Tokenised, never run.
 */
import { isInSubnet } from '../model/addressing';
import { isOptionName } from '../model/options';
import type { Bond, Nic } from '../model/types';
import { applyOption, type BondDraft } from './option-text';
import {
  emptyBond,
  noteAt,
  notUnderstood,
  parseCidr,
  type Origin,
  SHARED_LOSSES,
} from './parse-helpers';
import { isHarmless, readScript, type Script, type ScriptCommand } from './shell-words';
import type { ImportNote, ParseResult, SourceFile } from './types';

/**
 * What an export through the iproute2 target loses on the way back. Only the up script is read:
 * bondsmith-down.sh deletes bonds and builds none, so it is neither detected nor imported.
 */
export const ROUND_TRIP_LOSSES = {
  nicDetails: SHARED_LOSSES.nicDetails,
  ipv4None: 'no IPv4 and IPv4 method none both write no address and no DHCP client',
  host: 'the host name is only in a comment',
} as const;

// iproute2's keyword where it differs from the kernel's sysfs name (iplink_bond.c).
const KEYWORDS: Record<string, string> = { peer_notify_delay: 'peer_notif_delay' };
// `ip link add … type bond` keywords that take no value.
const FLAGS = new Set(['clear_active_slave']);

// `ip` objects by the abbreviations ip(8) accepts (it takes the first match in its own table).
function ipObject(word: string): 'address' | 'link' | 'route' | undefined {
  if (word === '') return undefined;
  if ('address'.startsWith(word)) return 'address';
  if ('link'.startsWith(word)) return 'link';
  if ('route'.startsWith(word)) return 'route';
  return undefined;
}

function verbIs(word: string, full: string, shortest: number): boolean {
  return word.length >= shortest && full.startsWith(word);
}

interface Route {
  via: string;
  device?: string;
  origin: Origin;
}

class Iproute2Reader {
  readonly bonds: Bond[] = [];
  readonly nics: Nic[] = [];
  readonly routes: Route[] = [];

  constructor(readonly notes: ImportNote[]) {}

  private bond(name: string): Bond | undefined {
    return this.bonds.find((bond) => bond.name === name);
  }

  private skip(command: ScriptCommand): void {
    this.notes.push(notUnderstood(command.origin, command.text));
  }

  read(command: ScriptCommand, script: Script): void {
    if (isHarmless(command, script)) return;
    const [program = '', ...rest] = command.args;
    if (
      program === 'modprobe' &&
      rest[0] === 'bonding' &&
      rest.slice(1).every((w) => /^max_bonds=[0-9]+$/.test(w))
    ) {
      return;
    }
    if (command.unresolved) {
      this.skip(command);
    } else if (program === 'ip') {
      this.ip(command, rest);
    } else if (program === 'dhclient' || program === 'dhcpcd') {
      this.dhcp(command, program, rest);
    } else {
      this.skip(command);
    }
  }

  private ip(command: ScriptCommand, args: string[]): void {
    let index = 0;
    while (
      /^-[0-9a-z]+$/.test(args[index] ?? '') &&
      !['-n', '-netns', '-b', '-batch'].includes(args[index] ?? '')
    ) {
      index += 1;
    }
    const object = ipObject(args[index] ?? '');
    const verb = args[index + 1] ?? '';
    const words = args.slice(index + 2);
    if (object === 'link' && verbIs(verb, 'add', 1)) this.linkAdd(command, words);
    else if (object === 'link' && verbIs(verb, 'set', 1)) this.linkSet(command, words);
    else if (object === 'address' && verbIs(verb, 'add', 1)) this.addressAdd(command, words);
    else if (object === 'address' && verbIs(verb, 'flush', 1)) return;
    else if (object === 'route' && ['add', 'replace', 'append', 'a', 'r'].includes(verb)) {
      this.routeAdd(command, words);
    } else {
      this.skip(command);
    }
  }

  private linkAdd(command: ScriptCommand, words: string[]): void {
    let name: string | undefined;
    let mtu: number | undefined;
    let index = 0;
    for (; index < words.length && words[index] !== 'type'; index += 1) {
      const word = words[index] ?? '';
      const next = words[index + 1];
      if ((word === 'name' || word === 'dev') && next !== undefined) {
        name = next;
        index += 1;
      } else if (word === 'mtu' && next !== undefined && /^[0-9]{1,6}$/.test(next)) {
        mtu = Number(next);
        index += 1;
      } else if (word === 'link' && next !== undefined) {
        index += 1;
      } else if (name === undefined) {
        name = word;
      } else {
        this.skip(command);
        return;
      }
    }
    const type = words[index + 1] ?? '';
    if (name === undefined || type === '') {
      this.skip(command);
      return;
    }
    if (type !== 'bond') {
      this.notes.push(noteAt('warning', 'interface-not-imported', command.origin, { name, type }));
      return;
    }
    if (this.bond(name) !== undefined) {
      this.notes.push(noteAt('warning', 'bond-duplicate', command.origin, { bond: name }));
      return;
    }
    const bond = emptyBond(name);
    if (mtu !== undefined) bond.mtu = mtu;
    this.bondWords(bond, words.slice(index + 2), command);
    this.bonds.push(bond);
  }

  // The KEY VALUE words after `type bond`, as `ip link help type bond` lists them.
  private bondWords(bond: Bond, words: string[], command: ScriptCommand): void {
    const draft: BondDraft = { name: bond.name, mode: bond.mode, options: bond.options };
    const at = { file: command.origin.file, line: command.origin.line ?? 1 };
    for (let index = 0; index < words.length; index += 2) {
      const word = words[index] ?? '';
      const key = KEYWORDS[word] ?? word;
      const value = words[index + 1];
      if (FLAGS.has(word) || (key !== 'mode' && !isOptionName(key)) || value === undefined) {
        this.notes.push(
          notUnderstood(command.origin, value === undefined ? word : `${word} ${value}`),
        );
        index -= FLAGS.has(word) ? 1 : 0;
        continue;
      }
      applyOption(draft, key, value, at, this.notes);
    }
    if (draft.mode !== undefined) bond.mode = draft.mode;
  }

  private linkSet(command: ScriptCommand, words: string[]): void {
    const first = words[0] === 'dev' ? 1 : 0;
    const device = words[first];
    if (device === undefined) {
      this.skip(command);
      return;
    }
    const actions: (() => void)[] = [];
    for (let index = first + 1; index < words.length; index += 1) {
      const word = words[index] ?? '';
      const next = words[index + 1];
      if (word === 'up' || word === 'down') continue;
      if (word === 'master' && next !== undefined) {
        actions.push(() => this.enslave(command, device, next));
        index += 1;
      } else if (word === 'mtu' && next !== undefined) {
        actions.push(() => this.mtu(command, device, next));
        index += 1;
      } else if (word === 'type' && next === 'bond' && this.bond(device) !== undefined) {
        const bond = this.bond(device);
        const rest = words.slice(index + 2);
        if (bond !== undefined) actions.push(() => this.bondWords(bond, rest, command));
        break;
      } else if (word === 'type' && next === 'bond_slave') {
        const rest = words.slice(index + 2);
        actions.push(() => this.slaveWords(command, device, rest));
        break;
      } else {
        this.skip(command);
        return;
      }
    }
    for (const action of actions) action();
  }

  private enslave(command: ScriptCommand, device: string, master: string): void {
    const bond = this.bond(master);
    if (bond === undefined) {
      this.notes.push(noteAt('warning', 'master-unknown', command.origin, { master }));
      return;
    }
    if (!bond.slaves.includes(device)) bond.slaves.push(device);
    if (!this.nics.some((nic) => nic.name === device)) this.nics.push({ name: device });
  }

  private mtu(command: ScriptCommand, device: string, value: string): void {
    const bond = this.bond(device);
    if (!/^[0-9]{1,6}$/.test(value)) {
      this.notes.push(noteAt('warning', 'mtu-invalid', command.origin, { value }));
    } else if (bond !== undefined) {
      bond.mtu = Number(value);
    } else if (this.bonds.some((candidate) => candidate.slaves.includes(device))) {
      this.notes.push(noteAt('info', 'slave-mtu-ignored', command.origin, { value }));
    } else {
      this.skip(command);
    }
  }

  private slaveWords(command: ScriptCommand, device: string, words: string[]): void {
    const bond = this.bonds.find((candidate) => candidate.slaves.includes(device));
    const [key, value] = words;
    if (bond === undefined || key !== 'queue_id' || value === undefined || words.length !== 2) {
      this.skip(command);
      return;
    }
    const draft: BondDraft = { name: bond.name, mode: bond.mode, options: bond.options };
    const at = { file: command.origin.file, line: command.origin.line ?? 1 };
    applyOption(draft, 'queue_id', `${device}:${value}`, at, this.notes);
  }

  private addressAdd(command: ScriptCommand, words: string[]): void {
    let address: string | undefined;
    let device: string | undefined;
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index] ?? '';
      const next = words[index + 1];
      if (word === 'dev' && next !== undefined) {
        device = next;
        index += 1;
      } else if ((word === 'brd' || word === 'broadcast') && next !== undefined) {
        index += 1;
      } else if (word === 'local' && next !== undefined) {
        address = next;
        index += 1;
      } else if (address === undefined) {
        address = word;
      } else {
        this.skip(command);
        return;
      }
    }
    const bond = device === undefined ? undefined : this.bond(device);
    // ip(8): an address without a prefix is a host address, /32.
    const cidr =
      address === undefined
        ? undefined
        : parseCidr(address.includes('/') ? address : `${address}/32`);
    if (bond === undefined || cidr === undefined || bond.ipv4 !== undefined) {
      this.notes.push(
        noteAt('warning', 'address-not-imported', command.origin, { value: address ?? '' }),
      );
      return;
    }
    bond.ipv4 = { method: 'static', ...cidr };
  }

  private routeAdd(command: ScriptCommand, words: string[]): void {
    const [destination, ...rest] = words;
    const via = rest[0] === 'via' ? rest[1] : undefined;
    const device = rest[2] === 'dev' ? rest[3] : undefined;
    const length = device === undefined ? 2 : 4;
    if (
      (destination !== 'default' && destination !== '0.0.0.0/0') ||
      via === undefined ||
      rest.length !== length
    ) {
      this.notes.push(noteAt('warning', 'route-not-imported', command.origin));
      return;
    }
    this.routes.push({ via, origin: command.origin, ...(device === undefined ? {} : { device }) });
  }

  private dhcp(command: ScriptCommand, program: string, args: string[]): void {
    const release = program === 'dhclient' ? ['-r', '-x'] : ['-k', '-x'];
    if (args.some((arg) => release.includes(arg))) return;
    const names = args.filter((arg) => !arg.startsWith('-'));
    const bond = names.length === 1 ? this.bond(names[0] ?? '') : undefined;
    if (bond === undefined || (bond.ipv4 !== undefined && bond.ipv4.method !== 'dhcp')) {
      this.skip(command);
      return;
    }
    bond.ipv4 = { method: 'dhcp' };
  }

  // Default routes are applied last, so that a route written before its address still counts.
  applyRoutes(): void {
    for (const route of this.routes) {
      const bond = this.bonds.find((candidate) => {
        const ipv4 = candidate.ipv4;
        return route.device === undefined
          ? ipv4?.method === 'static' && isInSubnet(route.via, ipv4.address, ipv4.prefix)
          : candidate.name === route.device;
      });
      const ipv4 = bond?.ipv4;
      if (bond === undefined || ipv4?.method !== 'static' || ipv4.gateway !== undefined) {
        this.notes.push(
          noteAt('warning', 'gateway-not-imported', route.origin, { value: route.via }),
        );
      } else {
        bond.ipv4 = { ...ipv4, gateway: route.via };
      }
    }
  }
}

/**
 * Parses iproute2 shell scripts into bonds and their slaves, in command order. Reads `ip link add
 * NAME type bond KEY VALUE…` (every keyword of `ip link help type bond`; numbers become names),
 * `ip link set [dev] DEV master BOND | mtu N | type bond KEY VALUE | type bond_slave queue_id N`,
 * `ip address add A/P dev BOND`, `ip route add|replace default via G [dev BOND]` and a DHCP client
 * run on a bond. Shell checks, echo, modprobe bonding, `ip address flush` and up/down change
 * nothing; any other command (or an unresolved $VARIABLE where it matters) is a note.
 */
export function parseIproute2(files: SourceFile[]): ParseResult {
  const notes: ImportNote[] = [];
  const reader = new Iproute2Reader(notes);
  for (const file of files) {
    const script = readScript(file, notes);
    for (const command of script.commands) reader.read(command, script);
  }
  reader.applyRoutes();
  return { nics: reader.nics, bonds: reader.bonds, notes };
}
