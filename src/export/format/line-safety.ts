/**
 * The renderers' second line of defence: the model already refuses unsafe names and values, and
 * these guards make sure nothing that slipped through can start a new line in a generated file.
 */

// C0 controls and DEL: newline, carriage return and NUL end a line for some parser somewhere;
// the others have no business in a config file either.
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/** True when `text` holds no control character (so it stays on one line). */
export function isOneLine(text: string): boolean {
  return ![...text].some(isControl);
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
