/**
 * What the YAML importers (netplan, nmstate) share: opening a file with the yaml library while
 * refusing alias bombs, and walking its nodes with the file and line of each for the notes.
 * Aliases are never expanded by the walk.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Pair } from 'yaml';
import { noteAt, notUnderstood, type Origin } from './parse-helpers';
import type { ImportNote, SourceFile } from './types';
import { yamlGuard } from './yaml-guard';

/** Most YAML aliases a file may use: real configuration files need none, bombs need many. */
export const MAX_ALIASES = 50;

/** The file being walked and where its notes go. */
export interface YamlContext {
  file: string;
  lines: LineCounter;
  notes: ImportNote[];
}

/** The file and line of a node. */
export function origin(ctx: YamlContext, node: unknown): Origin {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? { file: ctx.file, line: ctx.lines.linePos(range[0]).line } : { file: ctx.file };
}

/** A mapping entry's key as text. */
export function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** A scalar's value as text, or undefined for anything else. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/** Notes an entry that the importer does not understand, with its value when it is a scalar. */
export function unknownPair(ctx: YamlContext, pair: Pair): void {
  const value = scalarText(pair.value);
  ctx.notes.push(
    notUnderstood(
      origin(ctx, pair.key),
      value === undefined ? keyOf(pair) : `${keyOf(pair)}: ${value}`,
    ),
  );
}

/** The entries of a mapping; anything else present is noted ('yaml-not-a-mapping'). */
export function pairs(ctx: YamlContext, node: unknown, what?: string): Pair[] {
  if (isMap(node)) return node.items;
  if (node !== null && node !== undefined) {
    ctx.notes.push(
      noteAt('warning', 'yaml-not-a-mapping', origin(ctx, node), what ? { key: what } : undefined),
    );
  }
  return [];
}

/**
 * Parses a YAML file for walking, or notes why it cannot ('yaml-too-deep' before parsing,
 * 'yaml-invalid' with the line, 'yaml-too-many-aliases') and returns undefined.
 */
export function openYaml(
  file: SourceFile,
  notes: ImportNote[],
): { ctx: YamlContext; doc: Document.Parsed } | undefined {
  const tooDeep = yamlGuard(file);
  if (tooDeep) {
    notes.push(tooDeep);
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines });
  const error = doc.errors[0];
  if (error !== undefined) {
    const line = error.linePos?.[0]?.line;
    notes.push(
      noteAt(
        'error',
        'yaml-invalid',
        { file: file.path, ...(line === undefined ? {} : { line }) },
        { detail: error.code },
      ),
    );
    return undefined;
  }
  try {
    // Only to refuse alias bombs: the walk never expands an alias.
    doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    notes.push(noteAt('error', 'yaml-too-many-aliases', { file: file.path }));
    return undefined;
  }
  return { ctx: { file: file.path, lines, notes }, doc };
}
