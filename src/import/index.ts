/**
 * The importer's front door: the registry of parsers by format and `importFiles`, which checks
 * each file is text of a sane size, sorts files by format, runs the parsers and merges what they
 * found into one version-1 design. Files it cannot place are reported, never skipped silently.
 */
import type { Bond, Design, Nic } from '../model/types';
import { parseAnsible } from './ansible';
import { detectFormat } from './detect';
import { parseIfcfg } from './ifcfg';
import { parseIfupdown } from './ifupdown';
import { parseIproute2 } from './iproute2';
import { parseIpLink } from './ip-link';
import { parseNetplan } from './netplan';
import { parseNetworkd } from './networkd';
import { parseNmcli } from './nmcli';
import { parseNmKeyfile } from './nm-keyfile';
import { parseNmstate } from './nmstate';
import { parseProc } from './proc';
import {
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportNote,
  type Parser,
  type SourceFile,
} from './types';

/** Largest file an importer reads (characters); real configuration files are far smaller. */
export const MAX_FILE_SIZE = 2 * 1024 * 1024;

/** The parser of each format; rhel5 and rhel share one ifcfg parser (BONDING_OPTS or modprobe). */
export const PARSERS: Record<ImportFormat, Parser> = {
  rhel5: parseIfcfg,
  rhel: parseIfcfg,
  'nm-keyfile': parseNmKeyfile,
  nmcli: parseNmcli,
  netplan: parseNetplan,
  networkd: parseNetworkd,
  ifupdown: parseIfupdown,
  nmstate: parseNmstate,
  iproute2: parseIproute2,
  ansible: parseAnsible,
  proc: parseProc,
  'ip-link': parseIpLink,
};

/** What `importFiles` gives back: a design and the notes, or only the notes when nothing fits. */
export type ImportResult =
  | { ok: true; design: Design; format: ImportFormat; notes: ImportNote[] }
  | { ok: false; notes: ImportNote[] };

function fileProblem(file: SourceFile): ImportNote | undefined {
  if (file.text.length > MAX_FILE_SIZE) {
    return {
      severity: 'error',
      code: 'file-too-large',
      file: file.path,
      params: { size: file.text.length, max: MAX_FILE_SIZE },
    };
  }
  if (file.text.includes('\u0000')) {
    return { severity: 'error', code: 'file-not-text', file: file.path };
  }
  return undefined;
}

// initscripts read ifcfg-*, modprobe.conf and rc.local as one set; a BONDING_OPTS anywhere makes
// the set a modern one, so both detected formats go to the same group.
function groupKey(format: ImportFormat): ImportFormat {
  return format === 'rhel5' ? 'rhel' : format;
}

// Notes about whole files: with any of them the import is unusable and nothing is written.
const FILE_LEVEL_CODES: ReadonlySet<string> = new Set([
  'file-too-large',
  'file-not-text',
  'format-unknown',
  'no-files',
]);

interface Group {
  format: ImportFormat;
  files: SourceFile[];
}

function groupFiles(
  files: readonly SourceFile[],
  from: ImportFormat | undefined,
  notes: ImportNote[],
): Group[] {
  const groups = new Map<ImportFormat, Group>();
  for (const file of files) {
    const problem = fileProblem(file);
    if (problem) {
      notes.push(problem);
      continue;
    }
    const format = from ?? detectFormat(file);
    if (format === undefined) {
      notes.push({ severity: 'error', code: 'format-unknown', file: file.path });
      continue;
    }
    const key = from ?? groupKey(format);
    const group = groups.get(key) ?? { format, files: [] };
    // The ifcfg set is 'rhel' only when one of its files uses BONDING_OPTS.
    if (format === 'rhel') {
      group.format = 'rhel';
    }
    group.files.push(file);
    groups.set(key, group);
  }
  return IMPORT_FORMATS.flatMap((format) => {
    const group = groups.get(format);
    return group ? [group] : [];
  });
}

function mergeNic(into: Nic, from: Nic): Nic {
  return {
    name: into.name,
    ...((into.model ?? from.model) ? { model: into.model ?? from.model } : {}),
    ...((into.driver ?? from.driver) ? { driver: into.driver ?? from.driver } : {}),
    ...((into.mac ?? from.mac) ? { mac: into.mac ?? from.mac } : {}),
    ...((into.speed ?? from.speed) !== undefined ? { speed: into.speed ?? from.speed } : {}),
  };
}

interface Merged {
  nics: Nic[];
  bonds: Bond[];
  host?: string;
}

function mergeInto(
  merged: Merged,
  result: { nics: Nic[]; bonds: Bond[]; host?: string },
  file: string,
  notes: ImportNote[],
): void {
  for (const nic of result.nics) {
    const index = merged.nics.findIndex((known) => known.name === nic.name);
    const known = merged.nics[index];
    if (known) {
      merged.nics[index] = mergeNic(known, nic);
    } else {
      merged.nics.push(nic);
    }
  }
  for (const bond of result.bonds) {
    if (merged.bonds.some((known) => known.name === bond.name)) {
      notes.push({
        severity: 'warning',
        code: 'bond-duplicate',
        file,
        params: { bond: bond.name },
      });
    } else {
      merged.bonds.push(bond);
    }
  }
  merged.host ??= result.host;
}

// A slave that no file describes as a NIC still is one: the design needs it listed.
function addMissingSlaves(merged: Merged): void {
  for (const bond of merged.bonds) {
    for (const slave of bond.slaves) {
      if (!merged.nics.some((nic) => nic.name === slave)) {
        merged.nics.push({ name: slave });
      }
    }
  }
}

/**
 * Imports configuration files into one design. Each file is checked (at most MAX_FILE_SIZE, no
 * NUL bytes), its format detected (or taken from `opts.from`), each format's files parsed
 * together and the results merged (NICs by name, first bond of a name wins). Not ok when a file
 * cannot be read or placed, or when nothing at all was found.
 * @example importFiles([{ path: 'ifcfg-bond0', text: 'DEVICE=bond0\nBONDING_OPTS="mode=1"' }])
 */
export function importFiles(
  files: readonly SourceFile[],
  opts: { from?: ImportFormat } = {},
): ImportResult {
  const notes: ImportNote[] = [];
  const groups = groupFiles(files, opts.from, notes);
  const merged: Merged = { nics: [], bonds: [] };
  let format: ImportFormat | undefined;
  for (const group of groups) {
    const first = group.files[0]?.path ?? '';
    const result = PARSERS[group.format](group.files);
    notes.push(...result.notes);
    mergeInto(merged, result, first, notes);
    format ??= group.format;
  }
  if (files.length === 0) {
    notes.push({ severity: 'error', code: 'no-files', file: '' });
  }
  if (notes.some((note) => FILE_LEVEL_CODES.has(note.code)) || format === undefined) {
    return { ok: false, notes };
  }
  if (merged.nics.length === 0 && merged.bonds.length === 0) {
    notes.push({ severity: 'error', code: 'nothing-imported', file: files[0]?.path ?? '' });
    return { ok: false, notes };
  }
  addMissingSlaves(merged);
  const design: Design = {
    version: 1,
    ...(merged.host === undefined ? {} : { host: { name: merged.host } }),
    nics: merged.nics,
    bonds: merged.bonds,
  };
  return { ok: true, design, format, notes };
}

export { detectFormat } from './detect';
export type { ImportFormat, ImportNote, ParseResult, Parser, SourceFile } from './types';
