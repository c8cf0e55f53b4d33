/**
 * The remembering validator (createDesignValidator) against a fresh validateDesign: over seeded
 * random designs and random sequences of edits made the way the store makes them (only changed
 * objects replaced), both give exactly the same findings and the same valid design.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptableDesignArbitrary, nearValidDesignArbitrary } from '../fuzz/arbitraries';
import { makeBond, makeDesign } from './testing/builders';
import * as topology from './topology';
import { BOND_MODES, type Bond, type Design, type Nic } from './types';
import { createDesignValidator, validateDesign } from './validate';

/** The seed of every property, as in src/fuzz; fast-check prints it with any counterexample. */
const SEED = Number(process.env.BONDSMITH_FUZZ_SEED ?? 20261127);
const RUNS = 400;

/** One immutable edit: a new design object, every untouched bond, NIC or list kept as it was. */
type Edit = (design: Design) => Design;

const NAMES = ['eth0', 'eth1', 'eth2', 'bond0', 'bond1', '', 'bad name', 'a.b'] as const;

const OPTIONS_POOL: readonly Record<string, unknown>[] = [
  {},
  { miimon: 100 },
  { miimon: 100, updelay: 150, downdelay: 200 },
  { arp_interval: 200, arp_ip_target: ['10.0.0.1', '10.0.0.1', '0.0.0.0'] },
  { miimon: 100, arp_interval: 100 },
  { primary: 'eth0', primary_reselect: 'better' },
  { active_slave: 'eth9' },
  { lacp_rate: 'fast', xmit_hash_policy: 'layer3+4' },
  { xmit_hash_policy: 'layer2+3', tlb_dynamic_lb: 'on' },
  { num_grat_arp: 1, num_unsol_na: 2 },
  { queue_id: ['eth0:1', 'eth1:1', 'eth9:2', 'junk'] },
  { ad_actor_system: '01:00:5e:00:00:01' },
  { ns_ip6_target: ['::1', 'fe80::1'] },
  { miimon: 'fast' },
  { not_an_option: 1 },
];

const IPV4_POOL: readonly unknown[] = [
  undefined,
  { method: 'dhcp' },
  { method: 'none' },
  { method: 'static', address: '10.0.0.5', prefix: 24, gateway: '10.0.0.1' },
  { method: 'static', address: '10.0.0.6', prefix: 16 },
  { method: 'static', address: '10.0.1.5', prefix: 24, gateway: '10.0.9.1' },
  { method: 'static', address: '10.0.0.0', prefix: 24 },
  { method: 'static', address: '', prefix: 24 },
  { method: 'static', address: '10.0.0.5', prefix: 33 },
  { method: 'carrier-pigeon' },
];

const bondPatch = fc.record(
  {
    name: fc.constantFrom(...NAMES),
    mode: fc.constantFrom(...BOND_MODES, 'balance-fast'),
    slaves: fc.array(fc.constantFrom(...NAMES), { maxLength: 4 }),
    options: fc.constantFrom(...OPTIONS_POOL),
    ipv4: fc.constantFrom(...IPV4_POOL),
    mtu: fc.oneof(fc.constant(undefined), fc.constantFrom(1500, 9000, 9500, 67, 1500.5)),
  },
  { requiredKeys: [] },
);

const nicPatch = fc.record(
  {
    name: fc.constantFrom(...NAMES),
    speed: fc.constantFrom(1000, 10000, 0, -1),
    mac: fc.constantFrom('00:11:22:33:44:55', '01:00:5e:00:00:01', 'zz'),
    driver: fc.constantFrom('bnx2', 'e1000e', 'bad driver'),
  },
  { requiredKeys: [] },
);

function listOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

function replaced<T>(items: T[], index: number, next: (item: T) => T): T[] {
  if (items.length === 0) return items;
  const at = index % items.length;
  return items.map((item, i) => (i === at ? next(item) : item));
}

