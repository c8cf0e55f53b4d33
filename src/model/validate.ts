/**
 * validateDesign: checks the shape (zod) and then runs every rule, returning coded findings and,
 * only when there is no error, the design as a ValidDesign that renderers accept.
 * Never throws: any value, however malformed, becomes findings.
 */
import { z } from 'zod/mini';
import { hasErrors } from './findings';
import * as addressing from './rules-addressing';
import * as bonds from './rules-bonds';
import * as monitoring from './rules-monitoring';
import * as nics from './rules-nics';
import * as options from './rules-options';
import { createDesignSchema, issuesToFindings } from './schema';
import type { Bond, Design, Finding, Nic, ValidDesign } from './types';

/**
 * A rule and what its findings depend on: one bond (with its index), one NIC (with its index), or
 * the design as a whole (rules that compare NICs or bonds with each other, and the host).
 */
export type Rule =
  | { bond: (bond: Bond, index: number) => Finding[] }
  | { nic: (nic: Nic, index: number) => Finding[] }
  | { design: (design: Design) => Finding[] };

/** Every rule, in the order their findings are listed (host, NICs, bonds, options, addressing). */
export const RULES: readonly Rule[] = [
  { design: nics.ruleHostName },
  { nic: nics.ruleNicNames },
  { nic: nics.ruleNicDrivers },
  { design: nics.ruleNicMacs },
  { nic: nics.ruleNicSpeeds },
  { nic: nics.ruleNicModels },
  { design: nics.ruleDuplicateNames },
  { bond: bonds.ruleBondNames },
  { bond: bonds.ruleBondModes },
  { design: bonds.ruleSlaves },
  { bond: bonds.ruleSlaveCount },
  { design: bonds.ruleLacpSpeeds },
  { bond: bonds.rulePrimary },
  { bond: bonds.ruleMtu },
  { bond: options.ruleOptionsRejected },
  { bond: options.ruleOptionValues },
  { bond: options.ruleOptionsInert },
  { bond: options.ruleXmitHashAlb },
  { bond: options.ruleNotifyCounts },
  { bond: options.ruleAdActorSystem },
  { bond: options.ruleQueueIds },
  { bond: monitoring.ruleMiimonArpExclusive },
  { bond: monitoring.ruleDelays },
  { bond: monitoring.ruleMiiOptionsInert },
  { bond: monitoring.ruleArpOptionsInert },
  { bond: monitoring.ruleArpAllTargets },
  { bond: monitoring.ruleArpIntervalTargets },
  { bond: monitoring.ruleArpTargets },
  { bond: monitoring.ruleNsTargets },
  { bond: monitoring.ruleLinkMonitoring },
  { bond: addressing.ruleIpv4 },
  { design: addressing.ruleDuplicateAddresses },
  { design: addressing.ruleSharedSubnets },
  { design: addressing.ruleDefaultGateways },
];

const BOND_RULES = RULES.flatMap((rule) => ('bond' in rule ? [rule.bond] : []));
const NIC_RULES = RULES.flatMap((rule) => ('nic' in rule ? [rule.nic] : []));
const DESIGN_RULES = RULES.flatMap((rule) => ('design' in rule ? [rule.design] : []));

const strictSchema = createDesignSchema(true);
const { shape } = strictSchema;
/** The design without its two lists, whose entries are checked one by one. */
const frameSchema = z.object({ version: shape.version, host: shape.host, layout: shape.layout });
const bondSchema = shape.bonds.def.element;
const nicSchema = shape.nics.def.element;

/** The outcome of validation: `valid` is present only when no finding is an error. */
export interface ValidationResult {
  findings: Finding[];
  valid?: ValidDesign;
}

/** One item's findings per rule of its kind, remembered with the index they were computed at. */
interface ItemFindings {
  index: number;
  perRule: Finding[][];
}

/**
 * What an incremental validator remembers, keyed by the objects of the design it was given (not
 * by zod's checked copy, which is new on every call): findings of each bond and NIC, and those
 * of the design-wide rules with the host, NIC list and bond list they were computed from.
 */
interface Memory {
  bonds: WeakMap<Bond, ItemFindings>;
  nics: WeakMap<Nic, ItemFindings>;
  designWide?: { host: Design['host']; nics: Nic[]; bonds: Bond[]; perRule: Finding[][] };
  /** zod's checked copy of each bond and NIC seen, or null when it does not pass the shape. */
  checkedBonds: WeakMap<object, object | null>;
  checkedNics: WeakMap<object, object | null>;
  frame?: { given: readonly unknown[]; checked: z.infer<typeof frameSchema> };
}

function checkedItem(
  item: unknown,
  schema: z.ZodMiniType,
  known: WeakMap<object, object | null>,
): object | null {
  if (typeof item !== 'object' || item === null) return null;
  const remembered = known.get(item);
  if (remembered !== undefined) return remembered;
  const parsed = schema.safeParse(item);
  const checked = parsed.success ? (parsed.data as object) : null;
  known.set(item, checked);
  return checked;
}

