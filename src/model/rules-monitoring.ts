/**
 * Rules on link monitoring: MII and ARP are exclusive, delays need MII and are multiples of it,
 * ARP needs targets, targets the kernel accepts, and a bond without any monitoring never fails
 * over. Authority: bond_options.c setters (kernel-bonding.md §2.3) and bond_check_params.
 */
import { ipv4Kind, ipv6Kind, isIpv4, normalizeIpv6 } from './addressing';
import { errorAt, warningAt, type FindingCode } from './findings';
import { effectiveMiimon, modeInfoOf, optionPath, usableOptions } from './rule-helpers';
import type { Bond, Finding } from './types';

/** bond_options.c BOND_MAX_ARP_TARGETS / BOND_MAX_NS_TARGETS. */
const MAX_TARGETS = 16;

/** miimon and arp_interval cannot both run: the kernel zeroes one when the other is set. */
export function ruleMiimonArpExclusive(bond: Bond, i: number): Finding[] {
  const { miimon = 0, arp_interval: arp = 0 } = usableOptions(bond);
  return miimon > 0 && arp > 0
    ? [
        errorAt('miimon-and-arp-interval', optionPath(i, 'arp_interval'), {
          miimon,
          arp_interval: arp,
        }),
      ]
    : [];
}

const DELAYS = ['updelay', 'downdelay', 'peer_notif_delay'] as const;

/** Delays are refused (EPERM) without MII monitoring and are rounded down to a multiple of it. */
export function ruleDelays(bond: Bond, i: number): Finding[] {
  const options = usableOptions(bond);
  const miimon = effectiveMiimon(bond, options);
  return DELAYS.flatMap((option) => {
    const value = options[option];
    if (value === undefined) return [];
    const path = optionPath(i, option);
    if (miimon === 0) return [errorAt('delay-without-miimon', path, { option })];
    if (value % miimon === 0) return [];
    return [
      warningAt('delay-not-multiple', path, {
        option,
        value,
        miimon,
        rounded: value - (value % miimon),
      }),
    ];
  });
}

/** use_carrier only steers the MII monitor. */
export function ruleMiiOptionsInert(bond: Bond, i: number): Finding[] {
  const options = usableOptions(bond);
  return options.use_carrier !== undefined && effectiveMiimon(bond, options) === 0
    ? [
        warningAt('option-inert-without-miimon', optionPath(i, 'use_carrier'), {
          option: 'use_carrier',
        }),
      ]
    : [];
}

const ARP_DEPENDENT = [
  'arp_ip_target',
  'ns_ip6_target',
  'arp_validate',
  'arp_all_targets',
  'arp_missed_max',
] as const;

/** ARP options do nothing until arp_interval is set (in the modes that allow ARP monitoring). */
export function ruleArpOptionsInert(bond: Bond, i: number): Finding[] {
  const options = usableOptions(bond);
  if (!modeInfoOf(bond)?.supportsArpMonitor || (options.arp_interval ?? 0) > 0) return [];
  return ARP_DEPENDENT.filter((option) => options[option] !== undefined).map((option) =>
    warningAt('option-inert-without-arp', optionPath(i, option), { option }),
  );
}

/** arp_all_targets only changes how arp_validate counts replies. */
export function ruleArpAllTargets(bond: Bond, i: number): Finding[] {
  const options = usableOptions(bond);
  const armed = (options.arp_interval ?? 0) > 0 && bond.mode === 'active-backup';
  return armed &&
    options.arp_all_targets !== undefined &&
    (options.arp_validate ?? 'none') === 'none'
    ? [warningAt('arp-all-targets-without-validate', optionPath(i, 'arp_all_targets'))]
    : [];
}

/** ARP monitoring without a target marks every slave down. */
export function ruleArpIntervalTargets(bond: Bond, i: number): Finding[] {
  const options = usableOptions(bond);
  const targets = (options.arp_ip_target?.length ?? 0) + (options.ns_ip6_target?.length ?? 0);
  return (options.arp_interval ?? 0) > 0 && targets === 0
    ? [errorAt('arp-interval-without-targets', optionPath(i, 'arp_interval'))]
    : [];
}

interface TargetCheck {
  option: 'arp_ip_target' | 'ns_ip6_target';
  codes: {
    invalid: FindingCode;
    forbidden: FindingCode;
    duplicate: FindingCode;
    tooMany: FindingCode;
  };
  /** The comparable form of a valid target, or undefined when invalid. */
  normalize: (text: string) => string | undefined;
  isForbidden: (text: string) => boolean;
}

function checkTargets(bond: Bond, i: number, check: TargetCheck): Finding[] {
  const list = usableOptions(bond)[check.option] ?? [];
  const seen = new Set<string>();
  const findings: Finding[] = list.flatMap((value, j) => {
    const path = optionPath(i, check.option, j);
    const key = check.normalize(value);
    if (key === undefined) return [errorAt(check.codes.invalid, path, { value })];
    if (check.isForbidden(value)) return [errorAt(check.codes.forbidden, path, { value })];
    if (seen.has(key)) return [errorAt(check.codes.duplicate, path, { value })];
    seen.add(key);
    return [];
  });
  if (list.length > MAX_TARGETS) {
    findings.push(
      errorAt(check.codes.tooMany, optionPath(i, check.option), {
        count: list.length,
        max: MAX_TARGETS,
      }),
    );
  }
  return findings;
}

/** ARP targets: dotted quads, not 0.x.x.x or 255.255.255.255, no duplicates, at most 16. */
export function ruleArpTargets(bond: Bond, i: number): Finding[] {
  return checkTargets(bond, i, {
    option: 'arp_ip_target',
    codes: {
      invalid: 'arp-target-invalid',
      forbidden: 'arp-target-forbidden',
      duplicate: 'arp-target-duplicate',
      tooMany: 'arp-target-too-many',
    },
    normalize: (text) => (isIpv4(text) ? text : undefined),
    isForbidden: (text) => ipv4Kind(text) === 'this-network' || ipv4Kind(text) === 'broadcast',
  });
}

/** NS targets: IPv6 addresses, not ::, ::1 or multicast, no duplicates, at most 16. */
export function ruleNsTargets(bond: Bond, i: number): Finding[] {
  return checkTargets(bond, i, {
    option: 'ns_ip6_target',
    codes: {
      invalid: 'ns-target-invalid',
      forbidden: 'ns-target-forbidden',
      duplicate: 'ns-target-duplicate',
      tooMany: 'ns-target-too-many',
    },
    normalize: normalizeIpv6,
    isForbidden: (text) => ipv6Kind(text) !== 'other',
  });
}

/** Without MII or ARP monitoring a dead link keeps its share of traffic: no failover. */
export function ruleLinkMonitoring(bond: Bond, i: number): Finding[] {
  const options = usableOptions(bond);
  if (!modeInfoOf(bond)) return [];
  return effectiveMiimon(bond, options) === 0 && (options.arp_interval ?? 0) === 0
    ? [
        warningAt('no-link-monitoring', optionPath(i, 'miimon'), {
          bond: bond.name,
          mode: bond.mode,
        }),
      ]
    : [];
}
