/**
 * Gathers what the user chose or dropped (files, folders walked through the File and Directory
 * Entries API, archives) into uploads, stopping at the archive limits BEFORE reading bytes, so a
 * huge folder is refused without loading it.
 */
import type { ArchiveLimits, Upload } from '../../import/archive';

/** The limits checked before reading: file count and total bytes. */
type Limits = Pick<ArchiveLimits, 'maxEntries' | 'maxTotalBytes'>;

/** One chosen file and the path to show and detect it by (relative path inside a folder). */
export interface PickedFile {
  path: string;
  file: File;
}

/** Why nothing was read: too many files, or too many bytes. */
export type PickRefusal = { kind: 'tooMany'; max: number } | { kind: 'tooLarge'; max: number };

/** The picked files, or the limit they broke. */
export type Picked = { ok: true; files: PickedFile[] } | { ok: false; refusal: PickRefusal };

/** Files from an <input type="file"> (with webkitRelativePath for a chosen folder). */
export function pickedFromList(list: FileList | readonly File[]): PickedFile[] {
  return Array.from(list, (file) => ({ path: file.webkitRelativePath || file.name, file }));
}

/** Checks the count and total size of picked files against the limits. */
export function checkPicked(files: PickedFile[], limits: Limits): Picked {
  if (files.length > limits.maxEntries) {
    return { ok: false, refusal: { kind: 'tooMany', max: limits.maxEntries } };
  }
  const total = files.reduce((sum, picked) => sum + picked.file.size, 0);
  if (total > limits.maxTotalBytes) {
    return { ok: false, refusal: { kind: 'tooLarge', max: limits.maxTotalBytes } };
  }
  return { ok: true, files };
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

class TooMany extends Error {}

// Depth-first walk; throws TooMany as soon as the count passes the limit.
async function walk(
  entry: FileSystemEntry,
  prefix: string,
  out: PickedFile[],
  limits: Limits,
): Promise<void> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    out.push({ path, file: await entryFile(entry as FileSystemFileEntry) });
    if (out.length > limits.maxEntries) throw new TooMany();
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries hands out a directory in batches until it returns an empty one.
  for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
    for (const child of batch) await walk(child, path, out, limits);
  }
}

/**
 * The entries of a drop; call synchronously in the drop handler (the DataTransfer empties once
 * the handler returns), then pass them to `pickDropped`.
 */
export function droppedEntries(transfer: DataTransfer): (FileSystemEntry | File)[] {
  return Array.from(transfer.items).flatMap((item): (FileSystemEntry | File)[] => {
    if (item.kind !== 'file') return [];
    const entry = item.webkitGetAsEntry();
    const file = entry ? undefined : item.getAsFile();
    return entry ? [entry] : file ? [file] : [];
  });
}

/** Walks dropped files and folders within the limits. */
export async function pickDropped(
  entries: readonly (FileSystemEntry | File)[],
  limits: Limits,
): Promise<Picked> {
  const files: PickedFile[] = [];
  try {
    for (const entry of entries) {
      if (entry instanceof File) files.push({ path: entry.name, file: entry });
      else await walk(entry, '', files, limits);
      if (files.length > limits.maxEntries) throw new TooMany();
    }
  } catch (error) {
    if (error instanceof TooMany) {
      return { ok: false, refusal: { kind: 'tooMany', max: limits.maxEntries } };
    }
    throw error;
  }
  return checkPicked(files, limits);
}

/** Reads the picked files' bytes. */
export async function readPicked(files: readonly PickedFile[]): Promise<Upload[]> {
  return Promise.all(
    files.map(async ({ path, file }) => ({
      name: path,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}
