/**
 * fast-check arbitraries for the fuzz tests: raw designs of any JSON-ish shape (designs the model
 * should accept, near-valid ones with broken fields, and arbitrary values) and hostile strings
 * that go into every text field: names, models, drivers, MACs, option strings and addresses.
 */
import fc from 'fast-check';
import { acceptedOptions, OPTION_INFO, OPTION_NAMES } from '../model/options';
import { BOND_MODES } from '../model/types';
import type { BondMode, OptionName } from '../model/types';

/**
 * Pieces that end a line, a word, a quote or a command somewhere: line breaks (also Unicode's),
 * quotes, command substitution, separators, NUL and other controls, comment and assignment
 * characters, bidi overrides, combining marks, emoji, path climbing and format directives.
 */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u000b',
  '\u000c',
  '\u007f',
  '\0',
  '\t',
  "'",
  '"',
  '`',
  '`id`',
  '$(reboot)',
  '$(',
  '${IFS}',
  '$HOME',
  ';',
  '; rm -rf /',
  '&&',
  '||',
  '|',
  '&',
  '>',
  '<',
  '#',
  '=',
  '[',
  ']',
  '\\',
  ' ',
  '-',
  '*',
  '~',
  '/',
  '../',
  '../../etc/passwd',
  '%n',
  '%s%s%s',
  '{{x}}',
  '\u202e',
  '\u2066',
  '\u0301',
  'e\u0301\u0308\u0323',
  '😀',
  '👩‍👩‍👧',
  '\ud800',
  '\ufeff',
  '\n[connection]\nid=evil',
  '\nDEVICE=evil',
  '\niface evil inet dhcp',
  '\n- evil',
  ': evil',
  '"\nexport EVIL=1\n"',
];

/** The hostile fragments that stay on one line (no C0/C1 control, no U+2028/2029). */
export const ONE_LINE_FRAGMENTS: readonly string[] = HOSTILE_FRAGMENTS.filter(
  (fragment) => ![...fragment].some(isLineBreaking),
);

function isLineBreaking(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/** Ordinary values of the fields, which hostile pieces are glued onto. */
const PLAIN_PIECES = ['eth0', 'bond0', 'bnx2', '192.168.1.3', '00:1b:21:0a:0b:0c', 'x3650', 'a'];

/** Length of the longest hostile strings (a pasted megabyte is the CLI's size limit's job). */
export const LONG_TEXT_LENGTH = 10_000;

function joined(fragments: readonly string[], maxParts: number): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...fragments) },
        { weight: 2, arbitrary: fc.constantFrom(...PLAIN_PIECES) },
        { weight: 1, arbitrary: fc.string({ maxLength: 3, unit: 'binary' }) },
      ),
      { minLength: 1, maxLength: maxParts },
    )
    .map((parts) => parts.join(''));
}

/** A hostile text of exactly LONG_TEXT_LENGTH UTF-16 units, built from `fragments`. */
function longText(fragments: readonly string[]): fc.Arbitrary<string> {
  return joined(fragments, 6).map((unit) =>
    `x${unit}`.repeat(Math.ceil(LONG_TEXT_LENGTH / (unit.length + 1))).slice(0, LONG_TEXT_LENGTH),
  );
}

/** Any hostile string: glued fragments, arbitrary code points, or 10,000 characters of them. */
export const hostileStringArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 16, arbitrary: joined(HOSTILE_FRAGMENTS, 8) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24, unit: 'binary' }) },
  { weight: 1, arbitrary: longText(HOSTILE_FRAGMENTS) },
);

/** Hostile one-line text of at most 200 characters: what the model accepts as a NIC model. */
export const oneLineHostileArbitrary: fc.Arbitrary<string> = joined(ONE_LINE_FRAGMENTS, 10)
  .map((text) => [...text].filter((char) => !isLineBreaking(char)).join(''))
  .map((text) => text.slice(0, 200));

/** How a generated design may go wrong. */
export interface Corruption {
  /** Relative weight of a broken value against 8 for a good one; 0 keeps every field good. */
  weight: number;
}

