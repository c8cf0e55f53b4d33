/**
 * The whole import the app runs (in a worker, or on the main thread when no worker can start):
 * uploads → unpackUploads → importFiles → the design's own findings. Pure.
 */
import { validateDesign } from '../model/validate';
import type { Design, Finding } from '../model/types';
import { ARCHIVE_LIMITS, unpackUploads, type ArchiveLimits, type Upload } from './archive';
import { importFiles } from './index';
import type { ImportFormat, ImportNote } from './types';

/** What the app asks for: the uploads and, optionally, the format chosen instead of detection. */
export interface ImportRequest {
  uploads: Upload[];
  from?: ImportFormat;
}

/**
 * What an import gave: a design the user may open or merge (with the notes and the model's
 * findings), or a refusal with the notes that say why. `ready` is false whenever any note is an
 * error, so refused input never reaches the design.
 */
export type ImportOutcome =
  | {
      ready: true;
      design: Design;
      format: ImportFormat;
      notes: ImportNote[];
      findings: Finding[];
    }
  | { ready: false; notes: ImportNote[] };

/**
 * Runs the whole import of `request.uploads`.
 * @example importUploads({ uploads: [{ name: 'bond0', bytes: procText }] }) // { ready: true, … }
 */
export function importUploads(
  request: ImportRequest,
  limits: ArchiveLimits = ARCHIVE_LIMITS,
): ImportOutcome {
  const unpacked = unpackUploads(request.uploads, limits);
  const notes = [...unpacked.notes];
  if (notes.some((note) => note.severity === 'error')) {
    return { ready: false, notes };
  }
  const result = importFiles(
    unpacked.files,
    request.from === undefined ? {} : { from: request.from },
  );
  notes.push(...result.notes);
  if (!result.ok || notes.some((note) => note.severity === 'error')) {
    return { ready: false, notes };
  }
  const { findings } = validateDesign(result.design);
  return { ready: true, design: result.design, format: result.format, notes, findings };
}
