/**
 * fast-check arbitrary of designs for the importers' round-trip tests: designs the model accepts
 * without an error and a given export target's check() accepts, with up to three bonds and a
 * few options each, so that rendering and importing again can be compared.
 */
import fc from 'fast-check';
import { acceptedOptions, OPTION_INFO } from '../../model/options';
import { validateDesign } from '../../model/validate';
import { BOND_MODES } from '../../model/types';
import type { Bond, BondOptions, Design, Finding, Ipv4, Nic, OptionName } from '../../model/types';

const NIC_NAMES = ['eth0', 'eth1', 'eth2', 'eth3', 'ens1f0', 'enp3s0'] as const;

function valueArbitrary(name: OptionName, slaves: readonly string[]): fc.Arbitrary<unknown> {
  const info = OPTION_INFO[name];
  switch (info.kind) {
    case 'int':
      return fc.integer({ min: info.min ?? 0, max: Math.min(info.max ?? 5000, 5000) });
    case 'enum':
      return fc.constantFrom(...(info.values ?? []));
    case 'ipv4-list':
      return fc.uniqueArray(fc.constantFrom('10.0.0.1', '10.0.0.254', '192.168.1.1'), {
        minLength: 1,
        maxLength: 3,
      });
    case 'ifname':
      return slaves.length === 0 ? fc.constant(undefined) : fc.constantFrom(...slaves);
    case 'mac':
      return fc.constantFrom('02:00:00:00:00:01', '00:1b:21:0a:0b:0c');
    default:
      return fc.constant(undefined);
  }
}

function optionsArbitrary(bond: Omit<Bond, 'options'>): fc.Arbitrary<BondOptions> {
  const names = acceptedOptions(bond.mode).filter(
    (name) => name !== 'queue_id' && name !== 'ns_ip6_target',
  );
  return fc.uniqueArray(fc.constantFrom(...names), { maxLength: 3 }).chain((chosen) =>
    fc.tuple(...chosen.map((name) => valueArbitrary(name, bond.slaves))).map((values) => {
      const options: Record<string, unknown> = {};
      chosen.forEach((name, index) => {
        if (values[index] !== undefined) options[name] = values[index];
      });
      return options;
    }),
  );
}

const ipv4Arbitrary: fc.Arbitrary<Ipv4 | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant({ method: 'dhcp' as const }),
  fc.constant({ method: 'none' as const }),
  fc.record({
    method: fc.constant('static' as const),
    address: fc.constantFrom('192.168.1.3', '10.1.2.3'),
    prefix: fc.constant(24),
  }),
  fc.constant({
    method: 'static' as const,
    address: '192.168.1.3',
    prefix: 24,
    gateway: '192.168.1.1',
  }),
);

function bondArbitrary(name: string, slaves: readonly string[]): fc.Arbitrary<Bond> {
  return fc
    .record({
      mode: fc.constantFrom(...BOND_MODES),
      ipv4: ipv4Arbitrary,
      mtu: fc.option(fc.constantFrom(1500, 9000), { nil: undefined }),
    })
    .chain(({ mode, ipv4, mtu }) => {
      const base = {
        name,
        mode,
        slaves: [...slaves],
        ...(ipv4 === undefined ? {} : { ipv4 }),
        ...(mtu === undefined ? {} : { mtu }),
      };
      return optionsArbitrary(base).map((options): Bond => ({ ...base, options }));
    });
}

/** Designs with no model error that `check` (an export target's check) finds nothing in. */
export function designArbitrary(check: (design: Design) => Finding[]): fc.Arbitrary<Design> {
  return fc
    .tuple(
      fc.shuffledSubarray([...NIC_NAMES], { minLength: 1 }),
      fc.integer({ min: 1, max: 3 }),
      fc.boolean(),
    )
    .chain(([nicNames, bondCount, withMac]) => {
      const nics: Nic[] = nicNames.map((name, index) => ({
        name,
        driver: 'e1000e',
        ...(withMac ? { mac: `02:00:00:00:00:${String(10 + index)}` } : {}),
      }));
      const groups = Array.from({ length: bondCount }, (_, bond) =>
        nicNames.filter((_name, index) => index % bondCount === bond),
      );
      return fc
        .tuple(...groups.map((slaves, index) => bondArbitrary(`bond${String(index)}`, slaves)))
        .map((bonds): Design => ({ version: 1, nics, bonds, layout: {} }));
    })
    .filter((design) => {
      const { findings } = validateDesign(design);
      return (
        !findings.some((finding) => finding.severity === 'error') && check(design).length === 0
      );
    });
}
