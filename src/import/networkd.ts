/**
 * Importer of systemd-networkd files (systemd.netdev(5), systemd.network(5)): a .netdev with
 * Kind=bond is a bond with its [Bond] keys (back to kernel names, time spans to the kernel's
 * units); a .network with Bond= enslaves its [Match] Name=; one matching the bond addresses it.
 */
import type { Bond, Nic, OptionName } from '../model/types';
import {
  emptyBond,
  modeOrNote,
  noteAt,
  notUnderstood,
  parseCidr,
  parseTimeSpan,
  setOptionText,
  type Origin,
  SHARED_LOSSES,
} from './parse-helpers';
import type { ImportNote, ParseResult, SourceFile } from './types';

/** What an export through the networkd target loses on the way back. */
export const ROUND_TRIP_LOSSES = {
  nicDetails: SHARED_LOSSES.nicDetails,
  numUnsolNa: 'num_grat_arp and num_unsol_na share GratuitousARP=, read back as num_grat_arp',
  ipv4None: 'IPv4 method none is written as no addressing at all',
  host: 'the host name is only in comments',
} as const;

interface Entry {
  section: string;
  key: string;
  value: string;
  origin: Origin;
}

/** How a [Bond] key's value becomes the kernel's text. */
interface BondKey {
  name: OptionName;
  read: (value: string) => string | undefined;
}

const plain = (name: OptionName): BondKey => ({ name, read: (value) => value });
const span = (name: OptionName, unit: 'ms' | 's'): BondKey => ({
  name,
  // A bare number is seconds in systemd, whatever unit the kernel uses.
  read: (value) => {
    const converted = parseTimeSpan(value, unit, 's');
    return converted === undefined ? undefined : String(converted);
  },
});
const boolean = (name: OptionName): BondKey => ({
  name,
  read: (value) => {
    const lower = value.toLowerCase();
    if (['1', 'yes', 'y', 'true', 't', 'on'].includes(lower)) return 'on';
    if (['0', 'no', 'n', 'false', 'f', 'off'].includes(lower)) return 'off';
    return undefined;
  },
});

const BOND_KEYS: Record<string, BondKey> = {
  MIIMonitorSec: span('miimon', 'ms'),
  UpDelaySec: span('updelay', 'ms'),
  DownDelaySec: span('downdelay', 'ms'),
  ARPIntervalSec: span('arp_interval', 'ms'),
  ARPIPTargets: plain('arp_ip_target'),
  ARPValidate: plain('arp_validate'),
  ARPAllTargets: plain('arp_all_targets'),
  ARPMissedMax: plain('arp_missed_max'),
  PrimaryReselectPolicy: plain('primary_reselect'),
  FailOverMACPolicy: plain('fail_over_mac'),
  GratuitousARP: plain('num_grat_arp'),
  TransmitHashPolicy: plain('xmit_hash_policy'),
  PacketsPerSlave: plain('packets_per_slave'),
  LACPTransmitRate: plain('lacp_rate'),
  AdSelect: plain('ad_select'),
  AdActorSystemPriority: plain('ad_actor_sys_prio'),
  AdActorSystem: plain('ad_actor_system'),
  AdUserPortKey: plain('ad_user_port_key'),
  MinLinks: plain('min_links'),
  DynamicTransmitLoadBalancing: boolean('tlb_dynamic_lb'),
  LearnPacketIntervalSec: span('lp_interval', 's'),
  AllSlavesActive: boolean('all_slaves_active'),
  ResendIGMP: plain('resend_igmp'),
};

// Entries that only name the device or are read by other parts of this importer.
const USED = new Set(['NetDev.Name', 'NetDev.Kind', 'Match.Name']);

function readUnitFile(file: SourceFile, notes: ImportNote[]): Entry[] {
  const entries: Entry[] = [];
  let section: string | undefined;
  file.text.split('\n').forEach((rawLine, index) => {
    const origin = { file: file.path, line: index + 1 };
    const line = rawLine.replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    const header = /^\[([A-Za-z]+)\]$/.exec(line);
    if (header?.[1] !== undefined) {
      section = header[1];
      return;
    }
    const eq = line.indexOf('=');
    if (section === undefined || eq <= 0 || line.endsWith('\\')) {
      notes.push(notUnderstood(origin, line));
      return;
    }
    entries.push({
      section,
      key: line.slice(0, eq).trim(),
      value: line.slice(eq + 1).trim(),
      origin,
    });
  });
  return entries;
}

function find(entries: Entry[], section: string, key: string): Entry | undefined {
  return entries.filter((entry) => entry.section === section && entry.key === key).at(-1);
}

function isTrue(value: string): boolean {
  return ['1', 'yes', 'y', 'true', 't', 'on'].includes(value.toLowerCase());
}

function readBondKey(bond: Bond, entry: Entry): ImportNote[] {
  if (entry.key === 'Mode') {
    const mode = modeOrNote(entry.value, entry.origin);
    if (typeof mode !== 'string') return [mode];
    bond.mode = mode;
    return [];
  }
  const bondKey = BOND_KEYS[entry.key];
  if (bondKey === undefined) {
    return [noteAt('warning', 'option-unknown', entry.origin, { option: entry.key })];
  }
  const text = bondKey.read(entry.value);
  return text === undefined
    ? [
        noteAt('warning', 'option-value-invalid', entry.origin, {
          option: bondKey.name,
          value: entry.value,
        }),
      ]
    : setOptionText(bond.options, bondKey.name, text, entry.origin);
}