/** A weighted choice for fc.oneof, or none when its weight is 0 (fast-check wants weights > 0). */
function weighted<T>(
  weight: number,
  arbitrary: fc.Arbitrary<T>,
): { weight: number; arbitrary: fc.Arbitrary<T> }[] {
  return weight > 0 ? [{ weight, arbitrary }] : [];
}

/** Marks a key to leave out of the generated object (a missing field). */
const MISSING = Symbol('missing');

/** Keys no design has: prototype names, pointer escapes and empty keys included. */
const UNKNOWN_KEYS = [
  'extra',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '',
  '~',
  '/',
  '~1/~0',
  'a/b',
  'mode ',
  'Miimon',
  'slave',
];

const wrongTypeArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom(...UNKNOWN_KEYS), fc.integer(), { maxKeys: 2 }),
);

/** A good value, or (under corruption) a hostile string, a prefixed one, a wrong type or nothing. */
function field(
  good: fc.Arbitrary<unknown>,
  corruption: Corruption,
  prefixes: readonly string[] = PLAIN_PIECES,
): fc.Arbitrary<unknown> {
  if (corruption.weight === 0) return good;
  const w = corruption.weight;
  return fc.oneof(
    { weight: 8 * 4, arbitrary: good },
    { weight: w * 2, arbitrary: hostileStringArbitrary },
    {
      weight: w,
      arbitrary: fc
        .tuple(fc.constantFrom(...prefixes), hostileStringArbitrary)
        .map(([prefix, hostile]) => `${prefix}${hostile}`),
    },
    { weight: w, arbitrary: wrongTypeArbitrary },
    { weight: w / 2, arbitrary: fc.constant(MISSING) },
  );
}

/** An object from arbitraries per key: MISSING keys left out, unknown keys added when corrupt. */
function object(
  shape: Record<string, fc.Arbitrary<unknown>>,
  corruption: Corruption,
): fc.Arbitrary<Record<string, unknown>> {
  const extra =
    corruption.weight === 0
      ? fc.constant([] as [string, unknown][])
      : fc.oneof(
          { weight: 8, arbitrary: fc.constant([] as [string, unknown][]) },
          {
            weight: corruption.weight,
            arbitrary: fc.array(
              fc.tuple(
                fc.oneof(fc.constantFrom(...UNKNOWN_KEYS), hostileStringArbitrary),
                fc.oneof(hostileStringArbitrary, wrongTypeArbitrary),
              ),
              { minLength: 1, maxLength: 2 },
            ),
          },
        );
  return fc.tuple(fc.record(shape), extra).map(([values, unknown]) =>
    // fromEntries defines own properties, so '__proto__' stays a key as JSON.parse would keep it.
    Object.fromEntries([
      ...Object.entries(values).filter(([, value]) => value !== MISSING),
      ...unknown.filter(([key]) => !Object.hasOwn(shape, key)),
    ]),
  );
}

const NIC_NAMES = ['eth0', 'eth1', 'eth2', 'eth3', 'ens1f0', 'enp3s0', 'em1', 'p1p1', 'eno1'];
const BOND_NAMES = ['bond0', 'bond1', 'bond2', 'bond3', 'bond-db', 'team_0'];

/** Interface names the kernel and the model accept, odd ones included (dots, 15 characters). */
const oddIfnameArbitrary = fc
  .stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,14}$/)
  .filter((name) => name !== '.' && name !== '..');

const MODELS = [
  'Broadcom Corporation NetXtreme II BCM5708 Gigabit Ethernet',
  'Intel Corporation I350 Gigabit Network Connection',
];

function macArbitrary(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 0, max: 127 }), fc.array(fc.nat(255), { minLength: 5, maxLength: 5 }))
    .map(([first, rest]) =>
      [(first * 2) & 0xfe, ...rest].map((byte) => byte.toString(16).padStart(2, '0')).join(':'),
    )
    .filter((mac) => mac !== '00:00:00:00:00:00');
}

