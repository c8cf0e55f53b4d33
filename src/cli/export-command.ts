/**
 * `bondsmith export DESIGN --target ID[,ID…] --out OUT`: writes the bundle as a zip (OUT ends in
 * .zip) or a folder with the files' modes. Exit 0 written, 1 design errors (nothing written),
 * 2 unreadable file, no design, unknown target or unwritable output.
 */
import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { TFunction } from 'i18next';
import { zipFiles } from '../export/archive';
import { buildBundle } from '../export/bundle';
import { findTarget } from '../export/targets/index';
import type { ExportFile } from '../export/types';
import { hasErrors } from '../model/findings';
import { EXIT, findingLines, writeLines, type CliIo } from './cli-io';
import { loadDesign } from './design-file';

/** Options of the export command, already parsed from argv. */
export interface ExportArgs {
  design: string;
  targets: string;
  out: string;
}

function writeZip(out: string, files: readonly ExportFile[]): void {
  // Write next to the destination and rename, so a failure never leaves half a zip behind.
  const partial = `${out}.partial-${process.pid}`;
  try {
    writeFileSync(partial, zipFiles(files));
    renameSync(partial, out);
  } finally {
    rmSync(partial, { force: true });
  }
}

function writeFolder(out: string, files: readonly ExportFile[]): void {
  for (const file of files) {
    const full = resolve(out, file.path);
    const inside = relative(out, full);
    if (inside === '' || inside.startsWith('..') || inside.split(sep).includes('..')) {
      throw new Error(`refusing to write outside ${out}: ${file.path}`);
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, file.contents);
    // The mode given to writeFileSync is filtered by the umask and ignored for existing files.
    chmodSync(full, file.mode);
  }
}

/** Runs `export`; returns the exit status. */
export function runExport(t: TFunction, io: CliIo, args: ExportArgs): number {
  const ids = args.targets
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (ids.length === 0) {
    writeLines(io.stderr, t('cli.missingTarget'));
    return EXIT.unusable;
  }
  const unknown = ids.find((id) => findTarget(id) === undefined);
  if (unknown !== undefined) {
    writeLines(io.stderr, t('cli.unknownTarget', { target: unknown }));
    return EXIT.unusable;
  }
  const loaded = loadDesign(t, io.cwd, args.design);
  if (!loaded.ok) {
    writeLines(io.stderr, loaded.message);
    return EXIT.unusable;
  }
  const result = loaded.design ? buildBundle(loaded.design, ids) : undefined;
  const findings = [...loaded.findings, ...(result?.findings ?? [])];
  if (!result?.ok || hasErrors(findings)) {
    writeLines(io.stderr, [...findingLines(t, findings), t('cli.refused')]);
    return EXIT.errors;
  }
  const out = resolve(io.cwd, args.out);
  try {
    if (out.toLowerCase().endsWith('.zip')) {
      writeZip(out, result.files);
    } else {
      writeFolder(out, result.files);
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    writeLines(io.stderr, t('cli.cannotWrite', { out: args.out, detail }));
    return EXIT.unusable;
  }
  writeLines(io.stderr, findingLines(t, findings));
  writeLines(io.stdout, t('cli.written', { count: result.files.length, out: args.out }));
  return EXIT.ok;
}
