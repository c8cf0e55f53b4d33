/**
 * Seeded property-based fuzzing of the model and the export gate (issue 7): any raw design or
 * text goes through parseDesign and validateDesign without a throw and with findings that point
 * into it; every design the model accepts goes through every target, whose files may differ from
 * those of a plain-text twin only in comment or escaped SVG text lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../export/bundle';
import { EXPORT_FINDING_CODES } from '../export/findings';
import { EXPORT_TARGETS } from '../export/targets/index';
import type { ExportFile } from '../export/types';
import { FINDING_CODES } from '../model/findings';
import { parseDesign } from '../model/parse-design';
import type { Design, Finding } from '../model/types';
import { validateDesign } from '../model/validate';
import {
  acceptableDesignArbitrary,
  hostileStringArbitrary,
  nearValidDesignArbitrary,
  shapelessDesignArbitrary,
} from './arbitraries';
import {
  hasForbiddenCharacter,
  ifcfgBadLines,
  isCommentLine,
  isSvgTextLine,
  plainTwin,
  pointerResolves,
  scanShell,
} from './file-checks';

/** The seed of every property; fast-check prints it with any counterexample. */
const SEED = Number(process.env.BONDSMITH_FUZZ_SEED ?? 20261127);

// Timeouts are generous: about 45 s of CPU, but a loaded machine stretches the wall clock.
const RUNS = {
  nearValid: 2000,
  shapeless: 3000,
  texts: 1000,
  accepted: 1000,
  gate: 3000,
} as const;

const KNOWN_CODES = new Set<string>([...FINDING_CODES, ...EXPORT_FINDING_CODES]);
const TARGET_IDS = EXPORT_TARGETS.map((target) => target.id);

function options(numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns };
}

/** What a finding list must be, whatever the input: known codes, paths into `root`. */
function findingProblems(findings: readonly Finding[], root: unknown): string[] {
  return findings.flatMap((finding) => {
    const problems: string[] = [];
    if (!KNOWN_CODES.has(finding.code)) problems.push(`unknown code ${finding.code}`);
    if (finding.severity !== 'error' && finding.severity !== 'warning') {
      problems.push(`severity ${String(finding.severity)}`);
    }
    if (typeof finding.path !== 'string' || !pointerResolves(root, finding.path)) {
      problems.push(`${finding.code}: path ${JSON.stringify(finding.path)} is not in the design`);
    }
    return problems;
  });
}

/** parseDesign then validateDesign, as `bondsmith check` does; returns the finding problems. */
function checkText(text: string): string[] {
  const parsed = parseDesign(text);
  if (!parsed.ok) return [];
  const json: unknown = JSON.parse(text);
  const validated = parsed.design ? validateDesign(parsed.design).findings : [];
  return findingProblems([...parsed.findings, ...validated], withSchemaDefaults(json));
}

/*
 * The schema gives a bond without `slaves` or `options` an empty list or object, and rules point
 * into those (e.g. /bonds/0/options/miimon for "no link monitoring"): paths resolve in this view.
 */
function withSchemaDefaults(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as Design).bonds)) return raw;
  const design = raw as Record<string, unknown> & { bonds: unknown[] };
  return {
    ...design,
    bonds: design.bonds.map((bond) =>
      typeof bond === 'object' && bond !== null && !Array.isArray(bond)
        ? { slaves: [], options: {}, ...bond }
        : bond,
    ),
  };
}

/** validateDesign on the value itself: findings point into it; `valid` iff no error. */
function checkValue(raw: unknown): string[] {
  const { findings, valid } = validateDesign(raw as Design);
  const hasError = findings.some((finding) => finding.severity === 'error');
  return [
    ...findingProblems(findings, withSchemaDefaults(raw)),
    ...(hasError === (valid !== undefined) ? ['valid must be given exactly when no error'] : []),
  ];
}

/** Every string in a value, keys included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => [key, ...strings(child)]);
}

// A value holding one of these could start a line, end a quote or start a command if written raw.
const DANGEROUS = ['\n', '\r', "'", '"', '`', '$(', ';', '&&', '|', '\0'];
// Shorter values occur in generated text by chance ('"' in every quoted value).
const DISTINCTIVE_LENGTH = 6;

function dangerousValues(design: unknown): string[] {
  return [...new Set(strings(design))].filter(
    (text) => text.length >= DISTINCTIVE_LENGTH && DANGEROUS.some((piece) => text.includes(piece)),
  );
}

function isShell(file: ExportFile): boolean {
  return file.mode === 0o755 || file.path.endsWith('.sh');
}

/**
 * Problems in the files of a design against the files of its plain twin: the same files with
 * the same number of lines; lines that differ are comments or escaped SVG text; no forbidden
 * character; ifcfg files hold only KEY=value and comments; shell scripts end outside quotes and
 * never hold a dangerous design value unquoted; a dangerous value appears raw only in comments.
 */
