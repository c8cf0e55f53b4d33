/**
 * A design as NetworkManager connection profiles: one bond profile per bond and one ethernet
 * port profile per slave, as data that the nm-keyfile target writes as .nmconnection files and
 * the nmcli target turns into `nmcli connection add` arguments, so both create the same
 * profiles. Property names as libnm spells them (nm-settings-nmcli(5)); formats:
 * shared/reference/peers-and-formats.md §3(c), §3(d).
 */
import { v5 as uuidv5 } from 'uuid';
import { BOND_MODE_INFO } from '../../../model/bond-modes';
import {
  enumNumber,
  formatOptionValue,
  OPTION_NAMES,
  parseQueueEntry,
} from '../../../model/options';
import { effectiveMiimon } from '../../../model/rule-helpers';
import type { Bond, Design, Nic, OptionName } from '../../../model/types';

/** Fixed namespace of the profile UUIDs; changing it would change every exported UUID. */
export const PROFILE_UUID_NAMESPACE = '01be502a-6514-5679-9c02-8813664f207c';

/** A key and its value as NetworkManager writes them. */
export type NmEntry = readonly [key: string, value: string];

/** IPv4 settings of a bond profile; `address` is `address/prefix`. */
export interface NmIpv4 {
  method: 'manual' | 'auto' | 'disabled';
  address?: string;
  gateway?: string;
}

/** One connection profile. */
export interface NmProfile {
  /** connection.id, also the keyfile's name: `bond0`, `bond0-port-eth0`. */
  id: string;
  uuid: string;
  type: 'bond' | 'ethernet';
  interfaceName: string;
  /** One line for comments: `bond bond0 (active-backup): slaves eth0 eth1`, `eth0, slave of bond0`. */
  summary: string;
  /** [connection] properties beyond id, uuid, type and interface-name. */
  connection: NmEntry[];
  /** [ethernet] properties (mtu of a bond, mac-address of a port). */
  ethernet: NmEntry[];
  /** Kernel bond options, `mode` first (bond profiles only). */
  bond: NmEntry[];
  /** [bond-port] properties (port profiles only). */
  bondPort: NmEntry[];
  /** Bond profiles only; ports carry no IP settings. */
  ipv4?: NmIpv4;
  /** IPv6 method of a bond profile. */
  ipv6?: 'ignore';
}

/**
 * The deterministic UUID of a profile: UUIDv5 of its id, so exporting again gives the same UUID
 * and the new profile replaces the old one instead of joining it.
 * @example profileUuid('bond0') // always the same UUID
 */
export function profileUuid(id: string): string {
  return uuidv5(id, PROFILE_UUID_NAMESPACE);
}

/** The id of the port profile of `nic` in `bond`, e.g. `bond0-port-eth0`. */
export function portProfileId(bond: Bond, nic: string): string {
  return `${bond.name}-port-${nic}`;
}

// libnm reads these on/off options as 0/1 and refuses the names.
const NUMERIC_ENUMS: ReadonlySet<OptionName> = new Set([
  'use_carrier',
  'all_slaves_active',
  'tlb_dynamic_lb',
]);

function optionText(bond: Bond, name: OptionName): string | undefined {
  const { options } = bond;
  const value = options[name];
  if (
    name === 'miimon' &&
    value === undefined &&
    (options.arp_interval ?? 0) === 0 &&
    !BOND_MODE_INFO[bond.mode].forcesMiimon
  ) {
    // NetworkManager defaults miimon to 100 where the kernel defaults to 0; writing the 0 keeps
    // the design's meaning. Not needed with arp_interval, which makes libnm drop miimon itself,
    // nor in modes 4–6, which turn 0 into 100 anyway.
    return '0';
  }
  if (value === undefined || name === 'queue_id') {
    // queue_id is per slave: each port profile carries its own queue-id.
    return undefined;
  }
  if (name === 'peer_notif_delay' && typeof value === 'number') {
    // libnm refuses a delay that is no multiple of miimon; the kernel rounds it down, so the
    // rounded value is what the bond would run with anyway.
    const miimon = effectiveMiimon(bond, options);
    return String(miimon > 0 ? value - (value % miimon) : value);
  }
  const text = formatOptionValue(name, value);
  return NUMERIC_ENUMS.has(name) ? String(enumNumber(name, text) ?? text) : text;
}

