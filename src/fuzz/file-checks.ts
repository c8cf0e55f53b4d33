/**
 * Checks the fuzz tests run on generated files without any tool: characters that end or hide a
 * line, a small POSIX sh scanner (quotes, comments, escapes) to find unquoted text, the strict
 * ifcfg line form, and JSON Pointers that must lead into the design they name.
 */
import { parsePointer } from '../model/json-pointer';
import type { Design } from '../model/types';

/*
 * Every C0 control but LF and TAB, DEL, C1 controls (NEL among them) and Unicode's line and
 * paragraph separators: each ends a line for some reader, and NUL ends a C string.
 */
function isForbidden(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x0a || code === 0x09) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/** True when `text` holds a character that no generated file may hold. */
export function hasForbiddenCharacter(text: string): boolean {
  return [...text].some(isForbidden);
}

/** The result of scanning a POSIX sh script. */
export interface ShellScan {
  /** True when the script ends inside a quote (the rest of it would be one word). */
  unterminated: boolean;
  /** Per line, the characters that sh reads unquoted (comments left out). */
  unquoted: string[];
}

/**
 * Splits a POSIX sh script into what sh reads outside quotes, line by line: single quotes end
 * only at the next single quote, double quotes honour backslash escapes, an unquoted `#` at the
 * start of a word opens a comment, and a backslash quotes the next character.
 * @example scanShell("echo 'a;b' c # d").unquoted // ['echo  c ']
 */
export function scanShell(script: string): ShellScan {
  const unquoted: string[] = [''];
  let state: 'plain' | 'single' | 'double' | 'comment' = 'plain';
  let wordStart = true;
  const chars = [...script];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (char === '\n') {
      if (state === 'comment') state = 'plain';
      unquoted.push('');
      wordStart = true;
      continue;
    }
    if (state === 'comment') continue;
    if (state === 'single') {
      if (char === "'") state = 'plain';
      continue;
    }
    if (state === 'double') {
      if (char === '\\') i++;
      else if (char === '"') state = 'plain';
      continue;
    }
    if (char === '\\') {
      i++;
      wordStart = false;
    } else if (char === "'") {
      state = 'single';
      wordStart = false;
    } else if (char === '"') {
      state = 'double';
      wordStart = false;
    } else if (char === '#' && wordStart) {
      state = 'comment';
    } else {
      unquoted[unquoted.length - 1] += char;
      wordStart = /[\s;&|()]/.test(char);
    }
  }
  return { unterminated: state === 'single' || state === 'double', unquoted };
}

/** validators.md §8: a comment, a blank line, or KEY=value with a safely quoted value. */
const IFCFG_LINE =
  /^[ \t]*(#.*)?$|^[A-Z][A-Z0-9_]*=("[^"\\$`]*"|'[^']*'|[A-Za-z0-9_./:@%+,=-]*)[ \t]*$/;

/** True when every line of an ifcfg file is a comment, blank, or KEY=value. */
export function ifcfgBadLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line, index, all) => !(index === all.length - 1 && line === ''))
    .filter((line) => !IFCFG_LINE.test(line));
}

/** True for a comment line in the sh, ifcfg, interfaces, keyfile, systemd and YAML formats. */
export function isCommentLine(line: string): boolean {
  return /^[ \t]*#/.test(line);
}

/*
 * An SVG line whose only text is character data of a <text>, <title> or <desc> element, with
 * every '&' starting an entity: design text inside it cannot open a tag or an attribute.
 */
const SVG_TEXT_LINE =
  /^<(text|title|desc)\b[^<>]*>(?:[^<>&]|&(?:amp|lt|gt|quot|apos|#\d+);)*<\/\1>$/;

/** True when `line` is an SVG text element whose content is safely escaped. */
export function isSvgTextLine(line: string): boolean {
  return SVG_TEXT_LINE.test(line);
}

/**
 * True when `pointer` leads into `root`: every segment but the last names an existing member
 * (an own key or an index in range), and the last names an existing array element or a key of
 * an object (which may be missing: that is what a 'value-missing' finding points at). '' is the
 * root.
 */
export function pointerResolves(root: unknown, pointer: string): boolean {
  const segments = parsePointer(pointer);
  if (segments === undefined) return false;
  let current: unknown = root;
  for (const [index, segment] of segments.entries()) {
    if (typeof current !== 'object' || current === null) return false;
    const isLast = index === segments.length - 1;
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(segment)) return false;
      if (Number(segment) >= current.length) return false;
    } else if (!Object.hasOwn(current, segment)) {
      return isLast;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return true;
}

/**
 * The design with every NIC model replaced by plain letters of the same length in code points:
 * its files must have exactly the lines of the original's, or some model text made a line.
 */
export function plainTwin(design: Design): Design {
  return {
    ...design,
    nics: design.nics.map((nic) =>
      nic.model === undefined ? nic : { ...nic, model: 'm'.repeat([...nic.model].length) },
    ),
  };
}
