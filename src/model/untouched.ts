/**
 * Whether the current work is nothing to lose, so a shared or imported design may replace it
 * without asking. Apart from the seed factories because it compares serialised designs, which
 * needs the design schema (not part of the first page).
 */
import { createSeedDesign } from './defaults';
import { serializeDesign } from './parse-design';
import type { Design } from './types';

/** True when there are no drafts and the design is empty or exactly the untouched seed machine. */
export function isUntouchedDesign(design: Design, drafts: Record<string, string>): boolean {
  if (Object.keys(drafts).length > 0) return false;
  if (design.nics.length === 0 && design.bonds.length === 0) return true;
  const text = (d: Design): string => serializeDesign({ ...d, layout: d.layout ?? {} });
  return text(design) === text(createSeedDesign());
}