function readNetdev(entries: Entry[], file: string, notes: ImportNote[]): Bond | undefined {
  const kind = find(entries, 'NetDev', 'Kind');
  const name = find(entries, 'NetDev', 'Name');
  if (kind?.value !== 'bond' || name === undefined) {
    notes.push(noteAt('warning', 'netdev-not-imported', { file }, { kind: kind?.value ?? '' }));
    return undefined;
  }
  const bond = emptyBond(name.value);
  for (const entry of entries) {
    if (entry.section === 'Bond') notes.push(...readBondKey(bond, entry));
    else if (entry.section === 'NetDev' && entry.key === 'MTUBytes') setMtu(bond, entry, notes);
    else if (!USED.has(`${entry.section}.${entry.key}`)) {
      notes.push(notUnderstood(entry.origin, `[${entry.section}] ${entry.key}=${entry.value}`));
    }
  }
  return bond;
}

function setMtu(bond: Bond, entry: Entry, notes: ImportNote[]): void {
  if (/^[0-9]{1,6}$/.test(entry.value)) bond.mtu = Number(entry.value);
  else notes.push(noteAt('warning', 'mtu-invalid', entry.origin, { value: entry.value }));
}

/** A .network file: which interface it matches and its entries. */
interface NetworkFile {
  file: string;
  name: string | undefined;
  entries: Entry[];
}

function readBondNetwork(bond: Bond, network: NetworkFile, notes: ImportNote[]): void {
  let gateway: Entry | undefined;
  for (const entry of network.entries) {
    const where = `${entry.section}.${entry.key}`;
    const cidr = parseCidr(entry.value);
    if (where === 'Link.MTUBytes') {
      setMtu(bond, entry, notes);
    } else if ((where === 'Network.Address' || where === 'Address.Address') && cidr) {
      if (bond.ipv4?.method === 'static') {
        notes.push(noteAt('warning', 'address-not-imported', entry.origin, { value: entry.value }));
      } else {
        bond.ipv4 = { method: 'static', ...cidr };
      }
    } else if (where === 'Network.Gateway' || where === 'Route.Gateway') {
      gateway = entry;
    } else if (where === 'Network.DHCP' && ['ipv4', 'yes', 'true'].includes(entry.value)) {
      bond.ipv4 = { method: 'dhcp' };
    } else if (where === 'Network.DHCP' && ['no', 'false', 'ipv6'].includes(entry.value)) {
      continue;
    } else if (!USED.has(where)) {
      notes.push(notUnderstood(entry.origin, `[${entry.section}] ${entry.key}=${entry.value}`));
    }
  }
  if (gateway === undefined) return;
  if (bond.ipv4?.method === 'static') bond.ipv4 = { ...bond.ipv4, gateway: gateway.value };
  else
    notes.push(noteAt('warning', 'gateway-not-imported', gateway.origin, { value: gateway.value }));
}

function readSlaveNetwork(
  bond: Bond,
  name: string,
  network: NetworkFile,
  notes: ImportNote[],
): void {
  bond.slaves.push(name);
  for (const entry of network.entries) {
    const where = `${entry.section}.${entry.key}`;
    if (where === 'Network.PrimarySlave' && isTrue(entry.value)) bond.options.primary = name;
    else if (where === 'Network.ActiveSlave' && isTrue(entry.value))
      bond.options.active_slave = name;
    else if (where !== 'Network.Bond' && !USED.has(where)) {
      notes.push(notUnderstood(entry.origin, `[${entry.section}] ${entry.key}=${entry.value}`));
    }
  }
}

/**
 * Parses .netdev and .network files (in the order given; slaves enslave in file order) into
 * bonds and their slave NICs. A .network must match one plain interface name to be used.
 */
export function parseNetworkd(files: SourceFile[]): ParseResult {
  const notes: ImportNote[] = [];
  const bonds: Bond[] = [];
  const networks: NetworkFile[] = [];
  for (const file of files) {
    const entries = readUnitFile(file, notes);
    if (file.path.endsWith('.netdev')) {
      const bond = readNetdev(entries, file.path, notes);
      if (bond !== undefined) bonds.push(bond);
    } else {
      const match = find(entries, 'Match', 'Name')?.value;
      networks.push({ file: file.path, name: match, entries });
    }
  }
  const nics: Nic[] = [];
  for (const network of networks) {
    const byName = bonds.find((bond) => bond.name === network.name);
    const bondEntry = find(network.entries, 'Network', 'Bond');
    const master = bonds.find((bond) => bond.name === bondEntry?.value);
    if (network.name === undefined || !/^[^\s*?[\]!]+$/.test(network.name)) {
      notes.push(noteAt('warning', 'network-match-unsupported', { file: network.file }));
    } else if (byName !== undefined) {
      readBondNetwork(byName, network, notes);
    } else if (master !== undefined) {
      readSlaveNetwork(master, network.name, network, notes);
      nics.push({ name: network.name });
    } else {
      notes.push(
        noteAt(
          'warning',
          'network-not-imported',
          { file: network.file },
          {
            bond: bondEntry?.value ?? '',
          },
        ),
      );
    }
  }
  return { nics, bonds, notes };
}
