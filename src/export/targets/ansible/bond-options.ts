/**
 * The linux-system-roles `network` role's spelling of bond options (ArgValidator_DictBond in
 * module_utils/network_lsr/argument_validator.py, peers-and-formats.md §1.8 and §3.1): mostly
 * kernel names, but all_ports_active and packets_per_port, booleans for on/off options, a
 * comma string for arp_ip_target, and integer ranges of its own.
 */
import { OPTION_NAMES, type OptionValue } from '../../../model/options';
import type { Bond, OptionName } from '../../../model/types';
import type { OptionSupport } from '../../option-support';
import { withExplicitMiimon } from '../nmstate/explicit-miimon';

/**
 * What the role's `bond` dictionary can hold. num_unsol_na is written as num_grat_arp (one kernel
 * value; the model refuses two different counts). Missing: ns_ip6_target, arp_missed_max,
 * active_slave, lacp_active, coupled_control, broadcast_neighbor and queue_id.
 */
export const ANSIBLE_SUPPORT: OptionSupport = {
  miimon: true,
  updelay: true,
  downdelay: true,
  peer_notif_delay: true,
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
  xmit_hash_policy: true,
  packets_per_slave: true,
  lacp_rate: true,
  ad_select: true,
  min_links: true,
  tlb_dynamic_lb: true,
  lp_interval: true,
  ad_actor_sys_prio: true,
  ad_actor_system: true,
  ad_user_port_key: true,
  all_slaves_active: true,
  resend_igmp: true,
};

/** The role's own name where it differs from the kernel's. */
export const ANSIBLE_OPTION_NAMES: Partial<Record<OptionName, string>> = {
  all_slaves_active: 'all_ports_active',
  packets_per_slave: 'packets_per_port',
  num_unsol_na: 'num_grat_arp',
};

/** Ranges the role checks that are narrower than the kernel's (ArgValidatorNum val_min/val_max). */
export const ANSIBLE_RANGES: Partial<Record<OptionName, { min: number; max: number }>> = {
  miimon: { min: 0, max: 1000000 },
  updelay: { min: 0, max: 1000000 },
  downdelay: { min: 0, max: 1000000 },
  peer_notif_delay: { min: 0, max: 1000000 },
  arp_interval: { min: 0, max: 1000000 },
  lp_interval: { min: 1, max: 1000000 },
  min_links: { min: 0, max: 1000000 },
};

/** A value of the role's `bond` dictionary. */
export type AnsibleBondValue = number | string | boolean;

const BOOLEANS: ReadonlySet<OptionName> = new Set([
  'use_carrier',
  'tlb_dynamic_lb',
  'all_slaves_active',
]);

function ansibleValue(name: OptionName, value: OptionValue): AnsibleBondValue {
  if (Array.isArray(value)) {
    return value.join(',');
  }
  return BOOLEANS.has(name) ? value === 'on' : value;
}

/** The role's `bond` dictionary: mode first, then the options in canonical order. */
export function ansibleBond(bond: Bond): Record<string, AnsibleBondValue> {
  const options = withExplicitMiimon(bond);
  const entries = OPTION_NAMES.flatMap((name): [string, AnsibleBondValue][] => {
    const value = options[name];
    const key = ANSIBLE_OPTION_NAMES[name] ?? name;
    // num_unsol_na only stands in for num_grat_arp when the design gives no num_grat_arp.
    if (value === undefined || (name === 'num_unsol_na' && options.num_grat_arp !== undefined)) {
      return [];
    }
    return [[key, ansibleValue(name, value)]];
  });
  return Object.fromEntries([['mode', bond.mode], ...entries]);
}