function fileProblems(
  files: readonly ExportFile[],
  twins: readonly ExportFile[],
  dangerous: readonly string[],
): string[] {
  if (files.map((f) => f.path).join('\n') !== twins.map((f) => f.path).join('\n')) {
    return ['the plain twin has other files'];
  }
  return files.flatMap((file, index) => {
    const where = file.path;
    const lines = file.contents.split('\n');
    const twinLines = (twins[index]?.contents ?? '').split('\n');
    const problems: string[] = [];
    if (hasForbiddenCharacter(file.contents)) problems.push(`${where}: forbidden character`);
    if (lines.length !== twinLines.length) {
      problems.push(`${where}: ${lines.length} lines, the plain twin has ${twinLines.length}`);
    }
    const svg = where.endsWith('.svg');
    lines.forEach((line, n) => {
      // Comments and SVG character data (escaped, no tag can open) are inert in their format.
      const inert = isCommentLine(line) || (svg && isSvgTextLine(line));
      if (line !== twinLines[n] && !inert) {
        problems.push(`${where}:${n + 1}: design text outside a comment: ${JSON.stringify(line)}`);
      }
      for (const value of dangerous) {
        if (line.includes(value) && !inert) {
          problems.push(`${where}:${n + 1}: raw ${JSON.stringify(value)}`);
        }
      }
    });
    if (where.includes('/ifcfg-')) {
      problems.push(
        ...ifcfgBadLines(file.contents).map((line) => `${where}: not KEY=value: ${line}`),
      );
    }
    if (isShell(file)) {
      const scan = scanShell(file.contents);
      if (scan.unterminated) problems.push(`${where}: ends inside a quote`);
      for (const value of dangerous) {
        if (scan.unquoted.some((line) => line.includes(value))) {
          problems.push(`${where}: ${JSON.stringify(value)} unquoted`);
        }
      }
    }
    return problems;
  });
}

/** Bundle outcomes seen by the properties below, to show they exercised what they claim. */
const seen = { modelAccepted: 0, targetRefused: 0, bundles: 0, files: 0, gateRefused: 0 };

/** The checks every bundle result must pass, refused or not. */
function bundleProblems(design: Design, targetIds: readonly string[]): string[] {
  const result = buildBundle(design, targetIds);
  if (!result.ok) {
    const problems = findingProblems(result.findings, withSchemaDefaults(design));
    if (!result.findings.some((finding) => finding.severity === 'error')) {
      problems.push('refused without an error finding');
    }
    return problems;
  }
  const twin = buildBundle(plainTwin(design), targetIds);
  if (!twin.ok) return ['the plain twin is refused'];
  seen.bundles++;
  seen.files += result.files.length;
  return [
    ...findingProblems(result.findings, design),
    ...fileProblems(result.files, twin.files, dangerousValues(design)),
  ];
}

describe('fuzz: parseDesign and validateDesign take anything', { timeout: 600_000 }, () => {
  it(`near-valid designs (${RUNS.nearValid} runs): no throw, findings point into the design`, () => {
    fc.assert(
      fc.property(nearValidDesignArbitrary, (raw) => {
        expect(checkValue(raw)).toEqual([]);
        expect(checkText(JSON.stringify(raw))).toEqual([]);
      }),
      options(RUNS.nearValid),
    );
  });

  it(`shapeless values (${RUNS.shapeless} runs): no throw, findings point into the value`, () => {
    fc.assert(
      fc.property(shapelessDesignArbitrary, (raw) => {
        expect(checkValue(raw)).toEqual([]);
        const text = JSON.stringify(raw) as string | undefined;
        expect(text === undefined ? [] : checkText(text)).toEqual([]);
      }),
      options(RUNS.shapeless),
    );
  });

  it(`texts (${RUNS.texts} runs): hostile, cut-off and deeply nested files never throw`, () => {
    const text = fc.oneof(
      hostileStringArbitrary,
      fc
        .tuple(nearValidDesignArbitrary, fc.nat())
        .map(([raw, cut]) => JSON.stringify(raw).slice(0, cut % 4000)),
      fc
        .tuple(
          fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.constant(100_000)),
          fc.constantFrom('[', '{"a":'),
        )
        .map(
          ([depth, open]) =>
            `{"version":1,"nics":[{"name":"eth0","model":${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}}],"bonds":[]}`,
        ),
      fc.constantFrom('1e999', '-0', '"\\ud800"', '{"version":1,"nics":{},"bonds":null}'),
    );
    fc.assert(
      fc.property(text, (input) => {
        expect(checkText(input)).toEqual([]);
      }),
      options(RUNS.texts),
    );
  });
});

