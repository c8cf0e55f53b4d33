/**
 * Drafts: text the user typed that does not parse yet, kept by JSON Pointer so nothing typed is
 * lost on reload. parseDraft reads text for the field a pointer denotes; draftFindings reports
 * one specific error per draft that still does not parse, at its pointer.
 */
import { isIpv4, parsePrefixOrNetmask } from './addressing';
import { parseMode } from './bond-modes';
import { errorAt, type FindingCode, type FindingParams } from './findings';
import { parsePointer } from './json-pointer';
import { isOneLineText, isValidHostName, isValidMac, isValidModuleName } from './names';
import { parseOptionText } from './option-values';
import { isOptionName } from './options';
import { ifnameFindings } from './rule-helpers';
import type { Finding } from './types';

/** A value a draft can turn into; undefined means the field was cleared. */
export type DraftValue = string | number | string[] | undefined;

/** The outcome of reading a draft. */
export type DraftResult = { ok: true; value: DraftValue } | { ok: false; finding: Finding };

type FieldParser = (text: string, pointer: string) => DraftResult;

function fail(code: FindingCode, pointer: string, params?: FindingParams): DraftResult {
  return { ok: false, finding: errorAt(code, pointer, params) };
}

function optional(parse: FieldParser): FieldParser {
  return (text, pointer) =>
    text.trim() === '' ? { ok: true, value: undefined } : parse(text.trim(), pointer);
}

function checked(test: (text: string) => boolean, code: FindingCode, param: string): FieldParser {
  return optional((text, pointer) =>
    test(text) ? { ok: true, value: text } : fail(code, pointer, { [param]: text }),
  );
}

function integer(min: number, max: number, code: FindingCode, param: string): FieldParser {
  return optional((text, pointer) => {
    const value = /^[0-9]{1,10}$/.test(text) ? Number(text) : Number.NaN;
    return value >= min && value <= max
      ? { ok: true, value }
      : fail(code, pointer, { [param]: text, min, max });
  });
}

const ifname: FieldParser = (text, pointer) => {
  const [finding] = ifnameFindings(text, pointer);
  return finding ? { ok: false, finding } : { ok: true, value: text };
};

/* Keyed by the pointer with indexes replaced by '*'. */
const FIELD_PARSERS: Record<string, FieldParser> = {
  '/host/name': checked(isValidHostName, 'host-name-invalid', 'name'),
  '/nics/*/name': ifname,
  '/nics/*/model': (text, pointer) =>
    isOneLineText(text)
      ? { ok: true, value: text === '' ? undefined : text }
      : fail('nic-model-invalid', pointer),
  '/nics/*/driver': checked(isValidModuleName, 'nic-driver-invalid', 'driver'),
  '/nics/*/mac': checked(isValidMac, 'nic-mac-invalid', 'mac'),
  '/nics/*/speed': integer(1, 800000, 'nic-speed-invalid', 'speed'),
  '/bonds/*/name': ifname,
  '/bonds/*/mode': (text, pointer) => {
    const mode = parseMode(text);
    return mode ? { ok: true, value: mode } : fail('bond-mode-invalid', pointer, { mode: text });
  },
  '/bonds/*/ipv4/address': optional((text, pointer) =>
    isIpv4(text)
      ? { ok: true, value: text }
      : fail('ipv4-address-invalid', pointer, { address: text }),
  ),
  '/bonds/*/ipv4/prefix': optional((text, pointer) => {
    const prefix = parsePrefixOrNetmask(text);
    return prefix === undefined
      ? fail('ipv4-prefix-invalid', pointer, { prefix: text })
      : { ok: true, value: prefix };
  }),
  '/bonds/*/ipv4/gateway': optional((text, pointer) =>
    isIpv4(text)
      ? { ok: true, value: text }
      : fail('ipv4-gateway-invalid', pointer, { gateway: text }),
  ),
  '/bonds/*/mtu': integer(68, 65535, 'mtu-invalid', 'mtu'),
};

function fieldKey(segments: readonly string[]): string {
  return `/${segments.map((s, i) => (i === 1 && /^(0|[1-9][0-9]*)$/.test(s) ? '*' : s)).join('/')}`;
}

/**
 * Reads the text typed into the field at `pointer`.
 * @example parseDraft('/bonds/0/ipv4/prefix', '255.255.255.0') // { ok: true, value: 24 }
 */
export function parseDraft(pointer: string, text: string): DraftResult {
  const segments = parsePointer(pointer) ?? [];
  if (segments.length === 4 && segments[0] === 'bonds' && segments[2] === 'options') {
    const name = segments[3] ?? '';
    if (!isOptionName(name)) return fail('draft-pointer-unknown', pointer, { pointer });
    const result = parseOptionText(name, text);
    return result.ok
      ? { ok: true, value: result.value }
      : fail(result.code, pointer, result.params);
  }
  const parser = FIELD_PARSERS[fieldKey(segments)];
  return parser ? parser(text, pointer) : fail('draft-pointer-unknown', pointer, { pointer });
}

/** One error finding per draft that still does not parse, at the draft's pointer. */
export function draftFindings(drafts: Readonly<Record<string, string>>): Finding[] {
  return Object.entries(drafts).flatMap(([pointer, text]) => {
    const result = parseDraft(pointer, text);
    return result.ok ? [] : [result.finding];
  });
}
