/**
 * Turns what the user handed the app (plain files, a .zip, a .tar, a .tar.gz) into text files for
 * `importFiles`, refusing hostile archives: unsafe entry names, links and devices, too many entries
 * and too much expanded data (counted WHILE inflating, so a bomb stops early). Pure: no DOM, no node:.
 */
import { Gunzip, Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { detectFormat } from './detect';
import { MAX_FILE_SIZE } from './index';
import { IMPORT_FORMATS, type ImportNote, type SourceFile } from './types';
import { UPLOAD_LIMITS } from './upload-limits';

// TextDecoder exists in browsers, workers and Node alike; the pure core's lib just has no DOM types.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean },
) => { decode: (input: Uint8Array) => string };

/** One file as the user gave it: its name (a relative path for folders) and its bytes. */
export interface Upload {
  name: string;
  bytes: Uint8Array;
}

/** How much an upload may hold; on any limit the whole archive (or the whole upload) is refused. */
export interface ArchiveLimits {
  maxEntries: number;
  maxTotalBytes: number;
  maxFileBytes: number;
}

/** The limits the app uses: UPLOAD_LIMITS (2,000 entries, 20 MB), each file at most MAX_FILE_SIZE. */
export const ARCHIVE_LIMITS: ArchiveLimits = { ...UPLOAD_LIMITS, maxFileBytes: MAX_FILE_SIZE };

/** What unpacking gave: the text files to import and the notes about everything else. */
export interface Unpacked {
  files: SourceFile[];
  notes: ImportNote[];
}

// Compressed input is fed in small slices: DEFLATE expands at most ~1032:1, so a bomb is caught
// within about 1 MB past the limit instead of after inflating everything.
const SLICE = 1024;

// Entries that are plainly no configuration file; skipped (with a note) without reading them.
const NOT_CONFIG =
  /\.(png|jpe?g|gif|bmp|ico|svg|webp|pdf|so|o|a|ko|bin|exe|dll|jar|class|pyc|gz|bz2|xz|zst|zip|tar|tgz|rpm|deb|iso|img|mo|db|sqlite)$/i;

type ArchiveKind = 'zip' | 'tar' | 'tar.gz';

function archiveKind(upload: Upload): ArchiveKind | undefined {
  const name = upload.name.toLowerCase();
  const bytes = upload.bytes;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return 'zip';
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'tar.gz';
  if (name.endsWith('.tar') || isUstar(bytes)) return 'tar';
  if (name.endsWith('.zip')) return 'zip';
  return undefined;
}

function isUstar(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && latin1(bytes.subarray(257, 262)) === 'ustar';
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** Strict UTF-8 text without NUL bytes, or undefined for binary data. */
function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// Entry names that could write outside the folder they are unpacked in, or hide their path.
const UNSAFE_NAMES: readonly { code: string; test: (name: string) => boolean }[] = [
  { code: 'archive-path-nul', test: (name) => name.includes('\u0000') },
  { code: 'archive-path-backslash', test: (name) => name.includes('\\') },
  { code: 'archive-path-absolute', test: (name) => /^(\/|[A-Za-z]:)/.test(name) },
  { code: 'archive-path-parent', test: (name) => name.split('/').includes('..') },
];

// A zip entry's Unix file type (from the central directory), by name; links and devices there.
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

interface CentralDirectory {
  count: number;
  unixTypes: Map<string, number>;
}

/** Reads the zip's central directory: the declared entry count and each Unix file type. */
function readCentralDirectory(bytes: Uint8Array): CentralDirectory | undefined {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65557); at -= 1) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = u16(bytes, end + 10);
  const unixTypes = new Map<string, number>();
  let at = u32(bytes, end + 16);
  for (let index = 0; index < count; index += 1) {
    if (u32(bytes, at) !== 0x02014b50) return undefined;
    const utf8 = (u16(bytes, at + 8) & 0x800) !== 0;
    const nameLength = u16(bytes, at + 28);
    const raw = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = utf8 ? new TextDecoder().decode(raw) : latin1(raw);
    if (bytes[at + 5] === 3) unixTypes.set(name, (u32(bytes, at + 38) >>> 16) & S_IFMT);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return { count, unixTypes };
}

