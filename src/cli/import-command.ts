/**
 * `bondsmith import FILE… [--from ID] --out DESIGN`: reads configuration files or archives of them
 * (.zip, .tar, .tar.gz, as in the app), imports them (src/import) and writes the design file. Exit 0 written, 1 the import or the design has errors
 * (nothing written), 2 unreadable file, unknown format or unwritable output.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TFunction } from 'i18next';
import { unpackUploads, type Upload } from '../import/archive';
import { importFiles } from '../import/index';
import { IMPORT_FORMATS, type ImportFormat, type ImportNote } from '../import/types';
import { UPLOAD_LIMITS } from '../import/upload-limits';
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
    // The app's message, unless the command line words it differently (e.g. --from for Format).
    const message = t([`cli.import.notes.${note.code}`, `import.notes.${note.code}`], {
      ...note.params,
      defaultValue: note.code,
    });
    return `${note.severity}  ${where === '' ? '(input)' : where}  ${message} [${note.code}]`;
  });
}

function isImportFormat(id: string): id is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(id);
}

function readUploads(t: TFunction, io: CliIo, paths: readonly string[]): Upload[] | undefined {
  const uploads: Upload[] = [];
  for (const path of paths) {
    try {
      const full = resolve(io.cwd, path);
      // Checked before reading, so a huge file is never loaded; the unpacker checks each file
      // (and each archive entry) against the per-file limit again.
      if (statSync(full).size > UPLOAD_LIMITS.maxTotalBytes) {
        writeLines(
          io.stderr,
          t('cli.import.tooLarge', { file: path, limit: UPLOAD_LIMITS.maxTotalBytes }),
        );
        return undefined;
      }
      uploads.push({ name: path, bytes: new Uint8Array(readFileSync(full)) });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      writeLines(io.stderr, t('cli.unreadable', { file: path, detail }));
      return undefined;
    }
  }
  return uploads;
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
  const uploads = readUploads(t, io, paths);
  if (uploads === undefined) {
    return { ok: false, status: EXIT.unusable };
  }
  // Archives (.zip, .tar, .tar.gz) are read as in the app, with the same limits and refusals.
  const unpacked = unpackUploads(uploads);
  writeLines(io.stderr, noteLines(t, unpacked.notes));
  if (unpacked.notes.some((note) => note.severity === 'error')) {
    writeLines(io.stderr, t('cli.import.refused'));
    return { ok: false, status: EXIT.errors };
  }
  const result = importFiles(unpacked.files, from === undefined ? {} : { from });
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