const ipv4AddressArbitrary = fc.oneof(
  fc.constantFrom('192.168.1.3', '10.1.2.3', '172.16.5.20'),
  fc.ipV4(),
);

/** A value of `name` inside its range (boundaries included), for bonds of these slaves. */
function goodOptionValue(name: OptionName, slaves: readonly string[]): fc.Arbitrary<unknown> {
  const info = OPTION_INFO[name];
  const slave = slaves.length > 0 ? fc.constantFrom(...slaves) : fc.constant('eth0');
  switch (info.kind) {
    case 'int': {
      const min = info.min ?? 0;
      const max = info.max ?? 2 ** 31 - 1;
      return fc.oneof(
        fc.constantFrom(min, max, 100, 200),
        fc.integer({ min, max: Math.min(max, 5000) }),
      );
    }
    case 'enum':
      return fc.constantFrom(...(info.values ?? ['']));
    case 'ipv4-list':
      return fc.uniqueArray(ipv4AddressArbitrary, { minLength: 1, maxLength: 3 });
    case 'ipv6-list':
      return fc.uniqueArray(fc.constantFrom('fe80::1', '2001:db8::1', 'fd00::2'), {
        minLength: 1,
        maxLength: 2,
      });
    case 'ifname':
      return slave;
    case 'mac':
      return macArbitrary();
    case 'queue-list':
      return fc
        .tuple(slave, fc.integer({ min: 0, max: 65535 }))
        .map(([nic, queue]) => [`${nic}:${String(queue)}`]);
  }
}

/** A value of `name` that is out of range or of no use: what a broken file may hold. */
function badOptionValue(name: OptionName): fc.Arbitrary<unknown> {
  const info = OPTION_INFO[name];
  const outOfRange =
    info.kind === 'int'
      ? fc.constantFrom(
          (info.min ?? 0) - 1,
          (info.max ?? 2 ** 31 - 1) + 1,
          2 ** 53,
          -(2 ** 31),
          1.5,
          Number.NaN,
          Number.POSITIVE_INFINITY,
          -0,
        )
      : info.kind === 'enum'
        ? fc.constantFrom(99, -1, 'LAYER2', 'fast ', '')
        : fc.constantFrom([], [''], ['999.1.1.1'], ['eth0:99999'], 'eth0', ['::1', '::1']);
  return fc.oneof(
    outOfRange,
    hostileStringArbitrary,
    fc.array(hostileStringArbitrary, { maxLength: 3 }),
  );
}

function optionsArbitrary(
  mode: BondMode,
  slaves: readonly string[],
  corruption: Corruption,
): fc.Arbitrary<Record<string, unknown>> {
  const names =
    corruption.weight === 0
      ? acceptedOptions(mode).filter((name) => name !== 'miimon' && name !== 'arp_interval')
      : [...OPTION_NAMES];
  const monitor: fc.Arbitrary<[string, unknown][]> = fc.oneof(
    ...weighted(corruption.weight, fc.constant([] as [string, unknown][])),
    { weight: 6, arbitrary: fc.constantFrom<[string, unknown][]>([['miimon', 100]]) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(100, 1000), goodOptionValue('arp_ip_target', slaves))
        .map(([interval, targets]): [string, unknown][] =>
          acceptedOptions(mode).includes('arp_interval')
            ? [
                ['arp_interval', interval],
                ['arp_ip_target', targets],
              ]
            : [['miimon', interval]],
        ),
    },
  );
  const chosen = fc
    .uniqueArray(fc.constantFrom(...names), { maxLength: 4 })
    .chain((picked) =>
      fc.tuple(
        ...picked.map((name) =>
          fc
            .oneof(
              { weight: 8, arbitrary: goodOptionValue(name, slaves) },
              ...weighted(corruption.weight, badOptionValue(name)),
            )
            .map((value): [string, unknown] => [name, value]),
        ),
      ),
    );
  return fc.tuple(monitor, chosen, object({}, corruption)).map(([base, more, unknown]) => ({
    ...Object.fromEntries([...base, ...more]),
    ...unknown,
  }));
}

