/**
 * The nmstate spelling of bond options: `link-aggregation.options` keeps the kernel names, with
 * booleans for use_carrier, tlb_dynamic_lb and lacp_active, dropped/delivered for
 * all_slaves_active, a comma string for arp_ip_target, and queue_id moved to `ports-config`.
 * Authority: nmstate rust/src/lib/ifaces/bond.rs (BondOptions, BondPortConfig).
 */
import { OPTION_NAMES, parseQueueEntry, type OptionValue } from '../../../model/options';
import type { Bond, OptionName } from '../../../model/types';
import type { OptionSupport } from '../../option-support';
import { withExplicitMiimon } from './explicit-miimon';

/**
 * What nmstate's BondOptions can hold. Missing: peer_notif_delay, active_slave, coupled_control
 * and broadcast_neighbor (nmstate has no field for them and refuses unknown fields).
 */
export const NMSTATE_SUPPORT: OptionSupport = {
  miimon: true,
  updelay: true,
  downdelay: true,
  use_carrier: true,
  arp_interval: true,
  arp_ip_target: true,
  ns_ip6_target: true,
  arp_validate: true,
  arp_all_targets: true,
  arp_missed_max: true,
  primary: true,
  primary_reselect: true,
  fail_over_mac: true,
  num_grat_arp: true,
  num_unsol_na: true,
  xmit_hash_policy: true,
  packets_per_slave: true,
  lacp_rate: true,
  lacp_active: true,
  ad_select: true,
  min_links: true,
  tlb_dynamic_lb: true,
  lp_interval: true,
  ad_actor_sys_prio: true,
  ad_actor_system: true,
  ad_user_port_key: true,
  all_slaves_active: true,
  resend_igmp: true,
  queue_id: true,
};

/** A value of nmstate's `link-aggregation.options`. */
export type NmstateOptionValue = number | string | boolean | string[];

const BOOLEANS: ReadonlySet<OptionName> = new Set(['use_carrier', 'tlb_dynamic_lb', 'lacp_active']);

function nmstateValue(name: OptionName, value: OptionValue): NmstateOptionValue {
  if (name === 'arp_ip_target' && Array.isArray(value)) {
    return value.join(',');
  }
  if (name === 'all_slaves_active') {
    return value === 'on' ? 'delivered' : 'dropped';
  }
  return BOOLEANS.has(name) ? value === 'on' : value;
}

/** The bond's `link-aggregation.options`, in canonical option order, miimon always explicit. */
export function nmstateOptions(bond: Bond): Record<string, NmstateOptionValue> {
  const options = withExplicitMiimon(bond);
  return Object.fromEntries(
    OPTION_NAMES.flatMap((name) => {
      const value = options[name];
      return value === undefined || name === 'queue_id' ? [] : [[name, nmstateValue(name, value)]];
    }),
  );
}

/** A `ports-config` entry: the port and, when the design gives one, its transmit queue. */
export interface NmstatePortConfig {
  name: string;
  'queue-id'?: number;
}

/**
 * `ports-config` for a bond with queue_id entries (nmstate wants every port listed there once
 * `port` is given too), or undefined when the design sets no queue.
 */
export function nmstatePortsConfig(bond: Bond): NmstatePortConfig[] | undefined {
  const entries = bond.options.queue_id;
  if (entries === undefined) {
    return undefined;
  }
  const queues = new Map(
    entries.flatMap((entry) => {
      const parsed = parseQueueEntry(entry);
      return parsed ? [[parsed.slave, parsed.queue] as const] : [];
    }),
  );
  return bond.slaves.map((name) => {
    const queue = queues.get(name);
    return queue === undefined ? { name } : { name, 'queue-id': queue };
  });
}
