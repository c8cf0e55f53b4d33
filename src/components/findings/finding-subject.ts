/**
 * Which bond or NIC a finding concerns, read from the first segments of its JSON Pointer, so the
 * list can say "bond bond0: …" without the model building any text.
 */
import type { Design } from '../../model/types';

/** The thing a finding is about. */
export type FindingSubject =
  { kind: 'bond' | 'nic'; name: string } | { kind: 'host' } | { kind: 'design' };

/**
 * The subject of the finding at `path`.
 * @example findingSubject(seed, '/bonds/0/options/miimon') // { kind: 'bond', name: 'bond0' }
 */
export function findingSubject(design: Design, path: string): FindingSubject {
  const [, collection, index] = path.split('/');
  if (collection === 'host') return { kind: 'host' };
  const position = Number(index);
  if (index === undefined || !/^[0-9]+$/.test(index)) return { kind: 'design' };
  if (collection === 'bonds') {
    const bond = design.bonds[position];
    if (bond) return { kind: 'bond', name: bond.name };
  }
  if (collection === 'nics') {
    const nic = design.nics[position];
    if (nic) return { kind: 'nic', name: nic.name };
  }
  return { kind: 'design' };
}