/** The bond options of a profile: mode first, then the options in canonical order. */
export function bondEntries(bond: Bond): NmEntry[] {
  const entries: NmEntry[] = [['mode', bond.mode]];
  for (const name of OPTION_NAMES) {
    const text = optionText(bond, name);
    if (text !== undefined) {
      entries.push([name, text]);
    }
  }
  return entries;
}

function ipv4Of(bond: Bond): NmIpv4 {
  const ipv4 = bond.ipv4;
  if (ipv4?.method === 'static') {
    return {
      method: 'manual',
      address: `${ipv4.address}/${ipv4.prefix}`,
      ...(ipv4.gateway === undefined ? {} : { gateway: ipv4.gateway }),
    };
  }
  return { method: ipv4?.method === 'dhcp' ? 'auto' : 'disabled' };
}

function bondProfile(bond: Bond): NmProfile {
  return {
    id: bond.name,
    uuid: profileUuid(bond.name),
    type: 'bond',
    interfaceName: bond.name,
    summary: `bond ${bond.name} (${bond.mode}): slaves ${bond.slaves.length > 0 ? bond.slaves.join(' ') : '(none)'}`,
    // Activating the bond then brings up its ports too.
    connection: [['autoconnect-slaves', '1']],
    ethernet: bond.mtu === undefined ? [] : [['mtu', String(bond.mtu)]],
    bond: bondEntries(bond),
    bondPort: [],
    ipv4: ipv4Of(bond),
    // The design says nothing about IPv6: leave it to the kernel, as the other targets do.
    ipv6: 'ignore',
  };
}

function slaveQueue(bond: Bond, slave: string): number | undefined {
  return (bond.options.queue_id ?? []).map(parseQueueEntry).find((entry) => entry?.slave === slave)
    ?.queue;
}

function portProfile(bond: Bond, nic: Nic): NmProfile {
  const id = portProfileId(bond, nic.name);
  const queue = slaveQueue(bond, nic.name);
  return {
    id,
    uuid: profileUuid(id),
    type: 'ethernet',
    interfaceName: nic.name,
    summary: `${nic.name}, slave of ${bond.name}`,
    // master/slave-type rather than controller/port-type: NetworkManager before 1.46 ignores
    // the new names, and 1.46+ still reads the old ones. The UUID names the exact bond profile.
    connection: [
      ['master', profileUuid(bond.name)],
      ['slave-type', 'bond'],
    ],
    // NetworkManager prints MACs in upper case; with it the port also refuses a renamed NIC.
    ethernet: nic.mac === undefined ? [] : [['mac-address', nic.mac.toUpperCase()]],
    bond: [],
    bondPort: queue === undefined ? [] : [['queue-id', String(queue)]],
  };
}

/** A bond's profile and its ports' profiles. */
export interface NmBondProfiles {
  bond: NmProfile;
  ports: NmProfile[];
}

/** The profiles per bond, in design order; ports in slave order. */
export function nmBondProfiles(design: Design): NmBondProfiles[] {
  return design.bonds.map((bond) => ({
    bond: bondProfile(bond),
    ports: bond.slaves.map((slave) => {
      const nic = design.nics.find((candidate) => candidate.name === slave);
      if (!nic) {
        throw new Error(`bond ${bond.name} names unknown slave ${slave}`);
      }
      return portProfile(bond, nic);
    }),
  }));
}

/** Every profile of the design: per bond (design order) its bond profile, then its ports. */
export function nmProfiles(design: Design): NmProfile[] {
  return nmBondProfiles(design).flatMap(({ bond, ports }) => [bond, ...ports]);
}