/** Raised inside the inflaters to abandon the whole archive with one note. */
class Refusal extends Error {
  constructor(readonly note: ImportNote) {
    super(note.code);
  }
}

interface Entry {
  name: string;
  bytes: Uint8Array;
}

/** Counts entries and expanded bytes across one archive and refuses past the limits. */
class Budget {
  private entries = 0;
  private total = 0;
  constructor(
    private readonly archive: string,
    private readonly limits: ArchiveLimits,
  ) {}

  entry(): void {
    this.entries += 1;
    if (this.entries > this.limits.maxEntries) throw this.tooManyEntries(this.entries);
  }

  tooManyEntries(count: number): Refusal {
    return new Refusal({
      severity: 'error',
      code: 'archive-too-many-entries',
      file: this.archive,
      params: { count, max: this.limits.maxEntries },
    });
  }

  bytes(entry: string, entrySize: number, added: number): void {
    this.total += added;
    if (entrySize > this.limits.maxFileBytes) {
      throw new Refusal({
        severity: 'error',
        code: 'archive-entry-too-large',
        file: this.archive,
        params: { entry, size: entrySize, max: this.limits.maxFileBytes },
      });
    }
    if (this.total > this.limits.maxTotalBytes) {
      throw new Refusal({
        severity: 'error',
        code: 'archive-too-large',
        file: this.archive,
        params: { size: this.total, max: this.limits.maxTotalBytes },
      });
    }
  }
}

