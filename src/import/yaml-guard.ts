/**
 * A cheap look at YAML text before the yaml library parses it: flow collections nested deeper
 * than any configuration needs are refused at once, instead of costing the parser seconds and
 * ending in a bare resource error. Aliases are limited by yaml-source.ts.
 */
import type { ImportNote, SourceFile } from './types';

/** Deepest nesting of [ ] and { } flow collections a YAML file may use. */
export const MAX_YAML_DEPTH = 64;

// Skips a quoted scalar starting at `start`; returns the index after its closing quote.
function skipQuoted(text: string, start: number): number {
  const quote = text[start];
  let at = start + 1;
  while (at < text.length && text[at] !== quote) {
    at += quote === '"' && text[at] === '\\' ? 2 : 1;
  }
  return at + 1;
}

// A quote opens a quoted scalar only where a value starts (a quote inside `don't` does not).
function startsScalar(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before -= 1;
  return before < 0 || ':-[{,\n'.includes(text[before] ?? '');
}

/** The deepest flow-collection nesting of a YAML text (quoted scalars and comments skipped). */
export function flowDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let at = 0;
  while (at < text.length) {
    const char = text[at];
    if ((char === '"' || char === "'") && startsScalar(text, at)) {
      at = skipQuoted(text, at);
      continue;
    }
    if (char === '#' && (at === 0 || /\s/.test(text[at - 1] ?? ''))) {
      const end = text.indexOf('\n', at);
      at = end < 0 ? text.length : end;
      continue;
    }
    if (char === '[' || char === '{') {
      depth += 1;
      deepest = Math.max(deepest, depth);
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth -= 1;
    }
    at += 1;
  }
  return deepest;
}

/**
 * An error note ('yaml-too-deep') when a YAML file nests flow collections deeper than
 * MAX_YAML_DEPTH, else undefined. Call before parsing.
 * @example yamlGuard({ path: 'a.yaml', text: '['.repeat(100) }) // { code: 'yaml-too-deep', … }
 */
export function yamlGuard(file: SourceFile): ImportNote | undefined {
  const depth = flowDepth(file.text);
  return depth > MAX_YAML_DEPTH
    ? {
        severity: 'error',
        code: 'yaml-too-deep',
        file: file.path,
        params: { depth, max: MAX_YAML_DEPTH },
      }
    : undefined;
}
