/**
 * Honest mapping: each target declares which kernel options it can express (and, for enums, which
 * values). An option outside that table is never dropped silently: export for the target is refused
 * with a finding at the option naming it and the target (peers-and-formats.md §3.1).
 */
import { OPTION_NAMES } from '../model/options';
import type { Design, Finding, OptionName } from '../model/types';
import { exportError } from './findings';

/** For each option a target can write: `true` (every value) or the enum values it can write. */
export type OptionSupport = Partial<Record<OptionName, true | readonly string[]>>;

/** The refusals of `target` for the options of every bond that its support table lacks. */
export function optionSupportFindings(
  design: Design,
  target: string,
  support: OptionSupport,
): Finding[] {
  return design.bonds.flatMap((bond, index) =>
    OPTION_NAMES.flatMap((name): Finding[] => {
      const value = bond.options[name];
      if (value === undefined) return [];
      const path = `/bonds/${index}/options/${name}`;
      const supported = support[name];
      if (supported === undefined) {
        return [exportError('target-option-unsupported', path, { option: name, target })];
      }
      if (supported !== true && typeof value === 'string' && !supported.includes(value)) {
        return [
          exportError('target-option-value-unsupported', path, {
            option: name,
            value,
            values: supported.join(', '),
            target,
          }),
        ];
      }
      return [];
    }),
  );
}
