/**
 * Small helpers the rules share: pointers into a bond, the options a rule may trust (accepted
 * in the mode and well-typed) and the miimon the kernel actually runs with.
 */
import { BOND_MODE_INFO, isBondMode, type BondModeInfo } from './bond-modes';
import { errorAt, type FindingCode } from './findings';
import { jsonPointer } from './json-pointer';
import { describeChar, ifnameProblem, IFNAME_MAX_LENGTH } from './names';
import { optionValueProblem } from './option-values';
import { isOptionAccepted, OPTION_INFO, OPTION_NAMES } from './options';
import type { Bond, BondOptions, Finding } from './types';

/** A pointer under `/bonds/<index>`. */
export function bondPath(index: number, ...rest: readonly (string | number)[]): string {
  return jsonPointer('bonds', index, ...rest);
}

/** A pointer to one option of a bond. */
export function optionPath(
  index: number,
  option: string,
  ...rest: readonly (string | number)[]
): string {
  return jsonPointer('bonds', index, 'options', option, ...rest);
}

/** The mode's facts, or undefined for a mode that is not a kernel mode name. */
export function modeInfoOf(bond: Bond): BondModeInfo | undefined {
  return isBondMode(bond.mode) ? BOND_MODE_INFO[bond.mode] : undefined;
}

/**
 * The options other rules may reason about: present, accepted in the bond's mode and (for
 * scalars) of a valid value. Rejected or malformed options get their own finding instead, so
 * one mistake does not cascade into several findings.
 */
export function usableOptions(bond: Bond): BondOptions {
  const usable: Record<string, unknown> = {};
  for (const name of OPTION_NAMES) {
    const value = bond.options[name];
    if (value === undefined) continue;
    if (isBondMode(bond.mode) && !isOptionAccepted(name, bond.mode)) continue;
    if (!OPTION_INFO[name].kind.endsWith('-list') && optionValueProblem(name, value)) continue;
    usable[name] = value;
  }
  return usable;
}

/** The MII interval in force: modes 4, 5 and 6 turn an unset (0) miimon into 100. */
export function effectiveMiimon(bond: Bond, options: BondOptions): number {
  return options.miimon ?? (modeInfoOf(bond)?.forcesMiimon ? 100 : 0);
}

const IFNAME_CODES: Record<string, FindingCode> = {
  empty: 'ifname-empty',
  'too-long': 'ifname-too-long',
  dot: 'ifname-dot',
  'leading-dash': 'ifname-leading-dash',
  char: 'ifname-bad-char',
};

/** The finding for an unusable interface name at `path`, if any. */
export function ifnameFindings(name: string, path: string): Finding[] {
  const problem = ifnameProblem(name);
  if (!problem) return [];
  const code = IFNAME_CODES[problem.reason] ?? 'ifname-bad-char';
  const char = problem.reason === 'char' ? describeChar(problem.char) : '';
  return [errorAt(code, path, { name, char, max: IFNAME_MAX_LENGTH })];
}
