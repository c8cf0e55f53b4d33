/**
 * What the rhel5 target refuses in a design the model accepts: options and enum values that
 * RHEL5's bonding 3.4.0 lacks (OPTION_INFO rhel5 / rhel5Values), and bond names the driver would
 * not create (kernel-bonding.md §4.1: each module load makes bond0, bond1, … in turn).
 */
import { OPTION_INFO, OPTION_NAMES } from '../../../model/options';
import type { Design, Finding } from '../../../model/types';
import { exportError } from '../../findings';
import { optionSupportFindings, type OptionSupport } from '../../option-support';
import { bondNumber } from './design-lookup';

const TARGET = 'rhel5';

/** The options (and enum values) RHEL5's bonding 3.4.0 has, from the model's option table. */
export const RHEL5_SUPPORT: OptionSupport = Object.fromEntries(
  OPTION_NAMES.filter((name) => OPTION_INFO[name].rhel5).map((name) => [
    name,
    OPTION_INFO[name].rhel5Values ?? true,
  ]),
);

// RHEL5 creates bonds only by loading the module (`modprobe bondN`), and each load names its
// device bond0, bond1, … by what already exists, so the names must be bond0 … bond(n-1).
function nameFindings(design: Design): Finding[] {
  const count = design.bonds.length;
  const seen = new Set<number>();
  const findings: Finding[] = [];
  design.bonds.forEach((bond, index) => {
    const number = bondNumber(bond.name);
    if (Number.isNaN(number) || number >= count || seen.has(number)) {
      findings.push(
        exportError('target-bond-name-unsupported', `/bonds/${index}/name`, {
          bond: bond.name,
          last: `bond${count - 1}`,
          target: TARGET,
        }),
      );
    }
    seen.add(number);
  });
  return findings;
}

/** The rhel5 target's refusals, each an error at the option or bond name it concerns. */
export function checkRhel5(design: Design): Finding[] {
  return [...nameFindings(design), ...optionSupportFindings(design, TARGET, RHEL5_SUPPORT)];
}
