/**
 * Quoting of words that go into generated POSIX shell scripts (rc.local), so that no value can
 * become a second command, an expansion or a second line.
 */
import { assertOneLine, PLAIN_WORD } from './line-safety';

/**
 * A word as POSIX sh reads it literally: plain words bare, anything else in single quotes
 * (with embedded quotes as '\''). Throws on control characters.
 * @example shellWord('eth0') === 'eth0'; shellWord('a$(b)') === "'a$(b)'"
 */
export function shellWord(value: string): string {
  assertOneLine(value, 'shell word');
  if (PLAIN_WORD.test(value)) {
    return value;
  }
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** A command line from words, each quoted by shellWord. */
export function shellCommand(words: readonly string[]): string {
  return words.map(shellWord).join(' ');
}
