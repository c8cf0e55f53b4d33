/**
 * How a shared design is recognised in the address: a fragment starting with `#design=`. Kept
 * apart from share-link.ts so the first page can check for it without loading the decoder.
 */

/** The fragment prefix that marks a shared design. */
export const SHARE_PREFIX = '#design=';

/** Whether `hash` (location.hash) carries a shared design at all. */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}
