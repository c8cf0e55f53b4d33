/**
 * Bond options as data: kind, range, enum names in kernel number order, kernel default, modes
 * that refuse them and modes where they do anything, plus formatting (checking and reading values
 * is option-values.ts, which needs the address maths).
 * Authority: bond_options.c bond_opts[] (6.x) per shared/reference/kernel-bonding.md §2.
 */
import { isValidIfname } from './names';
import { BOND_MODES, type BondMode, type BondOptions, type OptionName } from './types';

/** How an option's value is written and checked. */
export type OptionKind =
  'int' | 'enum' | 'ipv4-list' | 'ipv6-list' | 'ifname' | 'mac' | 'queue-list';

/** Where an option sits in the bond form. */
export type OptionGroup = 'mii' | 'arp' | 'mode' | 'advanced';

/** Everything the model knows about one option. */
export interface OptionInfo {
  name: OptionName;
  kind: OptionKind;
  /** Enum names; the index is the kernel's number for that name. */
  values?: readonly string[];
  /** The enum names RHEL5's bonding 3.4.0 knows, when fewer than `values`. */
  rhel5Values?: readonly string[];
  min?: number;
  max?: number;
  /** Most entries a list may hold. */
  maxItems?: number;
  /** The kernel default (null: empty or none). */
  defaultValue: number | string | null;
  unit?: 'ms' | 's';
  group: OptionGroup;
  /** Modes in which the kernel refuses the option with EACCES (its unsuppmodes). */
  rejectedIn: readonly BondMode[];
  /** Modes in which the option has an effect; absent means every mode that accepts it. */
  effectiveIn?: readonly BondMode[];
  /** The option exists in RHEL5's bonding 3.4.0. */
  rhel5: boolean;
}

const INT_MAX = 2147483647;
const ONLY_8023AD: readonly BondMode[] = BOND_MODES.filter((m) => m !== '802.3ad');
const ONLY_ROUND_ROBIN: readonly BondMode[] = BOND_MODES.filter((m) => m !== 'balance-rr');
const NO_ARP: readonly BondMode[] = ['802.3ad', 'balance-tlb', 'balance-alb'];
const NO_PRIMARY: readonly BondMode[] = ['balance-rr', 'balance-xor', 'broadcast', '802.3ad'];
const ARP_MODES: readonly BondMode[] = ['balance-rr', 'active-backup', 'balance-xor', 'broadcast'];
const OFF_ON = ['off', 'on'] as const;

type Row = Omit<OptionInfo, 'name'>;
const int = (
  min: number,
  max: number,
  defaultValue: number,
  rest: Partial<Row> & Pick<Row, 'group'>,
): Row => ({
  kind: 'int',
  min,
  max,
  defaultValue,
  rejectedIn: [],
  rhel5: false,
  ...rest,
});
const enumeration = (
  values: readonly string[],
  defaultValue: string,
  rest: Partial<Row> & Pick<Row, 'group'>,
): Row => ({
  kind: 'enum',
  values,
  defaultValue,
  rejectedIn: [],
  rhel5: false,
  ...rest,
});