describe('fuzz: the export gate', { timeout: 600_000 }, () => {
  it(`accepted designs (${RUNS.accepted} runs) × every target: refusals or clean files`, () => {
    fc.assert(
      fc.property(acceptableDesignArbitrary, (raw) => {
        const design = raw as unknown as Design;
        expect(checkValue(design)).toEqual([]);
        if (validateDesign(design).valid === undefined) return;
        seen.modelAccepted++;
        for (const id of TARGET_IDS) {
          if (EXPORT_TARGETS.find((t) => t.id === id)?.check(design).length) seen.targetRefused++;
          expect(bundleProblems(design, [id]), id).toEqual([]);
        }
      }),
      options(RUNS.accepted),
    );
    // Most generated designs must reach the renderers, or this property tests little.
    expect(seen.modelAccepted).toBeGreaterThanOrEqual(RUNS.accepted / 2);
    expect(seen.bundles).toBeGreaterThanOrEqual(seen.modelAccepted * 3);
  });

  it(`near-valid designs (${RUNS.gate} runs) × all targets: refused with findings, never a throw`, () => {
    fc.assert(
      fc.property(nearValidDesignArbitrary, (raw) => {
        const design = raw as unknown as Design;
        const result = buildBundle(design, TARGET_IDS);
        if (!result.ok) seen.gateRefused++;
        expect(bundleProblems(design, TARGET_IDS)).toEqual([]);
      }),
      options(RUNS.gate),
    );
    expect(seen.gateRefused).toBeGreaterThanOrEqual(RUNS.gate / 2);
  });
});

describe('fuzz checks catch what they look for (negative controls)', () => {
  it.each([
    ['a NUL', 'a\0b', true],
    ['a carriage return', 'a\rb', true],
    ['U+2028', 'a\u2028b', true],
    ['NEL', 'a\u0085b', true],
    ['tabs and newlines', 'a\tb\nc', false],
  ])('hasForbiddenCharacter: %s', (_name, text, expected) => {
    expect(hasForbiddenCharacter(text)).toBe(expected);
  });

  it.each([
    ["echo 'a;b' c # d;e", ['echo  c '], false],
    ['echo "a$(b)" \\; x', ['echo   x'], false],
    ['echo a#b', ['echo a#b'], false],
    ["echo 'open\nx", ['echo ', ''], true],
    ['echo "a\\"b\nx"; y', ['echo ', '; y'], false],
  ])('scanShell(%j)', (script, unquoted, unterminated) => {
    expect(scanShell(script)).toEqual({ unquoted, unterminated });
  });

  it('ifcfgBadLines flags unquoted spaces, $ in double quotes and bare words', () => {
    const text =
      '# ok\nDEVICE=bond0\nNAME="a b"\nBONDING_OPTS=mode=1 miimon=100\nX="$(id)"\nreboot\n';
    expect(ifcfgBadLines(text)).toEqual(['BONDING_OPTS=mode=1 miimon=100', 'X="$(id)"', 'reboot']);
  });

  it('isSvgTextLine refuses a tag or a bare & inside text', () => {
    expect(isSvgTextLine('<text x="1">a &amp; b</text>')).toBe(true);
    expect(isSvgTextLine('<text x="1">a <script/> b</text>')).toBe(false);
    expect(isSvgTextLine('<text x="1">a & b</text>')).toBe(false);
  });

  it('pointerResolves follows own keys and indexes, and allows a missing last key', () => {
    const design = { bonds: [{ name: 'bond0', 'a/b': 1 }] };
    expect(pointerResolves(design, '')).toBe(true);
    expect(pointerResolves(design, '/bonds/0/name')).toBe(true);
    expect(pointerResolves(design, '/bonds/0/a~1b')).toBe(true);
    expect(pointerResolves(design, '/bonds/0/mode')).toBe(true);
    expect(pointerResolves(design, '/bonds/1/name')).toBe(false);
    expect(pointerResolves(design, '/bonds/0/options/miimon')).toBe(false);
    expect(pointerResolves(design, '/bonds/00')).toBe(false);
    expect(pointerResolves(design, 'bonds')).toBe(false);
    expect(pointerResolves(design, '/toString')).toBe(true);
    expect(pointerResolves(design, '/toString/x')).toBe(false);
  });

  it('fileProblems flags an added line and a raw value outside a comment', () => {
    const twin: ExportFile[] = [
      { path: 't/ifcfg-eth0', contents: '# mmmmmm\nDEVICE=eth0\n', mode: 0o644 },
    ];
    const injected: ExportFile[] = [
      { path: 't/ifcfg-eth0', contents: '# a\nb;$(x)\nDEVICE=eth0\n', mode: 0o644 },
    ];
    expect(fileProblems(injected, twin, ['b;$(x)'])).toEqual([
      't/ifcfg-eth0: 4 lines, the plain twin has 3',
      't/ifcfg-eth0:2: design text outside a comment: "b;$(x)"',
      't/ifcfg-eth0:2: raw "b;$(x)"',
      't/ifcfg-eth0:3: design text outside a comment: "DEVICE=eth0"',
      't/ifcfg-eth0:4: design text outside a comment: ""',
      't/ifcfg-eth0: not KEY=value: b;$(x)',
    ]);
  });
});
