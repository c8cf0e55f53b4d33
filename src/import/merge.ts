/**
 * Merging an imported design into the current one: imported NICs and bonds are added, a name
 * already in use is renamed to the next free one (slaves, primary and layout follow), and the
 * added nodes are placed to the right of the existing ones so nothing overlaps. Pure.
 */
import { addBond, nextNicName, renameBond, renameNic } from '../model/topology';
import type { Design, Position } from '../model/types';

/** Where the canvas puts nodes without a layout entry (the store's DEFAULT_LAYOUT). */
export interface LayoutGrid {
  nicX: number;
  bondX: number;
  nicStep: number;
  bondStep: number;
}

/** One name the merge had to change. */
export interface Renamed {
  kind: 'nic' | 'bond';
  from: string;
  to: string;
}

/** The merged design and the renames it took. */
export interface Merged {
  design: Design;
  renamed: Renamed[];
}

function nameSet(design: Design): Set<string> {
  return new Set([...design.nics.map((nic) => nic.name), ...design.bonds.map((bond) => bond.name)]);
}

// Both designs side by side, so a new name is free in the current design AND the imported one.
function union(a: Design, b: Design): Design {
  return { version: 1, nics: [...a.nics, ...b.nics], bonds: [...a.bonds, ...b.bonds] };
}

function renameClashes(current: Design, imported: Design, renamed: Renamed[]): Design {
  const taken = nameSet(current);
  let next = imported;
  for (const { name } of imported.nics) {
    if (!taken.has(name)) continue;
    const to = nextNicName(union(current, next));
    next = renameNic(next, name, to);
    renamed.push({ kind: 'nic', from: name, to });
  }
  for (const { name } of imported.bonds) {
    if (!taken.has(name)) continue;
    const to = addBond(union(current, next)).name;
    next = renameBond(next, name, to);
    renamed.push({ kind: 'bond', from: name, to });
  }
  return next;
}

/** Every node's position as the canvas shows it: its layout entry or the grid default. */
function positions(design: Design, grid: LayoutGrid): [string, Position][] {
  return [
    ...design.nics.map((nic, index): [string, Position] => [
      `nic:${nic.name}`,
      design.layout?.[`nic:${nic.name}`] ?? { x: grid.nicX, y: index * grid.nicStep },
    ]),
    ...design.bonds.map((bond, index): [string, Position] => [
      `bond:${bond.name}`,
      design.layout?.[`bond:${bond.name}`] ?? { x: grid.bondX, y: index * grid.bondStep },
    ]),
  ];
}

function placeBeside(
  current: Design,
  imported: Design,
  grid: LayoutGrid,
): Record<string, Position> {
  const added = positions(imported, grid);
  const existing = positions(current, grid);
  if (existing.length === 0 || added.length === 0) return Object.fromEntries(added);
  const left = Math.min(...added.map(([, pos]) => pos.x));
  const top = Math.min(...added.map(([, pos]) => pos.y));
  // One bond column's width past the rightmost node is wider than any node.
  const x0 = Math.max(...existing.map(([, pos]) => pos.x)) + grid.bondX;
  const y0 = Math.min(...existing.map(([, pos]) => pos.y));
  return Object.fromEntries(
    added.map(([key, pos]) => [key, { x: pos.x - left + x0, y: pos.y - top + y0 }]),
  );
}

/**
 * Adds the imported design's NICs and bonds to `current`, renaming clashes to the next free
 * ethN / bondN and placing the added nodes beside the existing ones (`grid` is how the canvas
 * places nodes without a layout entry). The current host name wins when there is one.
 * @example mergeDesign(seed, imported, DEFAULT_LAYOUT).renamed // [{ kind: 'nic', from: 'eth0', to: 'eth2' }, …]
 */
export function mergeDesign(current: Design, imported: Design, grid: LayoutGrid): Merged {
  const renamed: Renamed[] = [];
  const added = renameClashes(current, imported, renamed);
  const host = current.host?.name ? current.host : imported.host;
  const design: Design = {
    version: 1,
    ...(host === undefined ? {} : { host }),
    nics: [...current.nics, ...added.nics],
    bonds: [...current.bonds, ...added.bonds],
    layout: { ...current.layout, ...placeBeside(current, added, grid) },
  };
  return { design, renamed };
}
