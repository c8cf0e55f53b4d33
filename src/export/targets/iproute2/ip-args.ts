/**
 * The iproute2 target's option words: `ip link add NAME type bond mode M KEY VALUE …` as
 * iplink_bond.c parses them, and which options go elsewhere (primary and active_slave need
 * slaves, queue_id is a per-slave `type bond_slave` attribute). Authority: `ip link help type
 * bond` (iproute2 6.1) and kernel-bonding.md §2.3 (netlink applies the mode before the rest).
 */
import { enumNumber, formatOptionValue, OPTION_NAMES } from '../../../model/options';
import type { Bond, OptionName } from '../../../model/types';
import type { OptionSupport } from '../../option-support';

/**
 * iproute2 speaks netlink, so it can set every option the kernel has: nothing is refused.
 * coupled_control needs iproute2 6.9 and broadcast_neighbor 6.17 (and kernels as new).
 */
export const IPROUTE2_OPTION_SUPPORT: OptionSupport = Object.fromEntries(
  OPTION_NAMES.map((name) => [name, true]),
);

/** Options set after the slaves are enslaved, each with its own command. */
export const AFTER_ENSLAVING: readonly OptionName[] = ['primary', 'active_slave', 'queue_id'];

// iplink_bond.c reads these three with get_u8, so it takes 0/1, not off/on.
const WRITTEN_AS_NUMBER: readonly OptionName[] = [
  'use_carrier',
  'tlb_dynamic_lb',
  'all_slaves_active',
];

// The one option whose iproute2 keyword differs from the kernel's sysfs name.
const KEYWORDS: Partial<Record<OptionName, string>> = { peer_notif_delay: 'peer_notify_delay' };

/** The keyword iproute2 uses for an option. */
export function ipKeyword(name: OptionName): string {
  return KEYWORDS[name] ?? name;
}

/**
 * The words after `type bond`: the mode, then every option set at creation in canonical order
 * (lists comma-joined, as iproute2 splits arp_ip_target and ns_ip6_target on commas).
 * @example bondTypeArgs(seedBond) // ['mode', 'active-backup', 'miimon', '100']
 */
export function bondTypeArgs(bond: Bond): string[] {
  const words = ['mode', bond.mode];
  for (const name of OPTION_NAMES) {
    const value = bond.options[name];
    if (value === undefined || AFTER_ENSLAVING.includes(name)) {
      continue;
    }
    const text = formatOptionValue(name, value);
    const number = WRITTEN_AS_NUMBER.includes(name) ? enumNumber(name, text) : undefined;
    words.push(ipKeyword(name), number === undefined ? text : String(number));
  }
  return words;
}
