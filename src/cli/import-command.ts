/**
 * `bondsmith import FILE… [--from ID] --out DESIGN`: reads configuration files, imports them
 * (src/import) and writes the design file. Exit 0 written, 1 the import or the design has errors
 * (nothing written), 2 unreadable file, unknown format or unwritable output.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TFunction } from 'i18next';
import { importFiles, MAX_FILE_SIZE } from '../import/index';
import {
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportNote,
  type SourceFile,
} from '../import/types';
import { hasErrors } from '../model/findings';
import { serializeDesign } from '../model/parse-design';
import type { Design } from '../model/types';
import { validateDesign } from '../model/validate';
import { EXIT, findingLines, writeLines, type CliIo } from './cli-io';

/** Options of the import command, already parsed from argv. */
export interface ImportArgs {
  files: string[];
  from?: string;
  out: string;
}

/** The human form of import notes: `warning  FILE:LINE  message [code]`, one line each. */
export function noteLines(t: TFunction, notes: readonly ImportNote[]): string[] {
  return notes.map((note) => {
    const where = note.line === undefined ? note.file : `${note.file}:${String(note.line)}`;
    const message = t(`cli.import.notes.${note.code}`, { ...note.params, defaultValue: note.code });
    return `${note.severity}  ${where === '' ? '(input)' : where}  ${message} [${note.code}]`;
  });
}

function isImportFormat(id: string): id is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(id);
}

function readSources(t: TFunction, io: CliIo, paths: readonly string[]): SourceFile[] | undefined {
  const files: SourceFile[] = [];
  for (const path of paths) {
    try {
      const full = resolve(io.cwd, path);
      // Checked before reading, so a huge file is never loaded; importFiles checks text again.
      if (statSync(full).size > MAX_FILE_SIZE) {
        writeLines(io.stderr, t('cli.import.tooLarge', { file: path, limit: MAX_FILE_SIZE }));
        return undefined;
      }
      files.push({ path, text: readFileSync(full, 'utf8') });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      writeLines(io.stderr, t('cli.unreadable', { file: path, detail }));
      return undefined;
    }
  }
  return files;
}

/** What reading and importing gave: a design free of import errors, or the exit status. */
export type Imported = { ok: true; design: Design } | { ok: false; status: number };

/**
 * Reads `paths`, imports them and prints the notes to stderr. Not ok (with the exit status) when
 * a file is unreadable, of unknown format, or the import itself reported an error.
 */
export function readAndImport(
  t: TFunction,
  io: CliIo,
  paths: readonly string[],
  from: string | undefined,
): Imported {
  if (from !== undefined && !isImportFormat(from)) {
    writeLines(
      io.stderr,
      t('cli.import.unknownFormat', { format: from, formats: IMPORT_FORMATS.join(', ') }),
    );
    return { ok: false, status: EXIT.unusable };
  }
  const files = readSources(t, io, paths);
  if (files === undefined) {
    return { ok: false, status: EXIT.unusable };
  }
  const result = importFiles(files, from === undefined ? {} : { from });
  writeLines(io.stderr, noteLines(t, result.notes));
  if (!result.ok) {
    writeLines(io.stderr, t('cli.import.failed'));
    return { ok: false, status: EXIT.unusable };
  }
  if (result.notes.some((note) => note.severity === 'error')) {
    writeLines(io.stderr, t('cli.import.refused'));
    return { ok: false, status: EXIT.errors };
  }
  return { ok: true, design: result.design };
}

/** Runs `import`; returns the exit status. */
export function runImport(t: TFunction, io: CliIo, args: ImportArgs): number {
  const imported = readAndImport(t, io, args.files, args.from);
  if (!imported.ok) {
    return imported.status;
  }
  const { findings } = validateDesign(imported.design);
  writeLines(io.stderr, findingLines(t, findings));
  if (hasErrors(findings)) {
    writeLines(io.stderr, t('cli.import.refused'));
    return EXIT.errors;
  }
  try {
    writeFileSync(resolve(io.cwd, args.out), serializeDesign(imported.design));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    writeLines(io.stderr, t('cli.cannotWrite', { out: args.out, detail }));
    return EXIT.unusable;
  }
  writeLines(
    io.stdout,
    t('cli.import.written', {
      out: args.out,
      bonds: imported.design.bonds.length,
      nics: imported.design.nics.length,
    }),
  );
  return EXIT.ok;
}
