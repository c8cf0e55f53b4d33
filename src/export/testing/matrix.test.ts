import { describe, expect, it } from 'vitest';
import { validateDesign } from '../../model/validate';
import { MATRIX } from './matrix';

describe('the real-tool matrix', () => {
  it('has at least 30 designs with distinct names', () => {
    expect(MATRIX.length).toBeGreaterThanOrEqual(30);
    expect(new Set(MATRIX.map((c) => c.name)).size).toBe(MATRIX.length);
  });

  it('covers every mode, both monitors, every addressing method, 1–3 bonds and jumbo MTU', () => {
    const bonds = MATRIX.flatMap((c) => c.design.bonds);
    expect(new Set(bonds.map((b) => b.mode)).size).toBe(7);
    expect(bonds.some((b) => (b.options.arp_interval ?? 0) > 0)).toBe(true);
    expect(bonds.some((b) => (b.options.miimon ?? 0) > 0)).toBe(true);
    expect(new Set(bonds.map((b) => b.ipv4?.method))).toEqual(new Set(['static', 'dhcp', 'none']));
    expect(new Set(MATRIX.map((c) => c.design.bonds.length))).toEqual(new Set([1, 2, 3]));
    expect(bonds.some((b) => b.mtu === 9000)).toBe(true);
  });

  it.each(MATRIX.map((c) => [c.name, c.design] as const))(
    '%s passes the model with no error',
    (_, design) => {
      const { findings } = validateDesign(design);
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    },
  );
});