/** The topology verbs expect lists where the design has lists; the store only holds such designs. */
function whenWellFormed(edit: Edit): Edit {
  return (d) =>
    Array.isArray(d.nics) &&
    Array.isArray(d.bonds) &&
    d.bonds.every((b) => Array.isArray(b?.slaves) && typeof b.options === 'object')
      ? edit(d)
      : d;
}

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), bondPatch).map(([index, patch]): Edit => (d) => ({
    ...d,
    bonds: replaced(listOf<Bond>(d.bonds), index, (b) => ({ ...b, ...patch }) as Bond),
  })),
  fc.tuple(fc.nat(), nicPatch).map(([index, patch]): Edit => (d) => ({
    ...d,
    nics: replaced(listOf<Nic>(d.nics), index, (n) => ({ ...n, ...patch })),
  })),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Edit => (d) => {
    const bonds = [...listOf<Bond>(d.bonds)];
    const [a, b] = [i % Math.max(1, bonds.length), j % Math.max(1, bonds.length)];
    if (bonds[a] && bonds[b]) [bonds[a], bonds[b]] = [bonds[b], bonds[a]];
    return { ...d, bonds };
  }),
  fc.nat().map((i): Edit => (d) => {
    const nics = listOf<Nic>(d.nics);
    return { ...d, nics: nics.filter((_, at) => at !== i % Math.max(1, nics.length)) };
  }),
  fc.nat().map((i): Edit => (d) => {
    const bonds = listOf<Bond>(d.bonds);
    const copied = bonds[i % Math.max(1, bonds.length)];
    // The same object twice: remembered findings belong to an index, not only to an object.
    return { ...d, bonds: copied ? [...bonds, copied] : [makeBond()] };
  }),
  fc.nat().map((i): Edit => (d) => {
    const bonds = listOf<Bond>(d.bonds);
    return { ...d, bonds: bonds.filter((_, at) => at !== i % Math.max(1, bonds.length)) };
  }),
  fc
    .constantFrom('x3650', '', '-bad-', 'a'.repeat(300))
    .map((name): Edit => (d) => ({ ...d, host: { ...d.host, name } })),
  fc
    .integer({ min: -50, max: 50 })
    .map((x): Edit => (d) => ({ ...d, layout: { ...d.layout, 'nic:eth0': { x, y: 0 } } })),
  fc.constant<Edit>((d) => ({ ...d })),
  fc.constant<Edit>((d) => d),
  fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES))
    .map(([nic, bond]) => whenWellFormed((d) => topology.attachNic(d, nic, bond))),
  fc.constantFrom(...NAMES).map((nic) => whenWellFormed((d) => topology.detachNic(d, nic))),
  fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom(undefined, 0, 100, 150))
    .map(([bond, miimon]) => whenWellFormed((d) => topology.setOption(d, bond, 'miimon', miimon))),
);

const designArbitrary = fc
  .oneof(acceptableDesignArbitrary, nearValidDesignArbitrary)
  .map((raw) => raw as unknown as Design);

describe('createDesignValidator', () => {
  it('gives validateDesign’s exact result after every edit of random edit sequences', () => {
    fc.assert(
      fc.property(designArbitrary, fc.array(editArbitrary, { maxLength: 12 }), (start, edits) => {
        const validate = createDesignValidator();
        // Same content, and the same key order (renderers read the valid design in that order).
        const same = (design: Design) => {
          const [memoised, fresh] = [validate(design), validateDesign(design)];
          expect(memoised).toStrictEqual(fresh);
          expect(JSON.stringify(memoised)).toBe(JSON.stringify(fresh));
        };
        let design = start;
        same(design);
        for (const edit of edits) {
          design = edit(design);
          same(design);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // A few seconds of CPU; a loaded machine stretches the wall clock.
  }, 60_000);

  it('keeps the findings of bonds an edit did not touch as the same objects', () => {
    const validate = createDesignValidator();
    const before = makeDesign([
      makeBond({ options: { updelay: 150, miimon: 100 } }),
      makeBond({ name: 'bond1', slaves: [], ipv4: { method: 'dhcp' } }),
    ]);
    const after = topology.setMtu(before, 'bond1', 9500);
    const first = validate(before).findings;
    const second = validate(after).findings;
    expect(first.map((f) => f.code)).toEqual(['bond-no-slaves', 'delay-not-multiple']);
    expect(second.map((f) => f.code)).toEqual([
      'bond-no-slaves',
      'mtu-above-jumbo',
      'delay-not-multiple',
    ]);
    expect(second[2]).toBe(first[1]);
    expect(second).toStrictEqual(validateDesign(after).findings);
  });

  it('answers the same design with the same result object', () => {
    const validate = createDesignValidator();
    const design = makeDesign();
    expect(validate(design)).toBe(validate(design));
  });
});
