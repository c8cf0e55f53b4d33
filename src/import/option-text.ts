/**
 * Reading bonding options from the `key=value` words that modprobe.conf, BONDING_OPTS and
 * ifupdown's bond-* lines hold: kernel numbers become names, lists accumulate, and every word the
 * model does not accept leaves a note instead of vanishing.
 */
import { parseMode } from '../model/bond-modes';
import { parseOptionText } from '../model/option-values';
import { isOptionName, OPTION_INFO } from '../model/options';
import type { BondMode, BondOptions } from '../model/types';
import type { ImportNote } from './types';

/** A bond while its files are being read: mode unknown until some file names it. */
export interface BondDraft {
  name: string;
  mode?: BondMode;
  options: BondOptions;
}

/** Where a value came from, for notes. */
export interface SourceAt {
  file: string;
  line: number;
}

/**
 * Applies one option (`mode` or a sysfs option name) to `bond`. Enumerations given as kernel
 * numbers become names; sysfs' `+address` form of arp_ip_target is accepted; list options given
 * more than once accumulate. An unknown name or refused value becomes a warning note.
 * @example applyOption(draft, 'lacp_rate', '1', at, notes) // draft.options.lacp_rate === 'fast'
 */
export function applyOption(
  bond: BondDraft,
  key: string,
  value: string,
  at: SourceAt,
  notes: ImportNote[],
): void {
  if (key === 'mode') {
    const mode = parseMode(value);
    if (mode === undefined) {
      notes.push({ severity: 'warning', code: 'mode-unknown', ...at, params: { value } });
    } else {
      bond.mode = mode;
    }
    return;
  }
  if (!isOptionName(key)) {
    notes.push({ severity: 'warning', code: 'option-unknown', ...at, params: { option: key } });
    return;
  }
  const list = OPTION_INFO[key].kind.endsWith('-list');
  const text = list ? value.replace(/(^|[\s,])\+/g, '$1') : value;
  const parsed = parseOptionText(key, text);
  if (!parsed.ok) {
    notes.push({
      severity: 'warning',
      code: 'option-value-invalid',
      ...at,
      params: { option: key, value },
    });
    return;
  }
  const previous = bond.options[key];
  const next =
    list && Array.isArray(previous) && Array.isArray(parsed.value)
      ? [...new Set([...previous, ...parsed.value])]
      : parsed.value;
  Object.assign(bond.options, { [key]: next });
}

/**
 * Applies whitespace-separated `key=value` words; a word without '=' is noted as not understood.
 * @example applyOptionWords(draft, 'mode=1 miimon=100', at, notes)
 */
export function applyOptionWords(
  bond: BondDraft,
  words: string,
  at: SourceAt,
  notes: ImportNote[],
): void {
  for (const word of words.split(/\s+/).filter((entry) => entry !== '')) {
    const equals = word.indexOf('=');
    if (equals <= 0) {
      notes.push({ severity: 'warning', code: 'option-malformed', ...at, params: { text: word } });
      continue;
    }
    applyOption(bond, word.slice(0, equals), word.slice(equals + 1), at, notes);
  }
}