/** Every bond option, in canonical order (the order renderers write them, after `mode`). */
export const OPTION_INFO: Record<OptionName, OptionInfo> = Object.fromEntries(
  Object.entries({
    miimon: int(0, INT_MAX, 0, { unit: 'ms', group: 'mii', rhel5: true }),
    updelay: int(0, INT_MAX, 0, { unit: 'ms', group: 'mii', rhel5: true }),
    downdelay: int(0, INT_MAX, 0, { unit: 'ms', group: 'mii', rhel5: true }),
    peer_notif_delay: int(0, 300000, 0, {
      unit: 'ms',
      group: 'mii',
      effectiveIn: ['active-backup'],
    }),
    use_carrier: enumeration(OFF_ON, 'on', { group: 'mii', rhel5: true }),
    arp_interval: int(0, INT_MAX, 0, { unit: 'ms', group: 'arp', rejectedIn: NO_ARP, rhel5: true }),
    arp_ip_target: {
      kind: 'ipv4-list',
      maxItems: 16,
      defaultValue: null,
      group: 'arp',
      rejectedIn: [],
      effectiveIn: ARP_MODES,
      rhel5: true,
    },
    ns_ip6_target: {
      kind: 'ipv6-list',
      maxItems: 16,
      defaultValue: null,
      group: 'arp',
      rejectedIn: [],
      effectiveIn: ARP_MODES,
      rhel5: false,
    },
    arp_validate: enumeration(
      ['none', 'active', 'backup', 'all', 'filter', 'filter_active', 'filter_backup'],
      'none',
      {
        group: 'arp',
        rejectedIn: NO_ARP,
        rhel5: true,
        rhel5Values: ['none', 'active', 'backup', 'all'],
      },
    ),
    arp_all_targets: enumeration(['any', 'all'], 'any', {
      group: 'arp',
      effectiveIn: ['active-backup'],
    }),
    arp_missed_max: int(1, 255, 2, { group: 'arp', rejectedIn: NO_ARP }),
    primary: {
      kind: 'ifname',
      defaultValue: null,
      group: 'mode',
      rejectedIn: NO_PRIMARY,
      rhel5: true,
    },
    primary_reselect: enumeration(['always', 'better', 'failure'], 'always', {
      group: 'mode',
      effectiveIn: ['active-backup', 'balance-tlb', 'balance-alb'],
      rhel5: true,
    }),
    active_slave: {
      kind: 'ifname',
      defaultValue: null,
      group: 'mode',
      rejectedIn: NO_PRIMARY,
      rhel5: false,
    },
    fail_over_mac: enumeration(['none', 'active', 'follow'], 'none', {
      group: 'mode',
      effectiveIn: ['active-backup'],
      rhel5: true,
    }),
    num_grat_arp: int(0, 255, 1, { group: 'mode', effectiveIn: ['active-backup'], rhel5: true }),
    num_unsol_na: int(0, 255, 1, { group: 'mode', effectiveIn: ['active-backup'], rhel5: true }),
    xmit_hash_policy: enumeration(
      ['layer2', 'layer3+4', 'layer2+3', 'encap2+3', 'encap3+4', 'vlan+srcmac'],
      'layer2',
      {
        group: 'mode',
        effectiveIn: ['balance-xor', '802.3ad', 'balance-tlb', 'balance-alb'],
        rhel5: true,
        rhel5Values: ['layer2', 'layer3+4', 'layer2+3'],
      },
    ),
    packets_per_slave: int(0, 65535, 1, { group: 'mode', rejectedIn: ONLY_ROUND_ROBIN }),
    lacp_rate: enumeration(['slow', 'fast'], 'slow', {
      group: 'mode',
      rejectedIn: ONLY_8023AD,
      rhel5: true,
    }),
    lacp_active: enumeration(OFF_ON, 'on', { group: 'mode', rejectedIn: ONLY_8023AD }),
    ad_select: enumeration(['stable', 'bandwidth', 'count'], 'stable', {
      group: 'mode',
      effectiveIn: ['802.3ad'],
    }),
    min_links: int(0, INT_MAX, 0, { group: 'mode', effectiveIn: ['802.3ad'] }),
    tlb_dynamic_lb: enumeration(OFF_ON, 'on', {
      group: 'mode',
      rejectedIn: ['balance-rr', 'active-backup', 'balance-xor', 'broadcast', '802.3ad'],
    }),
    lp_interval: int(1, INT_MAX, 1, {
      unit: 's',
      group: 'mode',
      effectiveIn: ['balance-tlb', 'balance-alb'],
    }),
    ad_actor_sys_prio: int(1, 65535, 65535, { group: 'advanced', rejectedIn: ONLY_8023AD }),
    ad_actor_system: {
      kind: 'mac',
      defaultValue: '00:00:00:00:00:00',
      group: 'advanced',
      rejectedIn: ONLY_8023AD,
      rhel5: false,
    },
    ad_user_port_key: int(0, 1023, 0, { group: 'advanced', rejectedIn: ONLY_8023AD }),
    coupled_control: enumeration(OFF_ON, 'on', { group: 'advanced', rejectedIn: ONLY_8023AD }),
    broadcast_neighbor: enumeration(OFF_ON, 'off', { group: 'advanced', rejectedIn: ONLY_8023AD }),
    all_slaves_active: enumeration(OFF_ON, 'off', {
      group: 'advanced',
      effectiveIn: ['active-backup', '802.3ad', 'balance-tlb', 'balance-alb'],
    }),
    resend_igmp: int(0, 255, 1, {
      group: 'advanced',
      effectiveIn: ['balance-rr', 'active-backup', 'balance-tlb', 'balance-alb'],
      rhel5: true,
    }),
    queue_id: {
      kind: 'queue-list',
      defaultValue: null,
      group: 'advanced',
      rejectedIn: [],
      effectiveIn: ['balance-rr', 'active-backup'],
      rhel5: false,
    },
  } satisfies Record<OptionName, Row>).map(([name, row]) => [name, { name, ...row }]),
) as Record<OptionName, OptionInfo>;

/** Option names in canonical order. */
export const OPTION_NAMES: readonly OptionName[] = Object.keys(OPTION_INFO) as OptionName[];

/** True when `name` is a bond option key. */
export function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTION_INFO, name);
}

/** True unless the kernel refuses the option in `mode` (EACCES). */
export function isOptionAccepted(name: OptionName, mode: BondMode): boolean {
  return !OPTION_INFO[name].rejectedIn.includes(mode);
}

/** The options the kernel accepts in `mode`, in canonical order. */
export function acceptedOptions(mode: BondMode): OptionName[] {
  return OPTION_NAMES.filter((name) => isOptionAccepted(name, mode));
}

/** True when the option has an effect in `mode` (it may still depend on other options). */
export function isOptionEffective(name: OptionName, mode: BondMode): boolean {
  const { effectiveIn } = OPTION_INFO[name];
  return isOptionAccepted(name, mode) && (effectiveIn === undefined || effectiveIn.includes(mode));
}

/**
 * The kernel number of an enum value, or undefined when the option is no enum or lacks the value.
 * @example enumNumber('xmit_hash_policy', 'layer2+3') // 2
 */
export function enumNumber(name: OptionName, value: string): number | undefined {
  const index = OPTION_INFO[name].values?.indexOf(value) ?? -1;
  return index >= 0 ? index : undefined;
}

/** A value some option may hold. */
export type OptionValue = NonNullable<BondOptions[OptionName]>;

/**
 * The option's value as the kernel and sysfs write it: enums as names, lists comma-joined.
 * @example formatOptionValue('arp_ip_target', ['10.0.0.1', '10.0.0.2']) // '10.0.0.1,10.0.0.2'
 */
export function formatOptionValue(name: OptionName, value: OptionValue): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** Checks a queue_id entry `ifname:queue` (queue 0–65535, a u16 in the kernel). */
export function parseQueueEntry(text: string): { slave: string; queue: number } | undefined {
  const match = /^([^:]+):(0|[1-9][0-9]{0,4})$/.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const queue = Number(match[2]);
  return isValidIfname(match[1]) && queue <= 65535 ? { slave: match[1], queue } : undefined;
}
