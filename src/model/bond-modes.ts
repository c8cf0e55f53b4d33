/**
 * The seven bonding modes as data: kernel number, /proc text and capabilities, so rules and
 * renderers ask this table instead of scattering mode lists. Authority: kernel bonding driver
 * (bond_main.c, bond_options.c 6.x) as summarised in shared/reference/kernel-bonding.md §1.
 */
import { BOND_MODES, type BondMode } from './types';

/** What one bonding mode is and needs. */
export interface BondModeInfo {
  /** The kernel's mode number (module parameter `mode=N`, sysfs accepts it too). */
  number: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** The "Bonding Mode:" text of /proc/net/bonding/bondX (kernel `bond_mode_name`). */
  procName: string;
  /** What the switch ports facing the slaves must be configured as. */
  switchConfig: 'none' | 'static' | 'lacp';
  /** How traffic is spread: not at all, outgoing only, both ways, per packet, or duplicated. */
  loadBalancing: 'none' | 'tx' | 'tx-rx' | 'per-packet' | 'duplicate';
  /** `primary` and `active_slave` are accepted (modes 1, 5, 6). */
  supportsPrimary: boolean;
  /** ARP link monitoring is accepted (modes 0–3; the kernel refuses it in 4, 5 and 6). */
  supportsArpMonitor: boolean;
  /** `xmit_hash_policy` chooses the transmitting slave (2, 4, 5; 6 only with tlb_dynamic_lb off). */
  usesXmitHash: boolean;
  /** The slaves speak LACP (802.3ad only). */
  usesLacp: boolean;
  /** `tlb_dynamic_lb` is accepted (5, 6). */
  supportsTlbDynamicLb: boolean;
  /** Setting the mode turns miimon 0 into 100 (4, 5, 6), so an absent miimon means 100. */
  forcesMiimon: boolean;
  /** Slaves must report speed (and duplex) through ethtool, else they count as down (4, 5, 6). */
  needsSpeedDuplex: boolean;
}

/** Every mode's facts, keyed by kernel name. */
export const BOND_MODE_INFO: Record<BondMode, BondModeInfo> = {
  'balance-rr': {
    number: 0,
    procName: 'load balancing (round-robin)',
    switchConfig: 'static',
    loadBalancing: 'per-packet',
    supportsPrimary: false,
    supportsArpMonitor: true,
    usesXmitHash: false,
    usesLacp: false,
    supportsTlbDynamicLb: false,
    forcesMiimon: false,
    needsSpeedDuplex: false,
  },
  'active-backup': {
    number: 1,
    procName: 'fault-tolerance (active-backup)',
    switchConfig: 'none',
    loadBalancing: 'none',
    supportsPrimary: true,
    supportsArpMonitor: true,
    usesXmitHash: false,
    usesLacp: false,
    supportsTlbDynamicLb: false,
    forcesMiimon: false,
    needsSpeedDuplex: false,
  },
  'balance-xor': {
    number: 2,
    procName: 'load balancing (xor)',
    switchConfig: 'static',
    loadBalancing: 'tx-rx',
    supportsPrimary: false,
    supportsArpMonitor: true,
    usesXmitHash: true,
    usesLacp: false,
    supportsTlbDynamicLb: false,
    forcesMiimon: false,
    needsSpeedDuplex: false,
  },
  broadcast: {
    number: 3,
    procName: 'fault-tolerance (broadcast)',
    switchConfig: 'static',
    loadBalancing: 'duplicate',
    supportsPrimary: false,
    supportsArpMonitor: true,
    usesXmitHash: false,
    usesLacp: false,
    supportsTlbDynamicLb: false,
    forcesMiimon: false,
    needsSpeedDuplex: false,
  },
  '802.3ad': {
    number: 4,
    procName: 'IEEE 802.3ad Dynamic link aggregation',
    switchConfig: 'lacp',
    loadBalancing: 'tx-rx',
    supportsPrimary: false,
    supportsArpMonitor: false,
    usesXmitHash: true,
    usesLacp: true,
    supportsTlbDynamicLb: false,
    forcesMiimon: true,
    needsSpeedDuplex: true,
  },
  'balance-tlb': {
    number: 5,
    procName: 'transmit load balancing',
    switchConfig: 'none',
    loadBalancing: 'tx',
    supportsPrimary: true,
    supportsArpMonitor: false,
    usesXmitHash: true,
    usesLacp: false,
    supportsTlbDynamicLb: true,
    forcesMiimon: true,
    needsSpeedDuplex: true,
  },
  'balance-alb': {
    number: 6,
    procName: 'adaptive load balancing',
    switchConfig: 'none',
    loadBalancing: 'tx-rx',
    supportsPrimary: true,
    supportsArpMonitor: false,
    usesXmitHash: false,
    usesLacp: false,
    supportsTlbDynamicLb: true,
    forcesMiimon: true,
    needsSpeedDuplex: true,
  },
};

/** The i18n key segment of a mode: its name without dots, because i18next splits keys on '.'. */
export function modeKey(mode: BondMode): string {
  return mode.replaceAll('.', '');
}

/** True when `value` is one of the seven kernel mode names. */
export function isBondMode(value: unknown): value is BondMode {
  return typeof value === 'string' && (BOND_MODES as readonly string[]).includes(value);
}

/**
 * Reads a mode as sysfs and the module parameter accept it: the kernel name or its number.
 * @example parseMode('802.3ad') === parseMode(4) === parseMode('4') // '802.3ad'
 */
export function parseMode(value: string | number): BondMode | undefined {
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (/^[0-6]$/.test(text)) return BOND_MODES[Number(text)];
  return isBondMode(text) ? text : undefined;
}
