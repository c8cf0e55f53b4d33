/**
 * From a design to the bond the simulator runs: slaves in design (enslave) order with the NICs'
 * MAC and speed, carrier off for the ones the user cut, and the bond MAC taken from the first
 * slave as the kernel does (shared/reference/kernel-bonding.md §1.3).
 */
import type { Design } from '../model/types';
import type { SimBond } from './types';

/** Link speed assumed for a NIC whose speed the design does not give (Mb/s). */
export const DEFAULT_SPEED = 1000;

/**
 * A deterministic locally administered MAC for the NIC at `index` of the design:
 * 02:00:00:00:00:01 for the first, and so on (the index + 1 in the last two bytes).
 */
export function placeholderMac(index: number): string {
  const n = index + 1;
  const hex = (value: number): string => value.toString(16).padStart(2, '0');
  return `02:00:00:00:${hex((n >> 8) & 0xff)}:${hex(n & 0xff)}`;
}

/**
 * The SimBond for `bondName`, or undefined when the design has no such bond. Slaves named in
 * `down` start without carrier; names that are not slaves of the bond are ignored.
 * @example simBondFromDesign(design, 'bond0', ['eth1'])
 */
export function simBondFromDesign(
  design: Design,
  bondName: string,
  down: readonly string[],
): SimBond | undefined {
  const bond = design.bonds.find((candidate) => candidate.name === bondName);
  if (bond === undefined) {
    return undefined;
  }
  const slaves = bond.slaves.map((name) => {
    const index = design.nics.findIndex((nic) => nic.name === name);
    const nic = design.nics[index];
    return {
      name,
      up: !down.includes(name),
      speed: nic?.speed ?? DEFAULT_SPEED,
      mac: (nic?.mac ?? placeholderMac(index < 0 ? design.nics.length : index)).toLowerCase(),
    };
  });
  return {
    mode: bond.mode,
    options: { ...bond.options },
    slaves,
    mac: slaves[0]?.mac ?? placeholderMac(design.nics.length),
  };
}
