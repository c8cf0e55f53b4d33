/**
 * `bondsmith convert FILE… [--from ID] --target ID[,ID…] --out OUT`: import, then export. The
 * imported design goes through `bondsmith export` unchanged (via a private temporary design
 * file), so checks, output forms and exit statuses are exactly export's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { serializeDesign } from '../model/parse-design';
import type { CliIo } from './cli-io';
import { runExport } from './export-command';
import { readAndImport } from './import-command';

/** Options of the convert command, already parsed from argv. */
export interface ConvertArgs {
  files: string[];
  from?: string;
  targets: string;
  out: string;
}

/** Runs `convert`; returns the exit status (import's 1/2 first, then export's). */
export function runConvert(t: TFunction, io: CliIo, args: ConvertArgs): number {
  const imported = readAndImport(t, io, args.files, args.from);
  if (!imported.ok) {
    return imported.status;
  }
  const folder = mkdtempSync(join(tmpdir(), 'bondsmith-convert-'));
  try {
    const design = join(folder, 'design.json');
    writeFileSync(design, serializeDesign(imported.design), { mode: 0o600 });
    return runExport(t, io, { design, targets: args.targets, out: args.out });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
