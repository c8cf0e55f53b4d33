/**
 * IPv4 and IPv6 address math for bond addressing and ARP/NS targets: strict parsing, prefixes
 * and netmasks, subnets. Dotted quads are parsed strictly (no leading zeros) because inet_aton
 * reads "010" as octal, so a lenient parser would disagree with the tools.
 */
import ipaddr from 'ipaddr.js';

const OCTET = /^(0|[1-9][0-9]{0,2})$/;

/** Parses a strict dotted-quad IPv4 address into an unsigned 32-bit number. */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!OCTET.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

/** Formats an unsigned 32-bit number as a dotted quad. */
export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** True for a strict dotted-quad IPv4 address such as "192.168.1.3". */
export function isIpv4(text: string): boolean {
  return parseIpv4(text) !== undefined;
}

/** True for an integer prefix length 0–32. */
export function isPrefix(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 32;
}

function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/**
 * The dotted netmask of a prefix length.
 * @example prefixToNetmask(24) // '255.255.255.0'
 */
export function prefixToNetmask(prefix: number): string {
  return formatIpv4(maskOf(prefix));
}

/**
 * Reads a prefix length as people type it: "24", "/24" or a contiguous netmask "255.255.255.0".
 * @example parsePrefixOrNetmask('255.255.254.0') // 23
 */
export function parsePrefixOrNetmask(text: string): number | undefined {
  const trimmed = text.trim().replace(/^\//, '');
  if (/^(0|[1-9][0-9]?)$/.test(trimmed)) {
    const prefix = Number(trimmed);
    return prefix <= 32 ? prefix : undefined;
  }
  const mask = parseIpv4(trimmed);
  if (mask === undefined) return undefined;
  for (let prefix = 0; prefix <= 32; prefix += 1) {
    if (maskOf(prefix) === mask) return prefix;
  }
  return undefined;
}

/** Network, broadcast and netmask of the subnet an address sits in. */
export interface Ipv4Subnet {
  network: string;
  broadcast: string;
  netmask: string;
}

/** The subnet of `address`/`prefix`, or undefined when either is invalid. */
export function ipv4Subnet(address: string, prefix: number): Ipv4Subnet | undefined {
  const value = parseIpv4(address);
  if (value === undefined || !isPrefix(prefix)) return undefined;
  const mask = maskOf(prefix);
  const network = (value & mask) >>> 0;
  return {
    network: formatIpv4(network),
    broadcast: formatIpv4((network | ~mask) >>> 0),
    netmask: formatIpv4(mask),
  };
}

/** True when `ip` lies inside the subnet of `address`/`prefix`. */
export function isInSubnet(ip: string, address: string, prefix: number): boolean {
  const a = parseIpv4(ip);
  const b = parseIpv4(address);
  if (a === undefined || b === undefined || !isPrefix(prefix)) return false;
  const mask = maskOf(prefix);
  return (a & mask) >>> 0 === (b & mask) >>> 0;
}

/** The special-purpose block an IPv4 address falls in, as far as host addressing cares. */
export type Ipv4Kind =
  'this-network' | 'loopback' | 'multicast' | 'reserved' | 'broadcast' | 'unicast';

/** Classifies a valid IPv4 address (RFC 6890 blocks that a host cannot use as its own address). */
export function ipv4Kind(text: string): Ipv4Kind | undefined {
  const value = parseIpv4(text);
  if (value === undefined) return undefined;
  const first = Math.floor(value / 2 ** 24);
  if (value === 0xffffffff) return 'broadcast';
  if (first === 0) return 'this-network';
  if (first === 127) return 'loopback';
  if (first >= 224 && first <= 239) return 'multicast';
  if (first >= 240) return 'reserved';
  return 'unicast';
}

/** True for a textual IPv6 address (no zone id, no prefix). */
export function isIpv6(text: string): boolean {
  return !text.includes('%') && ipaddr.IPv6.isValid(text);
}

/** The IPv6 special ranges the bonding driver refuses as NS targets, or 'other'. */
export function ipv6Kind(
  text: string,
): 'unspecified' | 'loopback' | 'multicast' | 'other' | undefined {
  if (!isIpv6(text)) return undefined;
  const range = ipaddr.IPv6.parse(text).range();
  return range === 'unspecified' || range === 'loopback' || range === 'multicast' ? range : 'other';
}

/** The canonical (RFC 5952) text of an IPv6 address, so duplicates compare equal. */
export function normalizeIpv6(text: string): string | undefined {
  return isIpv6(text) ? ipaddr.IPv6.parse(text).toRFC5952String() : undefined;
}
