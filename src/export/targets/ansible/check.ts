/**
 * What the ansible target refuses in a design the model accepts: options the role's bond
 * dictionary lacks, values beyond the role's ranges, and what its `_validate_post` rejects
 * although the kernel only ignores it (ARP targets without ARP monitoring, a peer_notif_delay
 * that is no multiple of miimon). Authority: argument_validator.py ArgValidator_DictBond.
 */
import { BOND_MODE_INFO } from '../../../model/bond-modes';
import type { Bond, Design, Finding } from '../../../model/types';
import { exportError } from '../../findings';
import { optionSupportFindings } from '../../option-support';
import { withExplicitMiimon } from '../nmstate/explicit-miimon';
import { ANSIBLE_RANGES, ANSIBLE_SUPPORT } from './bond-options';

const TARGET = 'ansible';

function rangeFindings(bond: Bond, index: number): Finding[] {
  return Object.entries(ANSIBLE_RANGES).flatMap(([name, range]) => {
    const value = bond.options[name as keyof typeof ANSIBLE_RANGES];
    if (typeof value !== 'number' || (value >= range.min && value <= range.max)) {
      return [];
    }
    return [
      exportError('target-option-value-unsupported', `/bonds/${index}/options/${name}`, {
        option: name,
        value,
        values: `${range.min} to ${range.max}`,
        target: TARGET,
      }),
    ];
  });
}

function ruleFindings(bond: Bond, index: number): Finding[] {
  const findings: Finding[] = [];
  const options = withExplicitMiimon(bond);
  const arpOn = BOND_MODE_INFO[bond.mode].supportsArpMonitor && (options.arp_interval ?? 0) > 0;
  if (options.arp_ip_target !== undefined && !arpOn) {
    findings.push(
      exportError('target-option-needs', `/bonds/${index}/options/arp_ip_target`, {
        option: 'arp_ip_target',
        needs: 'arp_interval',
        target: TARGET,
      }),
    );
  }
  const miimon = options.miimon ?? 0;
  const delay = options.peer_notif_delay ?? 0;
  if (delay > 0 && miimon > 0 && delay % miimon !== 0) {
    findings.push(
      exportError('target-option-value-unsupported', `/bonds/${index}/options/peer_notif_delay`, {
        option: 'peer_notif_delay',
        value: delay,
        values: `multiples of miimon (${miimon})`,
        target: TARGET,
      }),
    );
  }
  return findings;
}

/** The ansible target's refusals, each an error at the option it concerns. */
export function checkAnsible(design: Design): Finding[] {
  return [
    ...optionSupportFindings(design, TARGET, ANSIBLE_SUPPORT),
    ...design.bonds.flatMap((bond, index) => [
      ...rangeFindings(bond, index),
      ...ruleFindings(bond, index),
    ]),
  ];
}
