/**
 * Deterministic writer of GLib key files, the format of NetworkManager's .nmconnection profiles
 * (GLib "Key-value file parser": [group] lines, key=value lines, '#' comments, backslash escapes).
 * Values that could end a line are refused; backslashes and leading blanks are escaped.
 */
import { assertOneLine } from '../../format/line-safety';

/** One [group] of a key file with its keys in write order. */
export interface KeyfileGroup {
  name: string;
  entries: readonly (readonly [key: string, value: string])[];
}

/** A key file: leading comment lines, then its groups. */
export interface KeyfileDocument {
  comments: readonly string[];
  groups: readonly KeyfileGroup[];
}

const GROUP = /^[a-z0-9][a-z0-9-]*$/;
const KEY = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * A value as GLib reads it back unchanged: '\' doubled, a leading space escaped as '\s'.
 * Throws on control characters, which GLib would have to escape and NetworkManager never needs.
 * @example keyfileValue('a\\b') === 'a\\\\b'; keyfileValue(' x') === '\\sx'
 */
export function keyfileValue(value: string): string {
  assertOneLine(value, 'keyfile value');
  return value.replaceAll('\\', '\\\\').replace(/^ /, '\\s');
}

/**
 * Serialises a key file: comments, then each group and its keys, groups separated by a blank
 * line, LF line endings and a final newline.
 * @example serializeKeyfile({ comments: [], groups: [{ name: 'bond', entries: [['mode', 'active-backup']] }] }) === '[bond]\nmode=active-backup\n'
 */
export function serializeKeyfile(doc: KeyfileDocument): string {
  const comments = doc.comments.map((text) => `# ${assertOneLine(text, 'comment')}`);
  const groups = doc.groups.map((group) => {
    if (!GROUP.test(group.name)) {
      throw new Error(`invalid keyfile group: ${JSON.stringify(group.name)}`);
    }
    const lines = group.entries.map(([key, value]) => {
      if (!KEY.test(key)) {
        throw new Error(`invalid keyfile key: ${JSON.stringify(key)}`);
      }
      return `${key}=${keyfileValue(value)}`;
    });
    return [`[${group.name}]`, ...lines].join('\n');
  });
  return `${[...comments, groups.join('\n\n')].join('\n')}\n`;
}
