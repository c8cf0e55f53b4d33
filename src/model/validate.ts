/**
 * validateDesign: checks the shape (zod) and then runs every rule, returning coded findings and,
 * only when there is no error, the design as a ValidDesign that renderers accept.
 * Never throws: any value, however malformed, becomes findings.
 */
import { hasErrors } from './findings';
import * as addressing from './rules-addressing';
import * as bonds from './rules-bonds';
import * as monitoring from './rules-monitoring';
import * as nics from './rules-nics';
import * as options from './rules-options';
import { createDesignSchema, issuesToFindings } from './schema';
import type { Design, Finding, ValidDesign } from './types';

/** Every rule, in the order their findings are listed (host, NICs, bonds, options, addressing). */
export const RULES: readonly ((design: Design) => Finding[])[] = [
  nics.ruleHostName,
  nics.ruleNicNames,
  nics.ruleNicDrivers,
  nics.ruleNicMacs,
  nics.ruleNicSpeeds,
  nics.ruleNicModels,
  nics.ruleDuplicateNames,
  bonds.ruleBondNames,
  bonds.ruleBondModes,
  bonds.ruleSlaves,
  bonds.ruleSlaveCount,
  bonds.ruleLacpSpeeds,
  bonds.rulePrimary,
  bonds.ruleMtu,
  options.ruleOptionsRejected,
  options.ruleOptionValues,
  options.ruleOptionsInert,
  options.ruleXmitHashAlb,
  options.ruleNotifyCounts,
  options.ruleAdActorSystem,
  options.ruleQueueIds,
  monitoring.ruleMiimonArpExclusive,
  monitoring.ruleDelays,
  monitoring.ruleMiiOptionsInert,
  monitoring.ruleArpOptionsInert,
  monitoring.ruleArpAllTargets,
  monitoring.ruleArpIntervalTargets,
  monitoring.ruleArpTargets,
  monitoring.ruleNsTargets,
  monitoring.ruleLinkMonitoring,
  addressing.ruleIpv4,
  addressing.ruleDuplicateAddresses,
  addressing.ruleSharedSubnets,
  addressing.ruleDefaultGateways,
];

const strictSchema = createDesignSchema(true);

/** The outcome of validation: `valid` is present only when no finding is an error. */
export interface ValidationResult {
  findings: Finding[];
  valid?: ValidDesign;
}

/** Validates a design: shape first, then every rule on the checked copy. */
export function validateDesign(design: Design): ValidationResult {
  const parsed = strictSchema.safeParse(design);
  if (!parsed.success) return { findings: issuesToFindings(parsed.error.issues, design) };
  const checked = parsed.data as Design;
  const findings = RULES.flatMap((rule) => rule(checked));
  return hasErrors(findings) ? { findings } : { findings, valid: checked as ValidDesign };
}
