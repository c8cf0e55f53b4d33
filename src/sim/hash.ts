/**
 * The transmit hash of balance-xor, 802.3ad and balance-tlb/alb: `bond_xmit_hash` of current
 * kernels (shared/reference/kernel-bonding.md §3.1, §3.2) and of RHEL5's bonding 3.4.0 (§3.6),
 * on a little-endian host, with every input and intermediate value kept for the learner.
 */
import type { XmitHashPolicy } from '../model/types';
import { IPPROTO, parseMac, parsePacket, type ParsedPacket } from './packet';
import type { HashResult, Kernel, SimPacket } from './types';

/** §3.1 LE32: four wire bytes read as a native u32 on a little-endian host. */
export function le32(b0: number, b1: number, b2: number, b3: number): number {
  return (b0 | (b1 << 8) | (b2 << 16) | (b3 << 24)) >>> 0;
}

/** §3.1 ADDR: IPv4 as LE32; IPv6 as the XOR of its four LE32 words (ipv6_addr_hash). */
export function addrHash(bytes: readonly number[]): number {
  let hash = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    hash ^= le32(bytes[i] ?? 0, bytes[i + 1] ?? 0, bytes[i + 2] ?? 0, bytes[i + 3] ?? 0);
  }
  return hash >>> 0;
}

/** bond_alb.c `_simple_hash`: XOR of the bytes, 8-bit result (the ALB bucket index). */
export function simpleHash(bytes: readonly number[]): number {
  return bytes.reduce((hash, byte) => hash ^ byte, 0) & 0xff;
}

// Protocols whose first four L4 bytes are the port pair (proto_ports_offset 0): TCP, UDP, DCCP,
// SCTP, UDP-Lite. ESP and AH would contribute their SPI, which a SimPacket does not carry, so
// they count as portless here. A switch rather than a Set: it runs for every hashed packet.
function hasPorts(proto: number): boolean {
  switch (proto) {
    case 6:
    case 17:
    case 33:
    case 132:
    case 136:
      return true;
    default:
      return false;
  }
}
// ICMP / ICMPv6 types that carry an echo-style identifier (§3.2).
const ICMP_ID_TYPES: ReadonlySet<number> = new Set([0, 8, 13, 14]);
const ICMPV6_ID_TYPES: ReadonlySet<number> = new Set([128, 129]);

function byte(bytes: readonly number[], index: number): number {
  return bytes[index] ?? 0;
}

