/** Finding codes against the English catalogue, and the finding builders. */
import { describe, expect, it } from 'vitest';
import { findings as catalogue } from '../i18n/en/findings';
import { errorAt, FINDING_CODES, hasErrors, warningAt } from './findings';

describe('FINDING_CODES', () => {
  it('are unique kebab-case codes', () => {
    expect(new Set(FINDING_CODES).size).toBe(FINDING_CODES.length);
    expect(FINDING_CODES.filter((code) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code))).toEqual([]);
  });

  it('each have an English message, and the catalogue has no other keys', () => {
    const messages = catalogue as Record<string, string>;
    expect(FINDING_CODES.filter((code) => !messages[code])).toEqual([]);
    expect(
      Object.keys(messages).filter((key) => !(FINDING_CODES as readonly string[]).includes(key)),
    ).toEqual([]);
  });
});

describe('finding builders', () => {
  it('build errors and warnings, omitting absent params', () => {
    expect(errorAt('mtu-invalid', '/bonds/0/mtu')).toEqual({
      severity: 'error',
      code: 'mtu-invalid',
      path: '/bonds/0/mtu',
    });
    expect(warningAt('bond-one-slave', '/bonds/0/slaves', { bond: 'bond0' })).toEqual({
      severity: 'warning',
      code: 'bond-one-slave',
      path: '/bonds/0/slaves',
      params: { bond: 'bond0' },
    });
  });

  it('make echoed text printable and short', () => {
    const finding = errorAt('slave-unknown', '/bonds/0/slaves/0', {
      slave: `a\r\nb${'x'.repeat(100)}`,
    });
    expect(finding.params?.slave).toBe(`aU+000DU+000Ab${'x'.repeat(60)}…`);
  });

  it.each([
    [[], false],
    [[warningAt('bond-one-slave', '/bonds/0/slaves')], false],
    [
      [warningAt('bond-one-slave', '/bonds/0/slaves'), errorAt('mtu-invalid', '/bonds/0/mtu')],
      true,
    ],
  ])('hasErrors(%j) is %s', (list, expected) => {
    expect(hasErrors(list)).toBe(expected);
  });
});
