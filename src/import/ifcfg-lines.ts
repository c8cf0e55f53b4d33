/**
 * Reads initscripts ifcfg files as text (they are never sourced): `KEY=value` lines with bash
 * quoting, comment lines and blank lines. What a key means is ifcfg.ts's business.
 */
import type { ImportNote } from './types';

/** One assignment and the line it stands on. */
export interface IfcfgEntry {
  key: string;
  value: string;
  line: number;
}

/** An ifcfg file split into its assignments and its comment lines (text after '#'). */
export interface IfcfgText {
  entries: IfcfgEntry[];
  comments: { text: string; line: number }[];
}

// KEY=value, KEY="value" or KEY='value', optionally followed by a comment.
const ASSIGNMENT =
  /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(?:"((?:[^"\\$`]|\\["\\$`])*)"|'([^']*)'|([^\s"'`$;&|<>()\\]*))\s*(?:#.*)?$/;

/**
 * Splits ifcfg text into entries and comments; any other line is a 'line-not-understood' note.
 * @example readIfcfgText('a/ifcfg-eth0', '# NIC\nDEVICE=eth0\n', notes).entries[0]
 *   // { key: 'DEVICE', value: 'eth0', line: 2 }
 */
export function readIfcfgText(file: string, text: string, notes: ImportNote[]): IfcfgText {
  const result: IfcfgText = { entries: [], comments: [] };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') {
      return;
    }
    if (trimmed.startsWith('#')) {
      result.comments.push({ text: trimmed.replace(/^#+\s*/, ''), line });
      return;
    }
    const match = ASSIGNMENT.exec(raw);
    if (!match?.[1]) {
      notes.push({
        severity: 'warning',
        code: 'line-not-understood',
        file,
        line,
        params: { text: raw },
      });
      return;
    }
    const doubleQuoted = match[2]?.replace(/\\(["\\$`])/g, '$1');
    result.entries.push({ key: match[1], value: doubleQuoted ?? match[3] ?? match[4] ?? '', line });
  });
  return result;
}
