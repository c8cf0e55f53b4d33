/**
 * Finding codes raised by the export layer (target refusals and the bundle gate). Their English
 * messages live in src/i18n/en/targets.ts (`exportFindings`).
 */
import type { Finding } from '../model/types';

/** Every code the export layer emits. */
export const EXPORT_FINDING_CODES = [
  'target-unknown',
  'target-option-unsupported',
  'target-option-value-unsupported',
  'target-option-needs',
  'target-bond-name-unsupported',
] as const;
export type ExportFindingCode = (typeof EXPORT_FINDING_CODES)[number];

/** Builds an error finding with an export code. */
export function exportError(
  code: ExportFindingCode,
  path: string,
  params: Record<string, string | number>,
): Finding {
  return { severity: 'error', code, path, params };
}
