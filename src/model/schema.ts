/**
 * The zod 4 shape of a design file (shared/spec/design-and-cli.md, version 1): JavaScript types
 * and allowed keys only (zod/mini: the same checks, a fraction of the bundle). Values (ranges, names, addresses) are checked by the rules, so each
 * problem gets its own finding code; zod issues become generic findings here.
 */
import { z } from 'zod/mini';
import { errorAt } from './findings';
import { jsonPointer } from './json-pointer';
import { OPTION_INFO, OPTION_NAMES, type OptionKind } from './options';
import type { Finding } from './types';

// Zod's fast path compiles code from a string on first use. The app's CSP forbids that (and
// reports each attempt as a violation, also in the import worker); without it zod validates the
// same.
z.config({ jitless: true });

/* Any JavaScript number, NaN and Infinity included, so that the rules can name the problem. */
const anyNumber = z.custom<number>((v) => typeof v === 'number', { error: 'number' });
const stringList = z.array(z.string());

const OPTION_SHAPE: Record<OptionKind, z.ZodMiniType> = {
  int: anyNumber,
  enum: z.string(),
  'ipv4-list': stringList,
  'ipv6-list': stringList,
  ifname: z.string(),
  mac: z.string(),
  'queue-list': stringList,
};

/** Builds the design schema; `strict` refuses unknown keys in nics, bonds and options. */
export function createDesignSchema(strict: boolean) {
  const object = strict ? z.strictObject : z.object;
  const options = object(
    Object.fromEntries(
      OPTION_NAMES.map((name) => [name, z.optional(OPTION_SHAPE[OPTION_INFO[name].kind])]),
    ),
  );
  const ipv4 = z.discriminatedUnion('method', [
    object({
      method: z.literal('static'),
      address: z.string(),
      prefix: anyNumber,
      gateway: z.optional(z.string()),
    }),
    object({ method: z.literal('dhcp') }),
    object({ method: z.literal('none') }),
  ]);
  return z.object({
    version: z.literal(1),
    host: z.optional(z.object({ name: z.optional(z.string()) })),
    nics: z.array(
      object({
        name: z.string(),
        model: z.optional(z.string()),
        driver: z.optional(z.string()),
        mac: z.optional(z.string()),
        speed: z.optional(anyNumber),
      }),
    ),
    bonds: z.array(
      object({
        name: z.string(),
        mode: z.string(),
        slaves: z._default(stringList, []),
        options: z._default(options, {}),
        ipv4: z.optional(ipv4),
        mtu: z.optional(anyNumber),
      }),
    ),
    layout: z.optional(z.record(z.string(), z.object({ x: anyNumber, y: anyNumber }))),
  });
}

function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.expected;
  if (issue.code === 'custom') return 'number';
  if (issue.code === 'invalid_value') return issue.values.map(String).join(', ');
  return 'value';
}

/** Turns zod issues into findings with JSON Pointer paths. */
export function issuesToFindings(issues: readonly z.core.$ZodIssue[], input: unknown): Finding[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => errorAt('unknown-key', jsonPointer(...path, key), { key }));
    }
    const last = path[path.length - 1];
    if (path.length === 1 && last === 'version') {
      return [errorAt('version-unsupported', '/version', { version: shown(valueAt(input, path)) })];
    }
    if (last === 'method' && path[path.length - 2] === 'ipv4') {
      return [
        errorAt('ipv4-method-invalid', jsonPointer(...path), {
          method: shown(valueAt(input, path)),
        }),
      ];
    }
    const code = valueAt(input, path) === undefined ? 'value-missing' : 'value-wrong-type';
    return [errorAt(code, jsonPointer(...path), { expected: expectedOf(issue) })];
  });
}

/*
 * String() throws on an object without a prototype or with a throwing toString, which an
 * in-process caller can pass; such a value is named by its type tag instead.
 */
function shown(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let current = input;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
