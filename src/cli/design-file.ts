/**
 * Reads a design file for the command line: size-limited, then parsed by the model. Anything
 * that is no design at all becomes one clear line for stderr (exit status 2).
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TFunction } from 'i18next';
import { parseDesign } from '../model/parse-design';
import type { Design, Finding } from '../model/types';

/** Designs are a few kilobytes; anything this large is a wrong file or an attack. */
export const MAX_DESIGN_BYTES = 4 * 1024 * 1024;

/** A design read from disk: its structural findings, and the design when it is usable. */
export type LoadedDesign =
  { ok: true; design?: Design; findings: Finding[] } | { ok: false; message: string };

function errorDetail(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a folder'
        : error.message;
  }
  return String(error);
}

/** Reads and parses `file` (relative to `cwd`); never throws. */
export function loadDesign(t: TFunction, cwd: string, file: string): LoadedDesign {
  let text: string;
  try {
    const path = resolve(cwd, file);
    if (statSync(path).size > MAX_DESIGN_BYTES) {
      return { ok: false, message: t('cli.tooLarge', { file, limit: MAX_DESIGN_BYTES }) };
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, message: t('cli.unreadable', { file, detail: errorDetail(error) }) };
  }
  try {
    const parsed = parseDesign(text);
    if (parsed.ok) {
      return parsed;
    }
    const key = {
      'not-json': 'cli.notJson',
      'not-a-design': 'cli.notADesign',
      'unsupported-version': 'cli.unsupportedVersion',
    }[parsed.reason];
    return { ok: false, message: t(key, { file, detail: parsed.detail }) };
  } catch (error) {
    // A pathological file (e.g. nesting deep enough to exhaust the stack) is still no design.
    return { ok: false, message: t('cli.notADesign', { file, detail: errorDetail(error) }) };
  }
}