function invalid(archive: string, kind: ArchiveKind): Refusal {
  return new Refusal({
    severity: 'error',
    code: 'archive-invalid',
    file: archive,
    params: { kind },
  });
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Notes about an entry that is taken no further; true when it must not be read. */
function screenEntry(archive: string, name: string, notes: ImportNote[]): boolean {
  const unsafe = UNSAFE_NAMES.find((rule) => rule.test(name));
  if (unsafe) {
    notes.push({ severity: 'error', code: unsafe.code, file: archive, params: { entry: name } });
    return true;
  }
  if (NOT_CONFIG.test(name)) {
    notes.push({
      severity: 'info',
      code: 'archive-entry-not-config',
      file: archive,
      params: { entry: name },
    });
    return true;
  }
  return false;
}

function specialEntry(archive: string, name: string, type: 'link' | 'device'): ImportNote {
  const params = { entry: name };
  return type === 'link'
    ? { severity: 'error', code: 'archive-entry-link', file: archive, params }
    : { severity: 'error', code: 'archive-entry-device', file: archive, params };
}

function unzipEntries(upload: Upload, budget: Budget, limits: ArchiveLimits, notes: ImportNote[]) {
  const directory = readCentralDirectory(upload.bytes);
  if (!directory) throw invalid(upload.name, 'zip');
  if (directory.count > limits.maxEntries) throw budget.tooManyEntries(directory.count);
  const entries: Entry[] = [];
  let pending = 0;
  const unzip = new Unzip((file: UnzipFile) => {
    budget.entry();
    const name = file.name;
    if (name.endsWith('/')) return;
    const type = directory.unixTypes.get(name);
    if (type !== undefined && type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
      notes.push(specialEntry(upload.name, name, type === 0o120000 ? 'link' : 'device'));
      return;
    }
    if (screenEntry(upload.name, name, notes)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    pending += 1;
    file.ondata = (error, chunk, final) => {
      // UnzipInflate hands exceptions (a Refusal thrown below included) back as `error`.
      if (error) throw error instanceof Refusal ? error : invalid(upload.name, 'zip');
      size += chunk.length;
      budget.bytes(name, size, chunk.length);
      chunks.push(chunk);
      if (final) {
        pending -= 1;
        entries.push({ name, bytes: concat(chunks, size) });
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  feed(upload, 'zip', (slice, final) => unzip.push(slice, final));
  if (pending > 0) throw invalid(upload.name, 'zip');
  return entries;
}

/** Pushes the upload's bytes in slices; parser errors become 'archive-invalid'. */
function feed(
  upload: Upload,
  kind: ArchiveKind,
  push: (slice: Uint8Array, final: boolean) => void,
) {
  const bytes = upload.bytes;
  try {
    for (let at = 0; at < bytes.length; at += SLICE) {
      push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
    }
  } catch (error) {
    throw error instanceof Refusal ? error : invalid(upload.name, kind);
  }
}

// A tar stream carries a 512-byte header per entry plus padding on top of the file contents.
function tarAllowance(limits: ArchiveLimits): number {
  return limits.maxTotalBytes + (limits.maxEntries + 2) * 1024;
}

function gunzip(upload: Upload, limits: ArchiveLimits): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const stream = new Gunzip((chunk, final) => {
    size += chunk.length;
    if (size > tarAllowance(limits)) {
      throw new Refusal({
        severity: 'error',
        code: 'archive-too-large',
        file: upload.name,
        params: { size, max: limits.maxTotalBytes },
      });
    }
    chunks.push(chunk);
    done ||= final;
  });
  feed(upload, 'tar.gz', (slice, final) => stream.push(slice, final));
  if (!done) throw invalid(upload.name, 'tar.gz');
  return concat(chunks, size);
}

function octal(bytes: Uint8Array, at: number, length: number): number {
  const text = latin1(bytes.subarray(at, at + length))
    .replace(/[\0 ]+$/, '')
    .trim();
  return text === '' ? 0 : Number.parseInt(text, 8);
}

function cString(bytes: Uint8Array, at: number, length: number): string {
  const field = bytes.subarray(at, at + length);
  const end = field.indexOf(0);
  return new TextDecoder().decode(end < 0 ? field : field.subarray(0, end));
}

function paxPath(data: Uint8Array): string | undefined {
  const match = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(new TextDecoder().decode(data));
  return match?.[1];
}

// nanotar's parseTar quietly rewrites "../" and leading "/" away (and ignores the ustar prefix),
// which would hide exactly what must be refused, so the headers are read here, names raw.
function untarEntries(
  archive: string,
  tar: Uint8Array,
  kind: ArchiveKind,
  budget: Budget,
  notes: ImportNote[],
): Entry[] {
  const entries: Entry[] = [];
  let longName: string | undefined;
  let at = 0;
  while (at + 512 <= tar.length && tar[at] !== 0) {
    const header = at;
    const size = octal(tar, header + 124, 12);
    if (!Number.isFinite(size) || header + 512 + size > tar.length) throw invalid(archive, kind);
    const type = String.fromCharCode(tar[header + 156] ?? 0);
    const data = tar.subarray(header + 512, header + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x' || type === 'L') {
      longName = type === 'x' ? paxPath(data) : cString(data, 0, data.length);
      continue;
    }
    if (type === 'g') continue;
    budget.entry();
    const prefix = isUstar(tar.subarray(header)) ? cString(tar, header + 345, 155) : '';
    const short = cString(tar, header, 100);
    const name = longName ?? (prefix ? `${prefix}/${short}` : short);
    longName = undefined;
    if (type === '5') continue;
    if (type === '1' || type === '2') {
      notes.push(specialEntry(archive, name, 'link'));
      continue;
    }
    if (type !== '0' && type !== '\0' && type !== '7') {
      notes.push(specialEntry(archive, name, 'device'));
      continue;
    }
    if (screenEntry(archive, name, notes)) continue;
    budget.bytes(name, size, size);
    entries.push({ name, bytes: data });
  }
  return entries;
}

/** Reads one archive into entries, or throws a Refusal. */
function archiveEntries(
  upload: Upload,
  kind: ArchiveKind,
  limits: ArchiveLimits,
  notes: ImportNote[],
): Entry[] {
  const budget = new Budget(upload.name, limits);
  if (kind === 'zip') return unzipEntries(upload, budget, limits, notes);
  const tar = kind === 'tar' ? upload.bytes : gunzip(upload, limits);
  return untarEntries(upload.name, tar, kind, budget, notes);
}

function topFolder(path: string): string | undefined {
  const slash = path.indexOf('/');
  return slash > 0 ? path.slice(0, slash) : undefined;
}

/**
 * A Bondsmith bundle has one folder per target, each with a README.txt. Its targets all describe
 * the same design, so one folder is imported: the first in target order that has an importer.
 */
function pickBundleFolder(archive: string, entries: Entry[], notes: ImportNote[]): Entry[] {
  const folders = [...new Set(entries.map((entry) => topFolder(entry.name)))];
  const bundle =
    folders.length > 0 &&
    folders.every(
      (folder) =>
        folder !== undefined && entries.some((entry) => entry.name === `${folder}/README.txt`),
    );
  if (!bundle) return entries;
  const present = folders.filter((folder): folder is string => folder !== undefined);
  const chosen =
    IMPORT_FORMATS.find((format) => present.includes(format)) ?? [...present].sort()[0] ?? '';
  notes.push({
    severity: 'info',
    code: 'bundle-folder-chosen',
    file: archive,
    params: { folder: chosen, count: present.length },
  });
  return entries.filter(
    (entry) => entry.name.startsWith(`${chosen}/`) && entry.name !== `${chosen}/README.txt`,
  );
}

/** Text files from an archive's entries; anything that is no configuration is noted and skipped. */
function archiveFiles(upload: Upload, entries: Entry[], notes: ImportNote[]): SourceFile[] {
  const files: SourceFile[] = [];
  for (const entry of pickBundleFolder(upload.name, entries, notes)) {
    const text = decodeText(entry.bytes);
    const params = { entry: entry.name };
    if (text === undefined) {
      notes.push({ severity: 'info', code: 'archive-entry-not-config', file: upload.name, params });
      continue;
    }
    const file = { path: entry.name, text };
    if (detectFormat(file) === undefined) {
      notes.push({ severity: 'info', code: 'archive-entry-unknown', file: upload.name, params });
      continue;
    }
    files.push(file);
  }
  if (files.length === 0) {
    notes.push({ severity: 'error', code: 'archive-nothing-to-import', file: upload.name });
  }
  return files;
}

function plainFile(upload: Upload, limits: ArchiveLimits, notes: ImportNote[]): SourceFile[] {
  if (upload.bytes.length > limits.maxFileBytes) {
    notes.push({
      severity: 'error',
      code: 'file-too-large',
      file: upload.name,
      params: { size: upload.bytes.length, max: limits.maxFileBytes },
    });
    return [];
  }
  const text = decodeText(upload.bytes);
  if (text === undefined) {
    notes.push({ severity: 'error', code: 'file-not-text', file: upload.name });
    return [];
  }
  return [{ path: upload.name, text }];
}

/**
 * Unpacks uploads into text files: plain files pass through (strict UTF-8, no NUL bytes), zip,
 * tar and tar.gz archives are expanded within `limits`; a refused archive gives no files at all.
 * A Bondsmith bundle contributes one target folder; archive entries in no known format are skipped
 * with an info note, so an archive of /etc works.
 * @example unpackUploads([{ name: 'ifcfg-bond0', bytes: strToU8('DEVICE=bond0\n') }])
 *   // { files: [{ path: 'ifcfg-bond0', text: 'DEVICE=bond0\n' }], notes: [] }
 */
export function unpackUploads(
  uploads: readonly Upload[],
  limits: ArchiveLimits = ARCHIVE_LIMITS,
): Unpacked {
  const notes: ImportNote[] = [];
  const total = uploads.reduce((sum, upload) => sum + upload.bytes.length, 0);
  if (uploads.length > limits.maxEntries) {
    notes.push({
      severity: 'error',
      code: 'upload-too-many-files',
      file: '',
      params: { count: uploads.length, max: limits.maxEntries },
    });
    return { files: [], notes };
  }
  if (total > limits.maxTotalBytes) {
    notes.push({
      severity: 'error',
      code: 'upload-too-large',
      file: '',
      params: { size: total, max: limits.maxTotalBytes },
    });
    return { files: [], notes };
  }
  const files: SourceFile[] = [];
  for (const upload of uploads) {
    const kind = archiveKind(upload);
    if (kind === undefined) {
      files.push(...plainFile(upload, limits, notes));
      continue;
    }
    const archiveNotes: ImportNote[] = [];
    try {
      const entries = archiveEntries(upload, kind, limits, archiveNotes);
      notes.push(...archiveNotes);
      files.push(...archiveFiles(upload, entries, notes));
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      notes.push(error.note);
    }
  }
  return { files, notes };
}
