/**
 * Deterministic KEY=value serialiser for initscripts ifcfg files (sourced by bash, read by
 * NetworkManager's ifcfg-rh). Output passes `bash -n` and the strict line lint of
 * shared/reference/validators.md §8; a value that could not is refused with an Error.
 */
import { assertOneLine, PLAIN_WORD } from './line-safety';

/** An ifcfg-style document: leading comment lines, then KEY=value pairs in the given order. */
export interface KeyValueDocument {
  comments: readonly string[];
  entries: readonly (readonly [key: string, value: string])[];
}

const KEY = /^[A-Z][A-Z0-9_]*$/;
// Inside double quotes bash still expands these, so such values go in single quotes instead.
const DOUBLE_QUOTE_UNSAFE = /["\\$`]/;

/**
 * Quotes one value only when needed: plain words bare, otherwise "…", or '…' when the value holds
 * a character double quotes would expand. Throws on control characters or a value holding both
 * a single quote and a double-quote-unsafe character.
 * @example quoteValue('192.168.1.3') === '192.168.1.3'; quoteValue('a b') === '"a b"'
 */
export function quoteValue(value: string): string {
  assertOneLine(value, 'ifcfg value');
  if (value === '' || PLAIN_WORD.test(value)) {
    return value;
  }
  if (!DOUBLE_QUOTE_UNSAFE.test(value)) {
    return `"${value}"`;
  }
  if (!value.includes("'")) {
    return `'${value}'`;
  }
  throw new Error(`ifcfg value cannot be quoted safely: ${JSON.stringify(value)}`);
}

/** One `# text` comment line; throws when `text` would break the line. */
export function commentLine(text: string): string {
  return `# ${assertOneLine(text, 'comment')}`;
}

/**
 * Serialises a document with LF line endings and a final newline.
 * @example serializeKeyValue({ comments: ['x'], entries: [['DEVICE', 'bond0']] }) === '# x\nDEVICE=bond0\n'
 */
export function serializeKeyValue(doc: KeyValueDocument): string {
  const lines = doc.comments.map(commentLine);
  for (const [key, value] of doc.entries) {
    if (!KEY.test(key)) {
      throw new Error(`invalid ifcfg key: ${JSON.stringify(key)}`);
    }
    lines.push(`${key}=${quoteValue(value)}`);
  }
  return `${lines.join('\n')}\n`;
}