function hex(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/**
 * Where a hash computation writes down its inputs and steps. Absent when nobody asked why: the
 * optional calls below then skip building those records (and their arguments) altogether.
 */
export type HashTrace = Pick<HashResult, 'inputs' | 'steps'> | undefined;

/** The L4 term of layer3+4: ICMP(type, code, id) when an echo id exists, else PORTS or 0. */
function l4Term(packet: SimPacket, parsed: ParsedPacket, trace: HashTrace): number {
  const ip = parsed.ip;
  if (ip === undefined || packet.fragment === true) {
    // Every IPv4 fragment leaves ip_proto unknown; an IPv6 fragment header is not skipped.
    trace?.inputs.push({ name: 'l4', value: packet.fragment === true ? 'fragment' : 'none' });
    return 0;
  }
  const icmpProto = ip.family === 4 ? IPPROTO.icmp : IPPROTO.icmpv6;
  if (ip.proto === icmpProto) {
    const type = packet.icmp_type ?? (ip.family === 4 ? 8 : 128);
    const withId = (ip.family === 4 ? ICMP_ID_TYPES : ICMPV6_ID_TYPES).has(type);
    // ICMP errors would be re-dissected from the quoted header, which a SimPacket lacks: they
    // hash like a portless packet of the outer addresses.
    const id = withId ? (packet.icmp_id ?? 0) || 1 : 0;
    trace?.inputs.push({ name: 'icmp_type', value: type }, { name: 'icmp_id', value: id });
    if (id === 0) {
      return 0;
    }
    return le32(type, 0, id & 0xff, id >> 8);
  }
  if (ip.proto !== undefined && hasPorts(ip.proto)) {
    const sport = packet.src_port ?? 0;
    const dport = packet.dst_port ?? 0;
    trace?.inputs.push({ name: 'src_port', value: sport }, { name: 'dst_port', value: dport });
    return le32(sport >> 8, sport & 0xff, dport >> 8, dport & 0xff);
  }
  trace?.inputs.push({ name: 'l4', value: 'none' });
  return 0;
}

function currentHash(
  policy: XmitHashPolicy,
  packet: SimPacket,
  parsed: ParsedPacket,
  trace: HashTrace,
): number {
  const { src, dst, ethertype } = parsed;
  if (policy === 'vlan+srcmac') {
    const vendor = (byte(src, 0) << 16) | (byte(src, 1) << 8) | byte(src, 2);
    const device = (byte(src, 3) << 16) | (byte(src, 4) << 8) | byte(src, 5);
    const vlan = packet.vlan ?? 0;
    trace?.inputs.push(
      { name: 'src_mac', value: hex(src) },
      { name: 'vendor', value: vendor },
      { name: 'device', value: device },
      { name: 'vlan', value: vlan },
    );
    const hash = (vlan ^ vendor ^ device) >>> 0;
    trace?.steps.push({ label: 'xor-vlan-vendor-device', value: hash });
    return hash;
  }
  const l2 = (byte(dst, 5) ^ byte(src, 5) ^ ethertype) >>> 0;
  trace?.inputs.push(
    { name: 'dst_mac[5]', value: byte(dst, 5) },
    { name: 'src_mac[5]', value: byte(src, 5) },
    { name: 'ethertype', value: ethertype },
  );
  const ip = parsed.ip;
  if (policy === 'layer2' || ip === undefined) {
    // bond_eth_hash; also the fallback when dissection fails (non-IP, in-band VLAN, ARP…).
    trace?.steps.push({ label: 'l2', value: l2 });
    return l2;
  }
  const l34 = policy === 'layer3+4' || policy === 'encap3+4';
  let hash = l34 ? l4Term(packet, parsed, trace) : l2;
  trace?.steps.push({ label: l34 ? 'l4' : 'l2', value: hash });
  const srcAddr = addrHash(ip.src);
  const dstAddr = addrHash(ip.dst);
  trace?.inputs.push({ name: 'src_addr', value: srcAddr }, { name: 'dst_addr', value: dstAddr });
  hash = (hash ^ dstAddr ^ srcAddr) >>> 0;
  trace?.steps.push({ label: 'xor-addresses', value: hash });
  hash = (hash ^ (hash >>> 16)) >>> 0;
  trace?.steps.push({ label: 'fold-16', value: hash });
  hash = (hash ^ (hash >>> 8)) >>> 0;
  trace?.steps.push({ label: 'fold-8', value: hash });
  if (l34) {
    hash >>>= 1;
    trace?.steps.push({ label: 'shift-1', value: hash });
  }
  return hash;
}

const LAYER23_34: ReadonlySet<XmitHashPolicy> = new Set(['layer2+3', 'layer3+4']);

// §3.6: bonding 3.4.0 knows layer2, layer2+3 and layer3+4 only, returns the slave index source
// before `% n` (n = all slaves), uses the bond's own MAC byte 5 and IPv4 only.
function rhel5Hash(
  policy: XmitHashPolicy,
  packet: SimPacket,
  parsed: ParsedPacket,
  bond: readonly number[],
  trace: HashTrace,
): number {
  trace?.inputs.push(
    { name: 'dst_mac[5]', value: byte(parsed.dst, 5) },
    { name: 'bond_mac[5]', value: byte(bond, 5) },
  );
  const l2 = byte(parsed.dst, 5) ^ byte(bond, 5);
  trace?.steps.push({ label: 'l2-bond-mac', value: l2 });
  const ip = parsed.ip;
  if (policy === 'layer2' || ip?.family !== 4 || !LAYER23_34.has(policy)) {
    return l2;
  }
  // ntohl(saddr ^ daddr) & 0xffff: the last two wire bytes of the XOR, big-endian.
  const ipTerm = ((byte(ip.src, 2) ^ byte(ip.dst, 2)) << 8) | (byte(ip.src, 3) ^ byte(ip.dst, 3));
  trace?.inputs.push({ name: 'ip_xor_low16', value: ipTerm });
  if (policy === 'layer2+3') {
    const hash = ipTerm ^ l2;
    trace?.steps.push({ label: 'xor-ip-l2', value: hash });
    return hash;
  }
  const ported = packet.fragment !== true && (ip.proto === IPPROTO.tcp || ip.proto === IPPROTO.udp);
  const ports = ported ? (packet.src_port ?? 0) ^ (packet.dst_port ?? 0) : 0;
  trace?.inputs.push({ name: 'port_xor', value: ports });
  const hash = ports ^ ipTerm;
  trace?.steps.push({ label: 'xor-ports-ip', value: hash });
  return hash;
}

/** The bond MAC's bytes as rhel5's hash reads them (zeros when malformed). */
export function bondMacBytes(bondMac: string): readonly number[] {
  return parseMac(bondMac) ?? [0, 0, 0, 0, 0, 0];
}

/**
 * The hash of `xmitHash` for an already parsed packet, writing its inputs and steps into
 * `trace` when one is given: the simulator's path, which parses each packet once.
 */
export function hashParsed(
  policy: XmitHashPolicy,
  packet: SimPacket,
  parsed: ParsedPacket,
  kernel: Kernel,
  bondMac: readonly number[],
  trace: HashTrace,
): number {
  return kernel === 'rhel5'
    ? rhel5Hash(policy, packet, parsed, bondMac, trace)
    : currentHash(policy, packet, parsed, trace);
}

/**
 * `bond_xmit_hash` for `policy` (u32). Offline there is no `skb->hash`, so encap3+4 never takes
 * the kernel's l4_hash shortcut, and encap2+3/encap3+4 on plain (unencapsulated) packets equal
 * layer2+3/layer3+4. For `rhel5`, the value before `% slave count` of bonding 3.4.0.
 * @example xmitHash('layer2', packet, 'current', bond.mac).hash
 */
export function xmitHash(
  policy: XmitHashPolicy,
  packet: SimPacket,
  kernel: Kernel,
  bondMac: string,
): HashResult {
  const trace: HashTrace = { inputs: [], steps: [] };
  const bond = kernel === 'rhel5' ? bondMacBytes(bondMac) : [];
  const hash = hashParsed(policy, packet, parsePacket(packet), kernel, bond, trace);
  return { hash, inputs: trace.inputs, steps: trace.steps };
}
