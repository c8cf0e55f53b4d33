/**
 * The `nmcli connection add` argument lists that create the nm-keyfile target's profiles, as
 * data: the script quotes and prints them, and the tests feed the same lists to
 * `nmcli --offline connection add`. Property names: nm-settings-nmcli(5) (NetworkManager 1.40+).
 */
import type { NmEntry, NmProfile } from '../nm-keyfile/profiles';

/**
 * bond.options as nmcli reads it: `key=value` pairs joined by ',', with ',' and '\' inside a
 * value escaped by '\' (an arp_ip_target list holds commas).
 * @example bondOptionsArg([['mode', 'active-backup'], ['arp_ip_target', '10.0.0.1,10.0.0.2']]) === 'mode=active-backup,arp_ip_target=10.0.0.1\\,10.0.0.2'
 */
export function bondOptionsArg(entries: readonly NmEntry[]): string {
  return entries
    .map(([key, value]) => `${key}=${value.replaceAll('\\', '\\\\').replaceAll(',', '\\,')}`)
    .join(',');
}

function properties(setting: string, entries: readonly NmEntry[]): string[] {
  return entries.flatMap(([key, value]) => [`${setting}.${key}`, value]);
}

/**
 * The arguments after `nmcli connection add` for a profile, one group per setting (the script
 * prints a group per line): type, name and interface first, then connection, ethernet, bond,
 * bond-port, ipv4 and ipv6 properties. Empty groups are left out.
 */
export function nmcliAddGroups(profile: NmProfile): string[][] {
  const { ipv4 } = profile;
  const groups = [
    ['type', profile.type, 'con-name', profile.id, 'ifname', profile.interfaceName],
    properties('connection', [['uuid', profile.uuid], ...profile.connection]),
    properties('ethernet', profile.ethernet),
    profile.bond.length > 0 ? ['bond.options', bondOptionsArg(profile.bond)] : [],
    properties('bond-port', profile.bondPort),
    ipv4 === undefined
      ? []
      : [
          'ipv4.method',
          ipv4.method,
          ...(ipv4.address === undefined ? [] : ['ipv4.addresses', ipv4.address]),
          ...(ipv4.gateway === undefined ? [] : ['ipv4.gateway', ipv4.gateway]),
        ],
    profile.ipv6 === undefined ? [] : ['ipv6.method', profile.ipv6],
  ];
  return groups.filter((group) => group.length > 0);
}

/** The whole argument list after `nmcli connection add` for a profile. */
export function nmcliAddArgs(profile: NmProfile): string[] {
  return nmcliAddGroups(profile).flat();
}
