/**
 * Shared vocabulary of the importers: the formats they read, the files they take and the notes
 * they leave for every line they did not (fully) understand. Parsers are pure text → model.
 */
import type { Bond, Nic } from '../model/types';

/** The formats an importer reads: export target ids where one exists, plus two runtime texts. */
export type ImportFormat =
  | 'rhel5'
  | 'rhel'
  | 'nm-keyfile'
  | 'nmcli'
  | 'netplan'
  | 'networkd'
  | 'ifupdown'
  | 'nmstate'
  | 'iproute2'
  | 'ansible'
  | 'proc'
  | 'ip-link';

/** Every import format: the export targets' order, then the two runtime texts. */
export const IMPORT_FORMATS: readonly ImportFormat[] = [
  'rhel5',
  'rhel',
  'nm-keyfile',
  'nmcli',
  'netplan',
  'networkd',
  'ifupdown',
  'nmstate',
  'iproute2',
  'ansible',
  'proc',
  'ip-link',
];

/** One input file; only the base name and folders of `path` matter for detection. */
export interface SourceFile {
  path: string;
  text: string;
}

/**
 * Something the importer wants the user to know about one file (and line): a line it did not
 * understand, a quirk it corrected, a value it could not use. Messages live in the i18n catalogue.
 */
export interface ImportNote {
  severity: 'error' | 'warning' | 'info';
  code: string;
  file: string;
  line?: number;
  params?: Record<string, string | number>;
}

/** What a parser makes of its files: model NICs and bonds with canonical names and values. */
export interface ParseResult {
  nics: Nic[];
  bonds: Bond[];
  host?: string;
  notes: ImportNote[];
}

/** A format's parser; a format may span several files (ifcfg-* plus modprobe.conf). */
export type Parser = (files: SourceFile[]) => ParseResult;
