/**
 * Rules on single options: refused in the mode (EACCES), accepted but inert, malformed values,
 * and options tied to each other. Authority: bond_options.c unsuppmodes and value tables
 * (kernel-bonding.md §2.2) and the "effective only in" matrix (§2.4).
 */
import { isBondMode } from './bond-modes';
import { errorAt, warningAt } from './findings';
import { isMulticastMac } from './names';
import {
  isOptionAccepted,
  isOptionEffective,
  OPTION_INFO,
  OPTION_NAMES,
  parseQueueEntry,
} from './options';
import { optionValueProblem } from './option-values';
import { optionPath, usableOptions } from './rule-helpers';
import type { Bond, Finding, OptionName } from './types';

function presentOptions(bond: Bond): OptionName[] {
  return OPTION_NAMES.filter((name) => bond.options[name] !== undefined);
}

/** An option the kernel refuses in the bond's mode fails the whole configuration. */
export function ruleOptionsRejected(bond: Bond, i: number): Finding[] {
  const { mode } = bond;
  if (!isBondMode(mode)) return [];
  return presentOptions(bond)
    .filter((name) => !isOptionAccepted(name, mode))
    .map((option) => errorAt('option-rejected-in-mode', optionPath(i, option), { option, mode }));
}

/** Values have the option's type, range and enum names (lists are checked item by item elsewhere). */
export function ruleOptionValues(bond: Bond, i: number): Finding[] {
  return presentOptions(bond)
    .filter((name) => !OPTION_INFO[name].kind.endsWith('-list'))
    .filter((name) => !isBondMode(bond.mode) || isOptionAccepted(name, bond.mode))
    .flatMap((name) => {
      const problem = optionValueProblem(name, bond.options[name]);
      return problem ? [errorAt(problem.code, optionPath(i, name), problem.params)] : [];
    });
}

/*
 * num_grat_arp and num_unsol_na also act in 802.3ad once broadcast_neighbor is on (6.17+);
 * the table cannot say "only with another option", so this one case is spelled out here.
 */
function isNotifyInLacp(bond: Bond, name: OptionName): boolean {
  return (
    (name === 'num_grat_arp' || name === 'num_unsol_na') &&
    bond.mode === '802.3ad' &&
    bond.options.broadcast_neighbor === 'on'
  );
}

/** An option the kernel accepts but ignores in this mode is probably a misunderstanding. */
export function ruleOptionsInert(bond: Bond, i: number): Finding[] {
  const { mode } = bond;
  if (!isBondMode(mode)) return [];
  return presentOptions(bond)
    .filter(
      (name) =>
        isOptionAccepted(name, mode) &&
        !isOptionEffective(name, mode) &&
        !isNotifyInLacp(bond, name),
    )
    .map((option) => warningAt('option-inert-in-mode', optionPath(i, option), { option, mode }));
}

/** In balance-alb the hash policy only matters once tlb_dynamic_lb is off. */
export function ruleXmitHashAlb(bond: Bond, i: number): Finding[] {
  const options = usableOptions(bond);
  return bond.mode === 'balance-alb' &&
    options.xmit_hash_policy !== undefined &&
    options.tlb_dynamic_lb !== 'off'
    ? [warningAt('xmit-hash-policy-inert-alb', optionPath(i, 'xmit_hash_policy'))]
    : [];
}

/** num_grat_arp and num_unsol_na are one kernel setting: two different values lose one. */
export function ruleNotifyCounts(bond: Bond, i: number): Finding[] {
  const { num_grat_arp: grat, num_unsol_na: unsol } = usableOptions(bond);
  return grat !== undefined && unsol !== undefined && grat !== unsol
    ? [
        errorAt('notify-counts-differ', optionPath(i, 'num_unsol_na'), {
          num_grat_arp: grat,
          num_unsol_na: unsol,
        }),
      ]
    : [];
}

/** The kernel refuses a multicast LACP system id ("Invalid ad_actor_system MAC address"). */
export function ruleAdActorSystem(bond: Bond, i: number): Finding[] {
  const value = usableOptions(bond).ad_actor_system;
  return value !== undefined && isMulticastMac(value)
    ? [errorAt('ad-actor-system-multicast', optionPath(i, 'ad_actor_system'), { value })]
    : [];
}

/** queue_id entries are `slave:queue`, one per slave, with distinct non-zero queues. */
export function ruleQueueIds(bond: Bond, i: number): Finding[] {
  const entries = usableOptions(bond).queue_id ?? [];
  const slaves = new Set<string>();
  const queues = new Set<number>();
  return entries.flatMap((entry, j) => {
    const path = optionPath(i, 'queue_id', j);
    const parsed = parseQueueEntry(entry);
    if (!parsed) return [errorAt('queue-id-invalid', path, { value: entry })];
    if (!bond.slaves.includes(parsed.slave))
      return [errorAt('queue-id-not-slave', path, { slave: parsed.slave, bond: bond.name })];
    if (slaves.has(parsed.slave))
      return [errorAt('queue-id-duplicate-slave', path, { slave: parsed.slave })];
    slaves.add(parsed.slave);
    if (parsed.queue !== 0 && queues.has(parsed.queue))
      return [errorAt('queue-id-duplicate-queue', path, { queue: parsed.queue })];
    queues.add(parsed.queue);
    return [];
  });
}
