/**
 * Keeps draft pointers in step with the design when NICs or bonds are removed or renamed:
 * drafts are keyed by JSON Pointers with array indices, so a removal shifts later entries.
 */

type Collection = 'nics' | 'bonds';

/** True when `pointer` is `prefix` itself or lies below it. */
export function isUnderPointer(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(`${prefix}/`);
}

/** Drafts without those at or below `prefix`. */
export function dropDraftsUnder(
  drafts: Record<string, string>,
  prefix: string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(drafts).filter(([pointer]) => !isUnderPointer(pointer, prefix)),
  );
}

const INDEXED = /^\/(nics|bonds)\/(\d+)(\/.*)?$/;

/**
 * Drafts after entry `index` of `collection` was removed: its drafts go, and drafts of later
 * entries move down one index so they stay attached to the same NIC or bond.
 */
export function removeIndexedDrafts(
  drafts: Record<string, string>,
  collection: Collection,
  index: number,
): Record<string, string> {
  const next: Record<string, string> = {};
  for (const [pointer, text] of Object.entries(drafts)) {
    const match = INDEXED.exec(pointer);
    if (match?.[1] !== collection) {
      next[pointer] = text;
      continue;
    }
    const at = Number(match[2]);
    if (at === index) continue;
    const shifted = at > index ? at - 1 : at;
    next[`/${collection}/${shifted}${match[3] ?? ''}`] = text;
  }
  return next;
}

/** The collection and index a pointer lies under, e.g. "/bonds/2/options/miimon" → bonds, 2. */
export function pointerOwner(pointer: string): { collection: Collection; index: number } | null {
  const match = INDEXED.exec(pointer);
  if (!match) return null;
  return { collection: match[1] as Collection, index: Number(match[2]) };
}
