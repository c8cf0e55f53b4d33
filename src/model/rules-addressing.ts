/**
 * Rules on bond IPv4 addressing: a usable host address, a prefix, a gateway on the bond's own
 * subnet, and conflicts between bonds. Authority: RFC 6890 special-purpose blocks, RFC 3021 (/31).
 */
import { ipv4Kind, ipv4Subnet, isInSubnet, isIpv4, isPrefix, parseIpv4 } from './addressing';
import { errorAt, warningAt } from './findings';
import { bondPath } from './rule-helpers';
import type { Bond, Design, Finding } from './types';

/** A static address whose parts are all valid. */
interface StaticAddress {
  index: number;
  bond: string;
  address: string;
  /** The address as a 32-bit number, parsed once for the pairwise subnet comparison. */
  value: number;
  prefix: number;
  gateway?: string;
}

function staticAddress(bond: Bond, index: number): StaticAddress | undefined {
  const ipv4 = bond.ipv4;
  if (ipv4?.method !== 'static' || !isPrefix(ipv4.prefix)) return undefined;
  const value = parseIpv4(ipv4.address);
  if (value === undefined) return undefined;
  const gateway =
    ipv4.gateway !== undefined && isIpv4(ipv4.gateway) ? { gateway: ipv4.gateway } : {};
  return { index, bond: bond.name, address: ipv4.address, value, prefix: ipv4.prefix, ...gateway };
}

/*
 * /31 (RFC 3021) and /32 have no network or broadcast address to avoid, so the check only
 * applies up to /30.
 */
function hostAddressFindings(
  ip: string,
  prefix: number,
  reference: string,
  path: string,
): Finding[] {
  const subnet = ipv4Subnet(reference, prefix);
  if (!subnet || prefix > 30) return [];
  if (ip === subnet.network)
    return [
      errorAt('ipv4-address-network', path, { address: ip, network: subnet.network, prefix }),
    ];
  if (ip === subnet.broadcast)
    return [
      errorAt('ipv4-address-broadcast', path, { address: ip, network: subnet.network, prefix }),
    ];
  return [];
}

function gatewayFindings(
  bondIndex: number,
  address: string,
  prefix: number,
  gateway: string,
): Finding[] {
  const path = bondPath(bondIndex, 'ipv4', 'gateway');
  if (!isIpv4(gateway)) return [errorAt('ipv4-gateway-invalid', path, { gateway })];
  if (ipv4Kind(gateway) !== 'unicast') return [errorAt('ipv4-gateway-reserved', path, { gateway })];
  if (!isIpv4(address) || !isPrefix(prefix)) return [];
  if (gateway === address) return [errorAt('ipv4-gateway-is-address', path, { gateway })];
  if (!isInSubnet(gateway, address, prefix)) {
    const network = ipv4Subnet(address, prefix)?.network ?? address;
    return [errorAt('ipv4-gateway-outside-subnet', path, { gateway, network, prefix })];
  }
  if (prefix === 31) return [warningAt('ipv4-gateway-point-to-point', path, { gateway })];
  return hostAddressFindings(gateway, prefix, address, path);
}

/** A static address is a usable unicast host address with a prefix and a reachable gateway. */
export function ruleIpv4(bond: Bond, i: number): Finding[] {
  const ipv4 = bond.ipv4;
  if (ipv4?.method !== 'static') return [];
  const findings: Finding[] = [];
  const addressPath = bondPath(i, 'ipv4', 'address');
  if (!isIpv4(ipv4.address))
    findings.push(errorAt('ipv4-address-invalid', addressPath, { address: ipv4.address }));
  else if (ipv4Kind(ipv4.address) !== 'unicast')
    findings.push(errorAt('ipv4-address-reserved', addressPath, { address: ipv4.address }));
  else findings.push(...hostAddressFindings(ipv4.address, ipv4.prefix, ipv4.address, addressPath));
  if (!isPrefix(ipv4.prefix)) {
    findings.push(
      errorAt('ipv4-prefix-invalid', bondPath(i, 'ipv4', 'prefix'), {
        prefix: String(ipv4.prefix),
      }),
    );
  }
  if (ipv4.gateway !== undefined)
    findings.push(...gatewayFindings(i, ipv4.address, ipv4.prefix, ipv4.gateway));
  return findings;
}

function staticAddresses(design: Design): StaticAddress[] {
  return design.bonds.flatMap((bond, i) => staticAddress(bond, i) ?? []);
}

/** One address on two bonds answers ARP from both: an address conflict. */
export function ruleDuplicateAddresses(design: Design): Finding[] {
  const seen = new Map<string, string>();
  return staticAddresses(design).flatMap(({ index, bond, address }) => {
    const first = seen.get(address);
    if (first !== undefined)
      return [
        errorAt('ipv4-address-duplicate', bondPath(index, 'ipv4', 'address'), {
          address,
          bond: first,
        }),
      ];
    seen.set(address, bond);
    return [];
  });
}

/** isInSubnet on parsed addresses and a valid prefix (every pair of bonds is compared). */
function sameSubnet(a: number, b: number, prefix: number): boolean {
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return (a & mask) >>> 0 === (b & mask) >>> 0;
}

/** Two bonds on one subnet give the host two routes to it; replies may leave by the other bond. */
export function ruleSharedSubnets(design: Design): Finding[] {
  const earlier: StaticAddress[] = [];
  return staticAddresses(design).flatMap((current) => {
    const other = earlier.find(
      (e) =>
        e.address !== current.address &&
        sameSubnet(current.value, e.value, Math.min(e.prefix, current.prefix)),
    );
    earlier.push(current);
    if (!other) return [];
    const prefix = Math.min(other.prefix, current.prefix);
    const network = ipv4Subnet(current.address, prefix)?.network ?? current.address;
    return [
      warningAt('ipv4-subnet-shared', bondPath(current.index, 'ipv4', 'address'), {
        bond: other.bond,
        network,
        prefix,
      }),
    ];
  });
}

/** Several default gateways compete; only one default route is used at a time. */
export function ruleDefaultGateways(design: Design): Finding[] {
  let first: string | undefined;
  return design.bonds.flatMap((bond, i) => {
    if (bond.ipv4?.method !== 'static' || bond.ipv4.gateway === undefined) return [];
    if (first === undefined) {
      first = bond.name;
      return [];
    }
    return [warningAt('ipv4-multiple-gateways', bondPath(i, 'ipv4', 'gateway'), { bond: first })];
  });
}
