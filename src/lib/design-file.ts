/**
 * Saving and opening design files in the browser: the file name, the download, and reading a
 * chosen file through the model's parseDesign into an outcome the shell can show.
 */
import { parseDesign, serializeDesign } from '../model/parse-design';
import type { Design, Finding } from '../model/types';
import { downloadBytes } from './download';

/** What opening a file led to: a design ready to replace the current one, or a message. */
export type OpenOutcome =
  | { kind: 'ready'; design: Design; findings: Finding[] }
  | { kind: 'refused'; key: string; params: Record<string, string | number> };

const REFUSAL_KEYS = {
  'not-json': 'ui.open.notJson',
  'not-a-design': 'ui.open.notADesign',
  'unsupported-version': 'ui.open.unsupportedVersion',
} as const;

/**
 * The download name for a design: `<host>.bondsmith.json`, with anything outside a safe file-name
 * alphabet replaced so a host name can never add path parts.
 * @example designFileName({ version: 1, host: { name: 'x3650' }, nics: [], bonds: [] }) // 'x3650.bondsmith.json'
 */
export function designFileName(design: Design): string {
  const host = (design.host?.name ?? '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${host || 'design'}.bondsmith.json`;
}

/** Downloads the design as a design file. */
export function saveDesignFile(design: Design): string {
  const name = designFileName(design);
  downloadBytes(new TextEncoder().encode(serializeDesign(design)), name, 'application/json');
  return name;
}

/** Interprets the text of an opened file. */
export function openDesignText(fileName: string, text: string): OpenOutcome {
  const parsed = parseDesign(text);
  if (!parsed.ok) {
    return { kind: 'refused', key: REFUSAL_KEYS[parsed.reason], params: { file: fileName } };
  }
  if (!parsed.design) {
    return {
      kind: 'refused',
      key: 'ui.open.unusable',
      params: { file: fileName, count: parsed.findings.length },
    };
  }
  return { kind: 'ready', design: parsed.design, findings: parsed.findings };
}
