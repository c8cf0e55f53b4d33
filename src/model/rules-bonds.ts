/**
 * Rules on bonds as a whole: name, mode, slaves (real NICs, each in one bond once), primary and
 * active_slave, MTU. Authority: bond_enslave and bond_options.c (kernel-bonding.md §1.3, §2.2).
 */
import { isBondMode } from './bond-modes';
import { errorAt, warningAt } from './findings';
import { bondPath, ifnameFindings, optionPath, usableOptions } from './rule-helpers';
import type { Bond, Design, Finding } from './types';

/** ETH_MIN_MTU (68, the IPv4 minimum) and the largest MTU a netdevice may carry. */
const MTU_MIN = 68;
const MTU_MAX = 65535;
/** Few switches and NICs carry frames above this; larger values are usually a typo. */
const MTU_JUMBO_MAX = 9216;

/** Every bond name is a valid interface name. */
export function ruleBondNames(bond: Bond, i: number): Finding[] {
  return ifnameFindings(bond.name, bondPath(i, 'name'));
}

/** The mode is one of the seven kernel mode names. */
export function ruleBondModes(bond: Bond, i: number): Finding[] {
  return isBondMode(bond.mode)
    ? []
    : [errorAt('bond-mode-invalid', bondPath(i, 'mode'), { mode: bond.mode })];
}

/** Slaves are NICs of this design, listed once, each in at most one bond. */
export function ruleSlaves(design: Design): Finding[] {
  const nics = new Set(design.nics.map((n) => n.name));
  const bonds = new Set(design.bonds.map((b) => b.name));
  const owner = new Map<string, string>();
  return design.bonds.flatMap((bond, i) => {
    const inThisBond = new Set<string>();
    return bond.slaves.flatMap((slave, j) => {
      // Built only for a finding: this rule runs over every slave of the host on each edit.
      const path = () => bondPath(i, 'slaves', j);
      if (bonds.has(slave) && !nics.has(slave))
        return [errorAt('slave-is-bond', path(), { slave })];
      if (!nics.has(slave)) return [errorAt('slave-unknown', path(), { slave })];
      if (inThisBond.has(slave)) return [errorAt('slave-duplicate', path(), { slave })];
      inThisBond.add(slave);
      const other = owner.get(slave);
      if (other !== undefined)
        return [errorAt('slave-in-two-bonds', path(), { slave, bond: other })];
      owner.set(slave, bond.name);
      return [];
    });
  });
}

/** A bond without slaves carries nothing; with one slave it survives nothing. */
export function ruleSlaveCount(bond: Bond, i: number): Finding[] {
  if (bond.slaves.length === 0)
    return [warningAt('bond-no-slaves', bondPath(i, 'slaves'), { bond: bond.name })];
  if (bond.slaves.length === 1)
    return [warningAt('bond-one-slave', bondPath(i, 'slaves'), { bond: bond.name })];
  return [];
}

/** primary and active_slave must name one of the bond's own slaves. */
export function rulePrimary(bond: Bond, i: number): Finding[] {
  const options = usableOptions(bond);
  const findings: Finding[] = [];
  if (options.primary !== undefined && !bond.slaves.includes(options.primary)) {
    findings.push(
      errorAt('primary-not-slave', optionPath(i, 'primary'), {
        primary: options.primary,
        bond: bond.name,
      }),
    );
  }
  if (options.active_slave !== undefined && !bond.slaves.includes(options.active_slave)) {
    findings.push(
      errorAt('active-slave-not-slave', optionPath(i, 'active_slave'), {
        slave: options.active_slave,
        bond: bond.name,
      }),
    );
  }
  if (options.primary_reselect !== undefined && options.primary === undefined) {
    findings.push(warningAt('primary-reselect-without-primary', optionPath(i, 'primary_reselect')));
  }
  return findings;
}

/** The MTU is a whole number the kernel accepts; above jumbo size it is probably a typo. */
export function ruleMtu(bond: Bond, i: number): Finding[] {
  if (bond.mtu === undefined) return [];
  const path = bondPath(i, 'mtu');
  if (!Number.isInteger(bond.mtu) || bond.mtu < MTU_MIN || bond.mtu > MTU_MAX) {
    return [errorAt('mtu-invalid', path, { mtu: String(bond.mtu), min: MTU_MIN, max: MTU_MAX })];
  }
  return bond.mtu > MTU_JUMBO_MAX
    ? [warningAt('mtu-above-jumbo', path, { mtu: bond.mtu, max: MTU_JUMBO_MAX })]
    : [];
}

/** 802.3ad aggregates only ports of one speed; the others stay out of the active aggregator. */
export function ruleLacpSpeeds(design: Design): Finding[] {
  const speeds = new Map(design.nics.map((nic) => [nic.name, nic.speed]));
  return design.bonds.flatMap((bond, i) => {
    if (bond.mode !== '802.3ad') return [];
    const known = new Set(bond.slaves.flatMap((slave) => speeds.get(slave) ?? []));
    return known.size > 1
      ? [
          warningAt('lacp-speed-mismatch', bondPath(i, 'slaves'), {
            bond: bond.name,
            speeds: [...known].join(', '),
          }),
        ]
      : [];
  });
}
