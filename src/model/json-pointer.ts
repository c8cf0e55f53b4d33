/**
 * RFC 6901 JSON Pointers, the `path` of every finding and the key of every draft, e.g.
 * "/bonds/0/options/lacp_rate". Segments are escaped so a key containing '/' or '~' stays one.
 */

/**
 * Builds a pointer from segments.
 * @example jsonPointer('bonds', 0, 'options', 'miimon') // '/bonds/0/options/miimon'
 */
export function jsonPointer(...segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** Splits a pointer into unescaped segments, or undefined when it is not a pointer. */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