const modeArbitrary = (corruption: Corruption): fc.Arbitrary<unknown> =>
  corruption.weight === 0
    ? fc.constantFrom(...BOND_MODES)
    : fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...BOND_MODES) },
        { weight: 2, arbitrary: fc.integer({ min: -1, max: 7 }) },
        { weight: 1, arbitrary: fc.constantFrom('4', 'Active-Backup', 'mode=1', '802.3ad ') },
        { weight: 2, arbitrary: field(fc.constant('active-backup'), corruption) },
      );

/** Addressing of the bond at `index`: its own /24 (or a random address), gateway inside it. */
function ipv4Arbitrary(index: number, corruption: Corruption): fc.Arbitrary<unknown> {
  const subnet = `192.168.${String(10 + index)}`;
  const own = fc.record({
    address: fc.integer({ min: 2, max: 254 }).map((host) => `${subnet}.${String(host)}`),
    prefix: fc.constant(24),
    gateway: fc.constantFrom(MISSING, `${subnet}.1`),
  });
  const random = fc.record({
    address: fc.ipV4(),
    prefix: fc.integer({ min: 8, max: 30 }),
    gateway: fc.constant(MISSING),
  });
  const statik = fc
    .oneof({ weight: 4, arbitrary: own }, { weight: 1, arbitrary: random })
    .chain(({ address, prefix, gateway }) =>
      object(
        {
          method: field(fc.constant('static'), corruption),
          address: field(fc.constant(address), corruption),
          prefix: field(fc.constant(prefix), corruption),
          gateway: field(fc.constant(gateway), corruption),
        },
        corruption,
      ),
    );
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(MISSING) },
    {
      weight: 1,
      arbitrary: object({ method: field(fc.constant('dhcp'), corruption) }, corruption),
    },
    {
      weight: 1,
      arbitrary: object({ method: field(fc.constant('none'), corruption) }, corruption),
    },
    { weight: 4, arbitrary: statik },
  );
}

function nicArbitrary(name: string, corruption: Corruption): fc.Arbitrary<Record<string, unknown>> {
  const text = (good: fc.Arbitrary<string>) =>
    fc.oneof(fc.constant(MISSING), good, oneLineHostileArbitrary);
  return object(
    {
      name: field(fc.constant(name), corruption),
      model: field(text(fc.constantFrom(...MODELS)), corruption),
      driver: field(
        fc.oneof(
          fc.constant(MISSING),
          fc.constantFrom('bnx2', 'e1000e', 'igb', 'i40e'),
          fc.stringMatching(/^[A-Za-z0-9_-]{1,55}$/),
        ),
        corruption,
      ),
      mac: field(fc.oneof(fc.constant(MISSING), macArbitrary()), corruption),
      speed: field(
        fc.oneof(fc.constant(MISSING), fc.constantFrom(100, 1000, 10000, 25000, 800000)),
        corruption,
      ),
    },
    corruption,
  );
}

function bondArbitrary(
  index: number,
  name: string,
  slaves: readonly string[],
  everyName: readonly string[],
  corruption: Corruption,
): fc.Arbitrary<Record<string, unknown>> {
  // Broken designs may enslave unknown names, bonds (cycles included) and one NIC twice.
  const slaveList =
    corruption.weight === 0
      ? fc.constant([...slaves])
      : fc.oneof(
          { weight: 8, arbitrary: fc.constant([...slaves]) },
          {
            weight: corruption.weight * 2,
            arbitrary: fc.array(field(fc.constantFrom(...everyName), corruption), {
              maxLength: 4,
            }),
          },
          { weight: corruption.weight, arbitrary: wrongTypeArbitrary },
        );
  return fc
    .tuple(fc.constantFrom(...BOND_MODES), modeArbitrary(corruption))
    .chain(([mode, rawMode]) =>
      object(
        {
          name: field(fc.constant(name), corruption),
          mode: fc.constant(rawMode),
          slaves: slaveList,
          options: field(
            optionsArbitrary(
              typeof rawMode === 'string' && (BOND_MODES as readonly string[]).includes(rawMode)
                ? (rawMode as BondMode)
                : mode,
              slaves,
              corruption,
            ),
            corruption,
          ),
          ipv4: ipv4Arbitrary(index, corruption),
          mtu: field(
            fc.oneof(fc.constant(MISSING), fc.constantFrom(1500, 9000, 68, 65535)),
            corruption,
          ),
        },
        corruption,
      ),
    );
}

