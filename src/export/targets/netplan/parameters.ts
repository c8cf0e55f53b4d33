/**
 * Kernel bond options as netplan `bonds.<id>.parameters`: netplan's own key names, numbers in
 * netplan's default units (milliseconds; seconds for learn-packet-interval, like the kernel's
 * lp_interval) and booleans for on/off. Names: netplan-yaml(5) "Properties for device type
 * bonds" (0.106), peers-and-formats.md §1.5 and §3.1.
 */
import type { OptionValue } from '../../../model/options';
import { OPTION_NAMES } from '../../../model/options';
import type { Bond, OptionName } from '../../../model/types';
import type { OptionSupport } from '../../option-support';

/** A YAML scalar or list of scalars that a parameter takes. */
export type ParameterValue = string | number | boolean | string[];

/** How one option becomes a netplan parameter. */
interface Parameter {
  key: string;
  format: (value: OptionValue) => ParameterValue;
}

// No unit suffix on purpose: netplan's NetworkManager renderer copies the text into miimon=
// unconverted, so "100ms" would reach NM as an invalid value; a bare number means the same to both.
const same = (key: string): Parameter => ({ key, format: (value) => value });
const onOff = (key: string): Parameter => ({ key, format: (value) => value === 'on' });

/** The netplan parameter of every option netplan can express. */
export const NETPLAN_PARAMETERS: Partial<Record<OptionName, Parameter>> = {
  miimon: same('mii-monitor-interval'),
  updelay: same('up-delay'),
  downdelay: same('down-delay'),
  arp_interval: same('arp-interval'),
  arp_ip_target: {
    key: 'arp-ip-targets',
    format: (value) => (Array.isArray(value) ? [...value] : [String(value)]),
  },
  arp_validate: same('arp-validate'),
  arp_all_targets: same('arp-all-targets'),
  primary: same('primary'),
  primary_reselect: same('primary-reselect-policy'),
  fail_over_mac: same('fail-over-mac-policy'),
  // One kernel setting under two names (the model refuses two different values); netplan
  // writes it to both for NetworkManager.
  num_grat_arp: same('gratuitous-arp'),
  num_unsol_na: same('gratuitous-arp'),
  xmit_hash_policy: same('transmit-hash-policy'),
  packets_per_slave: same('packets-per-member'),
  lacp_rate: same('lacp-rate'),
  ad_select: same('ad-select'),
  min_links: same('min-links'),
  lp_interval: same('learn-packet-interval'),
  all_slaves_active: onOff('all-members-active'),
  resend_igmp: same('resend-igmp'),
};

/**
 * What netplan can write. Its values pass unchecked to the backend; with renderer networkd,
 * systemd 252 refuses `vlan+srcmac` and the `filter*` ARP validation values.
 */
export const NETPLAN_SUPPORT: OptionSupport = {
  ...Object.fromEntries(Object.keys(NETPLAN_PARAMETERS).map((name) => [name, true])),
  arp_validate: ['none', 'active', 'backup', 'all'],
  xmit_hash_policy: ['layer2', 'layer3+4', 'layer2+3', 'encap2+3', 'encap3+4'],
};

/**
 * Values netplan 0.106 reads and then writes nowhere: it keeps these parameters in unsigned or
 * boolean fields where 0 and false mean "not set", so neither networkd nor NetworkManager gets
 * them (for num_grat_arp, packets_per_slave and resend_igmp the kernel default 1 then applies).
 */
export const NETPLAN_UNWRITTEN: Partial<Record<OptionName, number | string>> = {
  num_grat_arp: 0,
  num_unsol_na: 0,
  packets_per_slave: 0,
  resend_igmp: 0,
  min_links: 0,
  all_slaves_active: 'off',
};

/** A bond's `parameters` mapping: mode first, then its options in canonical order. */
export function bondParameters(bond: Bond): Map<string, ParameterValue> {
  const parameters = new Map<string, ParameterValue>([['mode', bond.mode]]);
  for (const name of OPTION_NAMES) {
    const value = bond.options[name];
    const parameter = NETPLAN_PARAMETERS[name];
    if (value === undefined || parameter === undefined) continue;
    const formatted = parameter.format(value);
    const earlier = parameters.get(parameter.key);
    if (earlier !== undefined && earlier !== formatted) {
      throw new Error(
        `bond ${bond.name}: ${parameter.key} would be both ${String(earlier)} and ${String(formatted)}`,
      );
    }
    parameters.set(parameter.key, formatted);
  }
  return parameters;
}
