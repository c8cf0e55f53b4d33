/**
 * Small lookups the rhel5 files share: a bond's slave NICs and the bonds in enslave order.
 * The design is already valid, so a missing NIC is a programming error and throws.
 */
import type { Bond, Design, Nic } from '../../../model/types';

/** The NICs enslaved to `bond`, in enslave order. */
export function slaveNics(design: Design, bond: Bond): Nic[] {
  return bond.slaves.map((name) => {
    const nic = design.nics.find((candidate) => candidate.name === name);
    if (!nic) {
      throw new Error(`bond ${bond.name} names unknown slave ${name}`);
    }
    return nic;
  });
}

/** The bonds in the order RHEL5 brings them up (numeric: bond0, bond1, …, bond10). */
export function bondsInLoadOrder(design: Design): Bond[] {
  const key = (bond: Bond): number => {
    const n = bondNumber(bond.name);
    return Number.isNaN(n) ? Number.MAX_SAFE_INTEGER : n;
  };
  return [...design.bonds].sort((a, b) => key(a) - key(b) || (a.name < b.name ? -1 : 1));
}

/** The N of a bondN name, or NaN when the name has another form. */
export function bondNumber(name: string): number {
  const match = /^bond(0|[1-9][0-9]{0,3})$/.exec(name);
  return match?.[1] === undefined ? Number.NaN : Number(match[1]);
}
