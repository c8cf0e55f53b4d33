/**
 * The renderers' second line of defence: the model already refuses unsafe names and values, and
 * these guards make sure nothing that slipped through can start a new line in a generated file.
 */

/**
 * True when `text` holds no control character (so it stays on one line). C0 controls and DEL:
 * newline, carriage return and NUL end a line for some parser somewhere; the others have no
 * business in a config file either. Every README line passes here, so the loop reads UTF-16
 * code units in place (no control character is a surrogate) instead of copying code points.
 */
export function isOneLine(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return true;
}

/** Returns `text` unchanged, or throws when it holds a control character. */
export function assertOneLine(text: string, what: string): string {
  if (!isOneLine(text)) {
    throw new Error(`${what} contains a control character: ${JSON.stringify(text)}`);
  }
  return text;
}

/** The characters that need no quoting in ifcfg, shell and module-parameter words alike. */
export const PLAIN_WORD = /^[A-Za-z0-9_./:@%+,=-]+$/;

/** A file name segment that cannot climb out of its folder. */
export function assertPathSegment(segment: string): string {
  if (segment === '.' || segment === '..' || !PLAIN_WORD.test(segment) || segment.includes('/')) {
    throw new Error(`unsafe file name segment: ${JSON.stringify(segment)}`);
  }
  return segment;
}
