/**
 * Deterministic writer for systemd's INI dialect (.netdev/.network, systemd.syntax(7)): comment
 * lines, then `[Section]` blocks of `Key=value` lines. systemd has no quoting for these values and
 * joins a line ending in '\' with the next, so values are checked against an allowlist instead.
 */
import { assertOneLine } from '../../format/line-safety';

/** One `[Section]` with its entries in the given order. */
export interface UnitSection {
  name: string;
  entries: readonly (readonly [key: string, value: string])[];
}

/** A whole file: leading comment lines, then sections. */
export interface UnitFile {
  comments: readonly string[];
  sections: readonly UnitSection[];
}

const SECTION = /^[A-Z][A-Za-z]*$/;
const KEY = /^[A-Z][A-Za-z0-9]*$/;
// Words of names, numbers with units, addresses, prefixes, MACs and enum names, single spaces
// between them. No '%' (systemd specifiers), quotes, '\' (line continuation) or '#'/';'.
const VALUE = /^[A-Za-z0-9_.:/+-]+( [A-Za-z0-9_.:/+-]+)*$/;

/**
 * A value as systemd reads it literally; throws when it could be read otherwise.
 * @example unitValue('100ms') === '100ms'
 */
export function unitValue(value: string): string {
  if (!VALUE.test(assertOneLine(value, 'networkd value'))) {
    throw new Error(`networkd value cannot be written literally: ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Serialises a unit file with LF line endings, a blank line between blocks and a final newline.
 * @example serializeUnitFile({ comments: [], sections: [{ name: 'Match', entries: [['Name', 'eth0']] }] }) === '[Match]\nName=eth0\n'
 */
export function serializeUnitFile(file: UnitFile): string {
  const blocks: string[][] = [];
  if (file.comments.length > 0) {
    blocks.push(file.comments.map((text) => `# ${assertOneLine(text, 'comment')}`));
  }
  for (const section of file.sections) {
    if (!SECTION.test(section.name)) {
      throw new Error(`invalid section name: ${JSON.stringify(section.name)}`);
    }
    const lines = [`[${section.name}]`];
    for (const [key, value] of section.entries) {
      if (!KEY.test(key)) throw new Error(`invalid key: ${JSON.stringify(key)}`);
      lines.push(`${key}=${unitValue(value)}`);
    }
    blocks.push(lines);
  }
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
