/**
 * The bond panel's view of link monitoring and mode changes, derived from the model's option table
 * (OPTION_INFO groups, isOptionAccepted). The kernel runs MII or ARP monitoring, never both
 * (bonding HOWTO: "arp_interval ... should not be used with miimon"), so the panel offers a choice.
 */
import {
  OPTION_INFO,
  OPTION_NAMES,
  acceptedOptions,
  isOptionAccepted,
  isOptionEffective,
} from '../../model/options';
import type { BondMode, BondOptions, OptionName } from '../../model/types';

export type LinkMonitor = 'mii' | 'arp';

/*
 * Intervals set when the user picks a monitor: 100 ms is what the seed, NetworkManager and the
 * HOWTO examples use for miimon; ARP probing is heavier, so the HOWTO examples use 1000 ms. Without
 * an interval the monitor would be off and the choice would not survive a reload.
 */
export const MONITOR_INTERVALS = {
  mii: { name: 'miimon', value: 100 },
  arp: { name: 'arp_interval', value: 1000 },
} as const satisfies Record<LinkMonitor, { name: OptionName; value: number }>;

/** The monitor the options describe: ARP as soon as any ARP option is set, else MII. */
export function currentMonitor(options: BondOptions): LinkMonitor {
  const arpSet = OPTION_NAMES.some(
    (name) => OPTION_INFO[name].group === 'arp' && options[name] !== undefined,
  );
  return arpSet ? 'arp' : 'mii';
}

/** Whether the kernel lets `mode` use ARP monitoring (it refuses it in 802.3ad, tlb and alb). */
export function canUseArp(mode: BondMode): boolean {
  return isOptionAccepted(MONITOR_INTERVALS.arp.name, mode);
}

/**
 * The fields of `group` to show in `mode`: options the kernel accepts and that have an effect
 * there, plus accepted-but-inert ones that are set, so their warning has a field to fix it at.
 */
export function optionsOfGroup(
  mode: BondMode,
  group: 'mii' | 'arp' | 'mode' | 'advanced',
  options: BondOptions = {},
): OptionName[] {
  return acceptedOptions(mode).filter(
    (name) =>
      OPTION_INFO[name].group === group &&
      (isOptionEffective(name, mode) || options[name] !== undefined),
  );
}

/** The options that are set and belong to the monitor other than `monitor`. */
export function optionsClearedBy(options: BondOptions, monitor: LinkMonitor): OptionName[] {
  const other: LinkMonitor = monitor === 'mii' ? 'arp' : 'mii';
  return OPTION_NAMES.filter(
    (name) => OPTION_INFO[name].group === other && options[name] !== undefined,
  );
}

/** The options that are set but that the kernel refuses in `mode`. */
export function refusedOptions(options: BondOptions, mode: BondMode): OptionName[] {
  return OPTION_NAMES.filter(
    (name) => options[name] !== undefined && !isOptionAccepted(name, mode),
  );
}
