/**
 * Small shared pieces of the configuration parsers: note makers, option values through the
 * model's own text parser, `address/prefix` text and time spans with units. Pure text handling.
 */
import { parseMode } from '../model/bond-modes';
import { isIpv4 } from '../model/addressing';
import { parseOptionText } from '../model/option-values';
import type { Bond, BondMode, BondOptions, OptionName } from '../model/types';
import type { ImportNote } from './types';

/** Round-trip losses that several export targets share, for their importers' ROUND_TRIP_LOSSES. */
export const SHARED_LOSSES = {
  nicDetails:
    'NIC model, driver, MAC and speed are not written; NICs outside bonds are not written',
  miimonExplicit:
    'an unset miimon is written as the value the kernel runs with (0, or 100 in modes 4–6)',
} as const;

/** Where a value came from, for notes. */
export interface Origin {
  file: string;
  line?: number;
}

/** A note about `origin`, with `line` only when known. */
export function noteAt(
  severity: ImportNote['severity'],
  code: string,
  origin: Origin,
  params?: Record<string, string | number>,
): ImportNote {
  return {
    severity,
    code,
    file: origin.file,
    ...(origin.line === undefined ? {} : { line: origin.line }),
    ...(params === undefined ? {} : { params }),
  };
}

/** The note for a line (or key) a parser did not understand: it is never dropped silently. */
export function notUnderstood(origin: Origin, text: string): ImportNote {
  return noteAt('warning', 'line-not-understood', origin, { text });
}

/**
 * Sets option `name` of `options` from its kernel text, or returns a warning note
 * ('option-value-invalid' with the model's reason) and leaves the option unset.
 */
export function setOptionText(
  options: BondOptions,
  name: OptionName,
  text: string,
  origin: Origin,
): ImportNote[] {
  const parsed = parseOptionText(name, text);
  if (!parsed.ok) {
    return [noteAt('warning', 'option-value-invalid', origin, { option: name, value: text })];
  }
  if (parsed.value !== undefined) {
    Object.assign(options, { [name]: parsed.value });
  }
  return [];
}

/** The mode from its kernel name or number, or a warning note ('mode-unknown'). */
export function modeOrNote(text: string, origin: Origin): BondMode | ImportNote {
  return parseMode(text) ?? noteAt('warning', 'mode-unknown', origin, { value: text });
}

/** A new bond in the kernel's default mode (balance-rr) with no slaves or options. */
export function emptyBond(name: string): Bond {
  return { name, mode: 'balance-rr', slaves: [], options: {} };
}

/**
 * `192.168.1.3/24` as address and prefix; undefined for anything else.
 * @example parseCidr('10.0.0.1/8') // { address: '10.0.0.1', prefix: 8 }
 */
export function parseCidr(text: string): { address: string; prefix: number } | undefined {
  const match = /^([0-9.]+)\/([0-9]{1,2})$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const prefix = Number(match[2]);
  return isIpv4(match[1]) && prefix <= 32 ? { address: match[1], prefix } : undefined;
}

// systemd.time(7) unit names, as multiples of one microsecond.
const MICROSECONDS: Record<string, number> = {
  us: 1,
  usec: 1,
  µs: 1,
  μs: 1,
  ms: 1_000,
  msec: 1_000,
  s: 1_000_000,
  sec: 1_000_000,
  second: 1_000_000,
  seconds: 1_000_000,
  m: 60_000_000,
  min: 60_000_000,
  minute: 60_000_000,
  minutes: 60_000_000,
  h: 3_600_000_000,
  hr: 3_600_000_000,
  hour: 3_600_000_000,
  hours: 3_600_000_000,
};

/**
 * A time span such as `100ms`, `1s`, `1min 30s` or a bare number in `bareUnit`, converted to
 * whole `unit`s; undefined when unreadable or not a whole number of them.
 * @example parseTimeSpan('1s', 'ms', 's') === 1000; parseTimeSpan('250', 'ms', 'ms') === 250
 */
export function parseTimeSpan(
  text: string,
  unit: 'ms' | 's',
  bareUnit: 'ms' | 's',
): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const parts = [...trimmed.matchAll(/([0-9]+)\s*([a-zµμ]*)\s*/gy)];
  if (parts.map((part) => part[0]).join('') !== trimmed) return undefined;
  let micro = 0;
  for (const part of parts) {
    const factor = MICROSECONDS[part[2] || bareUnit];
    if (factor === undefined || part[1] === undefined) return undefined;
    micro += Number(part[1]) * factor;
  }
  const per = MICROSECONDS[unit] ?? 1;
  return micro % per === 0 && Number.isSafeInteger(micro / per) ? micro / per : undefined;
}