/*
 * What the frame's check depends on: the version, the host and layout objects and whether their
 * keys are present at all (zod keeps a present key whose value is undefined).
 */
function frameKey(design: Record<string, unknown>): unknown[] {
  return [design.version, design.host, design.layout, 'host' in design, 'layout' in design];
}

/**
 * zod's checked copy of the design assembled from remembered parts, or undefined when any part
 * fails (the full check then names every problem in zod's own order).
 */
function checkedFromParts(design: unknown, memory: Memory): Design | undefined {
  if (typeof design !== 'object' || design === null || Array.isArray(design)) return undefined;
  const record = design as Record<string, unknown>;
  const { nics, bonds } = record;
  if (!Array.isArray(nics) || !Array.isArray(bonds)) return undefined;
  const key = frameKey(record);
  let frame = memory.frame;
  if (!frame || frame.given.some((part, i) => part !== key[i])) {
    const parsed = frameSchema.safeParse(design);
    if (!parsed.success) return undefined;
    frame = memory.frame = { given: key, checked: parsed.data };
  }
  const checkedNics = nics.map((nic) => checkedItem(nic, nicSchema, memory.checkedNics));
  const checkedBonds = bonds.map((bond) => checkedItem(bond, bondSchema, memory.checkedBonds));
  if (checkedNics.includes(null) || checkedBonds.includes(null)) return undefined;
  // The keys in the schema's order, as zod builds its copy (tested against it).
  const { version, host, layout } = frame.checked;
  return {
    version,
    ...('host' in frame.checked ? { host } : {}),
    nics: checkedNics,
    bonds: checkedBonds,
    ...('layout' in frame.checked ? { layout } : {}),
  } as Design;
}

function itemFindings<T extends object>(
  given: readonly T[],
  checked: readonly T[],
  rules: readonly ((item: T, index: number) => Finding[])[],
  memory: WeakMap<T, ItemFindings> | undefined,
): Finding[][][] {
  return checked.map((item, index) => {
    const key = given[index];
    const known = key === undefined ? undefined : memory?.get(key);
    if (known?.index === index) return known.perRule;
    const perRule = rules.map((rule) => rule(item, index));
    if (key !== undefined) memory?.set(key, { index, perRule });
    return perRule;
  });
}

function designWideFindings(given: Design, checked: Design, memory?: Memory): Finding[][] {
  const known = memory?.designWide;
  if (
    known &&
    known.host === given.host &&
    known.nics === given.nics &&
    known.bonds === given.bonds
  )
    return known.perRule;
  const perRule = DESIGN_RULES.map((rule) => rule(checked));
  if (memory)
    memory.designWide = { host: given.host, nics: given.nics, bonds: given.bonds, perRule };
  return perRule;
}

/** Every rule's findings on the checked copy, in RULES order; `memory` skips unchanged parts. */
function ruleFindings(given: Design, checked: Design, memory?: Memory): Finding[] {
  const byBond = itemFindings(given.bonds, checked.bonds, BOND_RULES, memory?.bonds);
  const byNic = itemFindings(given.nics, checked.nics, NIC_RULES, memory?.nics);
  const designWide = designWideFindings(given, checked, memory);
  const counters = { bond: 0, nic: 0, design: 0 };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if ('design' in rule) {
      findings.push(...(designWide[counters.design] ?? []));
      counters.design += 1;
      continue;
    }
    const [items, at] = 'bond' in rule ? [byBond, counters.bond++] : [byNic, counters.nic++];
    for (const perRule of items) findings.push(...(perRule[at] ?? []));
  }
  return findings;
}

function validate(design: Design, memory?: Memory): ValidationResult {
  let checked = memory && checkedFromParts(design, memory);
  if (!checked) {
    const parsed = strictSchema.safeParse(design);
    if (!parsed.success) return { findings: issuesToFindings(parsed.error.issues, design) };
    checked = parsed.data as Design;
  }
  const findings = ruleFindings(design, checked, memory);
  return hasErrors(findings) ? { findings } : { findings, valid: checked as ValidDesign };
}

/** Validates a design: shape first, then every rule on the checked copy. */
export function validateDesign(design: Design): ValidationResult {
  return validate(design);
}

/**
 * A validateDesign that remembers: for a caller that changes designs only by replacing the
 * objects it changes (the app store), a bond, NIC, NIC list or bond list it has seen before keeps
 * its findings, so an edit to one bond re-runs only that bond's rules and the design-wide ones.
 * The findings are exactly validateDesign's; a caller that mutates designs must not use this.
 */
export function createDesignValidator(): (design: Design) => ValidationResult {
  const memory: Memory = {
    bonds: new WeakMap(),
    nics: new WeakMap(),
    checkedBonds: new WeakMap(),
    checkedNics: new WeakMap(),
  };
  let last: { design: Design; result: ValidationResult } | undefined;
  return (design) => {
    if (last?.design !== design) last = { design, result: validate(design, memory) };
    return last.result;
  };
}
