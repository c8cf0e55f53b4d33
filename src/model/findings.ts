/**
 * Every finding code the model emits, and small helpers to build findings. Codes are stable
 * kebab-case identifiers; messages live in src/i18n/<lang>/findings.ts, keyed by code.
 * Severity follows the design spec: error = refused by kernel/tools or host unreachable.
 */
import { describeChar, isControlChar } from './names';
import type { Finding, Severity } from './types';

/** All model finding codes (the catalogue must have a message for each). */
export const FINDING_CODES = [
  'value-wrong-type',
  'value-missing',
  'unknown-key',
  'version-unsupported',
  'host-name-invalid',
  'ifname-empty',
  'ifname-too-long',
  'ifname-dot',
  'ifname-leading-dash',
  'ifname-bad-char',
  'name-duplicate',
  'nic-driver-invalid',
  'nic-mac-invalid',
  'nic-mac-not-unicast',
  'nic-mac-duplicate',
  'nic-speed-invalid',
  'nic-model-invalid',
  'bond-mode-invalid',
  'bond-no-slaves',
  'bond-one-slave',
  'slave-unknown',
  'slave-is-bond',
  'slave-duplicate',
  'slave-in-two-bonds',
  'lacp-speed-mismatch',
  'option-rejected-in-mode',
  'option-inert-in-mode',
  'option-not-integer',
  'option-out-of-range',
  'option-not-in-enum',
  'option-ifname-invalid',
  'option-mac-invalid',
  'miimon-and-arp-interval',
  'delay-without-miimon',
  'delay-not-multiple',
  'option-inert-without-miimon',
  'option-inert-without-arp',
  'arp-interval-without-targets',
  'arp-all-targets-without-validate',
  'arp-target-invalid',
  'arp-target-forbidden',
  'arp-target-duplicate',
  'arp-target-too-many',
  'ns-target-invalid',
  'ns-target-forbidden',
  'ns-target-duplicate',
  'ns-target-too-many',
  'no-link-monitoring',
  'primary-not-slave',
  'active-slave-not-slave',
  'primary-reselect-without-primary',
  'xmit-hash-policy-inert-alb',
  'notify-counts-differ',
  'ad-actor-system-multicast',
  'queue-id-invalid',
  'queue-id-not-slave',
  'queue-id-duplicate-slave',
  'queue-id-duplicate-queue',
  'ipv4-method-invalid',
  'ipv4-address-invalid',
  'ipv4-address-reserved',
  'ipv4-address-network',
  'ipv4-address-broadcast',
  'ipv4-prefix-invalid',
  'ipv4-gateway-invalid',
  'ipv4-gateway-reserved',
  'ipv4-gateway-outside-subnet',
  'ipv4-gateway-is-address',
  'ipv4-gateway-point-to-point',
  'ipv4-address-duplicate',
  'ipv4-subnet-shared',
  'ipv4-multiple-gateways',
  'mtu-invalid',
  'mtu-above-jumbo',
  'draft-pointer-unknown',
] as const;

/** A model finding code. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** Params a message may name. */
export type FindingParams = Record<string, string | number>;

/** Longest echoed value in a message; a pasted megabyte must not flood the findings list. */
const PARAM_MAX_LENGTH = 64;

/*
 * Params echo what the user typed into messages, which the command line prints one per line:
 * control characters are shown as U+XXXX so a name with a newline cannot split or forge a line.
 */
function printable(value: string | number): string | number {
  if (typeof value === 'number') return value;
  const shown = [...value].map((c) => (isControlChar(c) ? describeChar(c) : c));
  return shown.length > PARAM_MAX_LENGTH
    ? `${shown.slice(0, PARAM_MAX_LENGTH).join('')}…`
    : shown.join('');
}

function make(
  severity: Severity,
  code: FindingCode,
  path: string,
  params?: FindingParams,
): Finding {
  if (params === undefined) return { severity, code, path };
  const shown = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, printable(v)]));
  return { severity, code, path, params: shown };
}

/** An error finding: the kernel or the tools refuse this, or the host ends up unreachable. */
export function errorAt(code: FindingCode, path: string, params?: FindingParams): Finding {
  return make('error', code, path, params);
}

/** A warning finding: legal but probably unintended. */
export function warningAt(code: FindingCode, path: string, params?: FindingParams): Finding {
  return make('warning', code, path, params);
}

/** True when any finding is an error. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
