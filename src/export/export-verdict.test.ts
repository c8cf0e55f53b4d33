/** The findings an export lists and when it may go ahead. */
import { describe, expect, it } from 'vitest';
import { exportVerdict, mergeFindings } from './export-verdict';
import type { Finding } from '../model/types';

const warning: Finding = {
  severity: 'warning',
  code: 'bond-no-slaves',
  path: '/bonds/0',
  params: { bond: 'bond0' },
};
const error: Finding = { severity: 'error', code: 'mtu-invalid', path: '/bonds/0/mtu' };
const refusal: Finding = {
  severity: 'error',
  code: 'target-option-unsupported',
  path: '/bonds/0/options/ad_user_port_key',
  params: { target: 'rhel5', option: 'ad_user_port_key' },
};

describe('mergeFindings', () => {
  it('keeps the first of equal findings, in order', () => {
    expect(
      mergeFindings([warning, error], [{ ...warning, params: { bond: 'bond0' } }, refusal]),
    ).toEqual([warning, error, refusal]);
  });

  it('tells findings apart by their params', () => {
    const other = { ...warning, params: { bond: 'bond1' } };
    expect(mergeFindings([warning], [other])).toEqual([warning, other]);
  });
});

describe('exportVerdict', () => {
  it.each([
    ['warnings only', [warning], [], ['rhel5'], true],
    ['an app error', [warning, error], [], ['rhel5'], false],
    ["a target's refusal", [warning], [refusal], ['rhel5'], false],
    ['no target chosen', [], [], [], false],
    ['checks still loading', undefined, [], ['rhel5'], false],
  ] as const)('%s → allowed %s', (_name, app, bundle, targets, allowed) => {
    expect(exportVerdict(app, bundle, targets).allowed).toBe(allowed);
  });

  it('lists the app findings first, then the targets’ own', () => {
    expect(exportVerdict([warning], [refusal, warning], ['rhel5']).findings).toEqual([
      warning,
      refusal,
    ]);
  });
});