/**
 * A design as a file may hold it. With `corruption.weight` 0 most are designs the model accepts
 * (every mode, odd but valid names, options at their boundaries, hostile NIC model text); with
 * more, fields turn hostile, wrong-typed, missing or out of range, and unknown keys appear.
 * At most 8 NICs and 4 bonds, so that rendering stays fast.
 */
export function rawDesignArbitrary(corruption: Corruption): fc.Arbitrary<Record<string, unknown>> {
  const names = fc.uniqueArray(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...NIC_NAMES) },
      { weight: 1, arbitrary: oddIfnameArbitrary },
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  );
  const bondNames = fc.uniqueArray(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...BOND_NAMES) },
      { weight: 1, arbitrary: oddIfnameArbitrary },
    ),
    { minLength: 1, maxLength: 4 },
  );
  return fc.tuple(names, bondNames).chain(([nicNames, bondNamesList]) => {
    const bonds = bondNamesList.filter((name) => !nicNames.includes(name));
    const everyName = [...nicNames, ...bonds];
    const groups = bonds.map((_, index) =>
      nicNames.filter((_name, nic) => nic % bonds.length === index),
    );
    const host = object(
      {
        name: field(fc.oneof(fc.constant(MISSING), fc.constant(''), fc.domain()), corruption),
      },
      corruption,
    );
    return object(
      {
        version:
          corruption.weight === 0
            ? fc.constant(1)
            : fc.oneof(
                { weight: 20, arbitrary: fc.constant(1) },
                { weight: 1, arbitrary: wrongTypeArbitrary },
              ),
        host: field(fc.oneof(fc.constant(MISSING), host), corruption),
        nics: fc.tuple(...nicNames.map((name) => nicArbitrary(name, corruption))),
        bonds: fc.tuple(
          ...bonds.map((name, index) =>
            bondArbitrary(index, name, groups[index] ?? [], everyName, corruption),
          ),
        ),
        layout: field(
          fc.oneof(
            fc.constant(MISSING),
            fc.constant({}),
            fc.dictionary(
              fc.oneof(
                fc.constantFrom(...everyName.map((name) => `nic:${name}`)),
                fc.constantFrom(...UNKNOWN_KEYS),
              ),
              fc.record({ x: fc.double(), y: fc.integer() }),
              { maxKeys: 3 },
            ),
          ),
          corruption,
        ),
      },
      corruption,
    );
  });
}

/** Designs the model mostly accepts: no broken field, hostile text only where text is free. */
export const acceptableDesignArbitrary = rawDesignArbitrary({ weight: 0 });

/** Near-valid designs: most fields good, some broken in every way the model must report. */
export const nearValidDesignArbitrary = rawDesignArbitrary({ weight: 2 });

/** Any JSON value, and design-shaped objects whose lists hold anything at all. */
export const shapelessDesignArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.record({
    version: fc.oneof(fc.constant(1), fc.jsonValue()),
    nics: fc.oneof(fc.array(fc.anything()), fc.anything()),
    bonds: fc.oneof(fc.array(fc.anything()), fc.anything()),
  }),
  fc.record({
    version: fc.constant(1),
    nics: fc.array(fc.record({ name: fc.oneof(fc.string(), fc.anything()) })),
    bonds: fc.array(
      fc.record({
        name: fc.string(),
        mode: fc.oneof(fc.string(), fc.integer()),
        slaves: fc.anything(),
        options: fc.oneof(
          fc.object(),
          fc.dictionary(fc.constantFrom(...OPTION_NAMES), fc.anything()),
        ),
        ipv4: fc.anything(),
      }),
    ),
  }),
);
