/**
 * Checking and reading bond option values against OPTION_INFO (options.ts): type, range, enum
 * membership, addresses in lists, and values typed as text.
 */
import { isIpv4, isIpv6 } from './addressing';
import type { FindingCode } from './findings';
import { isValidIfname, isValidMac } from './names';
import { OPTION_INFO, parseQueueEntry } from './options';
import type { BondOptions, OptionName } from './types';

/** Why an option value is refused: a finding code and the params its message names. */
export interface OptionValueProblem {
  code: FindingCode;
  params?: Record<string, string | number>;
}

type ListKind = 'ipv4-list' | 'ipv6-list' | 'queue-list';
const LIST_ITEM_CHECK: Record<ListKind, { check: (s: string) => boolean; code: FindingCode }> = {
  'ipv4-list': { check: isIpv4, code: 'arp-target-invalid' },
  'ipv6-list': { check: isIpv6, code: 'ns-target-invalid' },
  'queue-list': { check: (s) => parseQueueEntry(s) !== undefined, code: 'queue-id-invalid' },
};

/**
 * Checks a value's type, range and enum membership against OPTION_INFO. Cross-option and
 * cross-bond checks (duplicates, slaves, monitoring) are rules, not here.
 */
export function optionValueProblem(
  name: OptionName,
  value: unknown,
): OptionValueProblem | undefined {
  const info = OPTION_INFO[name];
  const option = name;
  switch (info.kind) {
    case 'int': {
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        return { code: 'option-not-integer', params: { option, value: String(value) } };
      }
      const min = info.min ?? 0;
      const max = info.max ?? Number.MAX_SAFE_INTEGER;
      return value < min || value > max
        ? { code: 'option-out-of-range', params: { option, value, min, max } }
        : undefined;
    }
    case 'enum': {
      const values = info.values ?? [];
      return typeof value === 'string' && values.includes(value)
        ? undefined
        : {
            code: 'option-not-in-enum',
            params: { option, value: String(value), values: values.join(', ') },
          };
    }
    case 'ifname':
      return typeof value === 'string' && isValidIfname(value)
        ? undefined
        : { code: 'option-ifname-invalid', params: { option, value: String(value) } };
    case 'mac':
      return typeof value === 'string' && isValidMac(value)
        ? undefined
        : { code: 'option-mac-invalid', params: { option, value: String(value) } };
    default: {
      if (!Array.isArray(value)) return { code: 'value-wrong-type', params: { expected: 'list' } };
      const item = LIST_ITEM_CHECK[info.kind];
      const bad: unknown = value.find(
        (entry: unknown) => typeof entry !== 'string' || !item.check(entry),
      );
      return bad === undefined
        ? undefined
        : {
            code: item.code,
            params: { option, value: typeof bad === 'string' ? bad : typeof bad },
          };
    }
  }
}

/** Result of reading an option from form text: `value` undefined means "back to the default". */
export type OptionParseResult<K extends OptionName> =
  | { ok: true; value: BondOptions[K] }
  | { ok: false; code: FindingCode; params?: Record<string, string | number> };

/**
 * Reads an option from text as a person types it: integers in digits, enums by name (any case)
 * or kernel number, lists separated by commas or spaces. Empty text clears the option.
 * @example parseOptionText('lacp_rate', '1') // { ok: true, value: 'fast' }
 */
export function parseOptionText<K extends OptionName>(name: K, text: string): OptionParseResult<K> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  const info = OPTION_INFO[name];
  let value: unknown = trimmed;
  if (info.kind === 'int') {
    value = /^[0-9]{1,16}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
    if (Number.isNaN(value))
      return { ok: false, code: 'option-not-integer', params: { option: name, value: trimmed } };
  } else if (info.kind === 'enum') {
    const values = info.values ?? [];
    const byNumber = /^[0-9]{1,2}$/.test(trimmed) ? values[Number(trimmed)] : undefined;
    value = byNumber ?? values.find((v) => v === trimmed.toLowerCase()) ?? trimmed;
  } else if (info.kind.endsWith('-list')) {
    value = trimmed.split(/[\s,]+/).filter((entry) => entry !== '');
  } else if (info.kind === 'mac') {
    value = trimmed.toLowerCase();
  }
  const problem = optionValueProblem(name, value);
  if (problem) return { ok: false, ...problem };
  return { ok: true, value: value as BondOptions[K] };
}
