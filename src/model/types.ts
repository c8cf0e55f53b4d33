/**
 * The design: what the app edits, saves and opens, and what the command line reads.
 * Shape and vocabulary follow shared/spec/design-and-cli.md (design file version 1) and the
 * kernel's own names (sysfs option keys, mode names).
 */

/** The seven bonding modes by kernel name, in kernel number order (index = mode number). */
export const BOND_MODES = [
  'balance-rr',
  'active-backup',
  'balance-xor',
  'broadcast',
  '802.3ad',
  'balance-tlb',
  'balance-alb',
] as const;
export type BondMode = (typeof BOND_MODES)[number];

export type XmitHashPolicy =
  'layer2' | 'layer3+4' | 'layer2+3' | 'encap2+3' | 'encap3+4' | 'vlan+srcmac';
export type ArpValidate =
  'none' | 'active' | 'backup' | 'all' | 'filter' | 'filter_active' | 'filter_backup';
export type ArpAllTargets = 'any' | 'all';
export type FailOverMac = 'none' | 'active' | 'follow';
export type OnOff = 'off' | 'on';
export type LacpRate = 'slow' | 'fast';
export type AdSelect = 'stable' | 'bandwidth' | 'count';
export type PrimaryReselect = 'always' | 'better' | 'failure';

/**
 * Bond options keyed by their sysfs names. Absent means the kernel default.
 * Enumerations hold the kernel's names (a design file may give numbers; parsing normalises them).
 * `mode` is never here; per-slave netlink attributes (prio, actor_port_prio) are not bond options.
 */
export interface BondOptions {
  miimon?: number;
  updelay?: number;
  downdelay?: number;
  peer_notif_delay?: number;
  use_carrier?: OnOff;
  arp_interval?: number;
  arp_ip_target?: string[];
  ns_ip6_target?: string[];
  arp_validate?: ArpValidate;
  arp_all_targets?: ArpAllTargets;
  arp_missed_max?: number;
  primary?: string;
  primary_reselect?: PrimaryReselect;
  active_slave?: string;
  fail_over_mac?: FailOverMac;
  num_grat_arp?: number;
  num_unsol_na?: number;
  xmit_hash_policy?: XmitHashPolicy;
  packets_per_slave?: number;
  lacp_rate?: LacpRate;
  lacp_active?: OnOff;
  ad_select?: AdSelect;
  ad_actor_sys_prio?: number;
  ad_actor_system?: string;
  ad_user_port_key?: number;
  min_links?: number;
  coupled_control?: OnOff;
  broadcast_neighbor?: OnOff;
  tlb_dynamic_lb?: OnOff;
  lp_interval?: number;
  all_slaves_active?: OnOff;
  resend_igmp?: number;
  /** Per-slave transmit queue ids, each `ifname:queue` as sysfs takes them. */
  queue_id?: string[];
}
export type OptionName = keyof BondOptions;

/** IPv4 addressing of a bond: a discriminated union on `method`. */
export type Ipv4 =
  | { method: 'static'; address: string; prefix: number; gateway?: string }
  | { method: 'dhcp' }
  | { method: 'none' };

export interface Nic {
  /** Kernel interface name (1–15 chars, no '/', ':' or whitespace, not '.' or '..'). */
  name: string;
  /** Free text, e.g. "Broadcom Corporation NetXtreme II BCM5708 Gigabit Ethernet". */
  model?: string;
  /** Kernel module name, e.g. "bnx2". */
  driver?: string;
  mac?: string;
  /** Link speed in Mb/s. */
  speed?: number;
}

export interface Bond {
  name: string;
  mode: BondMode;
  /** NIC names in enslave order. */
  slaves: string[];
  options: BondOptions;
  ipv4?: Ipv4;
  mtu?: number;
}

/** Canvas position of a node, keyed in `Design.layout` by `nic:<name>` or `bond:<name>`. */
export interface Position {
  x: number;
  y: number;
}

export interface Design {
  version: 1;
  host?: { name?: string };
  nics: Nic[];
  bonds: Bond[];
  layout?: Record<string, Position>;
}

/** A design that `validateDesign` found free of errors; only renderers take it. */
export type ValidDesign = Design & { readonly __valid: unique symbol };

export type Severity = 'error' | 'warning';

/**
 * A coded finding. `path` is an RFC 6901 JSON Pointer into the design ("/bonds/0/options/miimon").
 * Messages are never built here: `code` and `params` go through the i18n catalogue.
 */
export interface Finding {
  severity: Severity;
  code: string;
  path: string;
  params?: Record<string, string | number>;
}
