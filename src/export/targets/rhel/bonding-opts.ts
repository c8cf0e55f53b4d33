/**
 * The rhel target's BONDING_OPTS: which kernel options RHEL/CentOS 6–8 ifcfg files can carry and
 * how. initscripts write each `key=value` to /sys/class/net/<bond>/bonding/<key> in the order
 * given, before enslaving (primary after); NetworkManager's ifcfg-rh reads the same words.
 * Authority: kernel-bonding.md §4.3 and §2.1–2.2, peers-and-formats.md §3(b).
 */
import { enumNumber, formatOptionValue, OPTION_NAMES } from '../../../model/options';
import type { Bond, OptionName } from '../../../model/types';
import { formatModuleParams } from '../../format/module-params';
import type { OptionSupport } from '../../option-support';

/**
 * What BONDING_OPTS can express. Left out: options no kernel of RHEL 8's 4.18 line had upstream
 * (peer_notif_delay 5.6, lacp_active 5.15, arp_missed_max 5.18, coupled_control 6.9,
 * broadcast_neighbor 6.17, xmit_hash_policy vlan+srcmac 5.12), ns_ip6_target (netlink only, no
 * sysfs file), and the two that need enslaved slaves while initscripts apply BONDING_OPTS before
 * enslaving: active_slave and queue_id.
 */
export const RHEL_OPTION_SUPPORT: OptionSupport = {
  miimon: true,
  updelay: true,
  downdelay: true,
  use_carrier: true,
  arp_interval: true,
  arp_ip_target: true,
  arp_validate: true,
  arp_all_targets: true,
  primary: true,
  primary_reselect: true,
  fail_over_mac: true,
  num_grat_arp: true,
  num_unsol_na: true,
  xmit_hash_policy: ['layer2', 'layer3+4', 'layer2+3', 'encap2+3', 'encap3+4'],
  packets_per_slave: true,
  lacp_rate: true,
  ad_select: true,
  ad_actor_sys_prio: true,
  ad_actor_system: true,
  ad_user_port_key: true,
  min_links: true,
  tlb_dynamic_lb: true,
  lp_interval: true,
  all_slaves_active: true,
  resend_igmp: true,
};

// Kernels before the 3.14 option table (RHEL 6 and 7) read these sysfs files as integers only,
// and NetworkManager declares them as integers 0–1.
const WRITTEN_AS_NUMBER: readonly OptionName[] = [
  'use_carrier',
  'tlb_dynamic_lb',
  'all_slaves_active',
];

/**
 * The BONDING_OPTS words of a bond: `mode` first, because each later word is a separate sysfs
 * write that fails if the mode in force at that moment refuses it (`lacp_rate=fast mode=4`
 * fails, `mode=4 lacp_rate=fast` works); then the options in canonical order, which writes
 * miimon before the delays that need it.
 * @example bondingOpts(seedBond) === 'mode=active-backup miimon=100'
 */
export function bondingOpts(bond: Bond): string {
  const params: [string, string][] = [['mode', bond.mode]];
  for (const name of OPTION_NAMES) {
    const value = bond.options[name];
    if (value === undefined) {
      continue;
    }
    const text = formatOptionValue(name, value);
    const number = WRITTEN_AS_NUMBER.includes(name) ? enumNumber(name, text) : undefined;
    params.push([name, number === undefined ? text : String(number)]);
  }
  return formatModuleParams(params);
}
