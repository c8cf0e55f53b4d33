/**
 * Reads a design file (JSON text, version 1 of shared/spec/design-and-cli.md) into a Design:
 * numbers for the mode and enumerated options become kernel names, unknown keys in nics, bonds
 * and options are error findings, unknown top-level keys are ignored.
 */
import { parseMode } from './bond-modes';
import { OPTION_INFO, isOptionName } from './options';
import { createDesignSchema, issuesToFindings } from './schema';
import type { Design, Finding } from './types';

/** Why a text is no design at all. */
export type DesignParseFailure = {
  ok: false;
  reason: 'not-json' | 'not-a-design' | 'unsupported-version';
  detail: string;
};

/** A parsed design (undefined when its structure is unusable) and the structural findings. */
export type DesignParseResult =
  DesignParseFailure | { ok: true; design?: Design; findings: Finding[] };

const strictSchema = createDesignSchema(true);
const lenientSchema = createDesignSchema(false);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/*
 * Sysfs takes enumerations by name or number; the design keeps names only. A number without a
 * name becomes text, so the rules report it as "not one of …" rather than as a type error.
 */
function normalizeBond(bond: unknown): unknown {
  if (!isRecord(bond)) return bond;
  const mode =
    typeof bond.mode === 'number' ? (parseMode(bond.mode) ?? String(bond.mode)) : bond.mode;
  if (!isRecord(bond.options)) return { ...bond, mode };
  const options = Object.fromEntries(
    Object.entries(bond.options).map(([name, value]) => {
      if (typeof value !== 'number' || !isOptionName(name)) return [name, value];
      const values = OPTION_INFO[name].values;
      return [name, values ? (values[value] ?? String(value)) : value];
    }),
  );
  return { ...bond, mode, options };
}

/**
 * Reads a design from a parsed JSON value (the command line and saved app state both use it).
 * @example parseDesignValue({ version: 1, nics: [], bonds: [] }) // { ok: true, design, findings: [] }
 */
export function parseDesignValue(value: unknown): DesignParseResult {
  if (!isRecord(value) || !('version' in value) || !('nics' in value) || !('bonds' in value)) {
    return {
      ok: false,
      reason: 'not-a-design',
      detail: 'expected an object with version, nics and bonds',
    };
  }
  if (value.version !== 1) {
    return {
      ok: false,
      reason: 'unsupported-version',
      detail: `version ${JSON.stringify(value.version)}; this tool reads version 1`,
    };
  }
  const input = Array.isArray(value.bonds)
    ? { ...value, bonds: value.bonds.map(normalizeBond) }
    : value;
  const strict = strictSchema.safeParse(input);
  if (strict.success) return { ok: true, design: strict.data as Design, findings: [] };
  const findings = issuesToFindings(strict.error.issues, input);
  const onlyUnknownKeys = strict.error.issues.every((issue) => issue.code === 'unrecognized_keys');
  const lenient = onlyUnknownKeys ? lenientSchema.safeParse(input) : undefined;
  return lenient?.success
    ? { ok: true, design: lenient.data as Design, findings }
    : { ok: true, findings };
}

/** Reads a design file's text. Structural findings only: run validateDesign on the design next. */
export function parseDesign(text: string): DesignParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      reason: 'not-json',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  return parseDesignValue(value);
}

/**
 * The design file text: 2-space JSON with a trailing newline, keys in the spec's order (options
 * in canonical order, layout sorted) so saving the same design twice gives the same bytes.
 */
export function serializeDesign(design: Design): string {
  const parsed = lenientSchema.safeParse(design);
  const ordered = parsed.success ? (parsed.data as Design) : design;
  const layout = ordered.layout
    ? {
        layout: Object.fromEntries(
          Object.entries(ordered.layout).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        ),
      }
    : {};
  return `${JSON.stringify({ ...ordered, ...layout }, null, 2)}\n`;
}
