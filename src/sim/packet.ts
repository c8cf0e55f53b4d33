/**
 * Reading a SimPacket the way the bonding transmit path reads a frame: MAC and IP bytes as on
 * the wire, the ethertype (skb->protocol) and the layer-4 protocol number. Pure helpers shared
 * by the hash, the simulator and the command line's packet-file check.
 */
import type { SimPacket, SimProto } from './types';

/** IP protocol numbers the transmit path distinguishes. */
export const IPPROTO = { icmp: 1, igmp: 2, tcp: 6, udp: 17, icmpv6: 58 } as const;

/** Ethertypes the transmit path distinguishes. */
export const ETH_P = { ip: 0x0800, arp: 0x0806, ipv6: 0x86dd } as const;

/** The six bytes of `aa:bb:cc:dd:ee:ff` (':' or '-'), or undefined. */
export function parseMac(text: string): number[] | undefined {
  const parts = text.split(/[:-]/);
  if (parts.length !== 6 || !parts.every((part) => /^[0-9a-fA-F]{2}$/.test(part))) {
    return undefined;
  }
  return parts.map((part) => Number.parseInt(part, 16));
}

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^(0|[1-9][0-9]{0,2})$/.test(part))) {
    return undefined;
  }
  const bytes = parts.map(Number);
  return bytes.every((byte) => byte <= 255) ? bytes : undefined;
}

function parseGroups(text: string): number[] | undefined {
  if (text === '') {
    return [];
  }
  const groups = text.split(':');
  return groups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))
    ? groups.map((group) => Number.parseInt(group, 16))
    : undefined;
}

function parseIpv6(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) {
    return undefined;
  }
  const head = parseGroups(halves[0] ?? '');
  const tail = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (head === undefined || tail === undefined) {
    return undefined;
  }
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) {
    return undefined;
  }
  const groups = [...head, ...Array<number>(missing).fill(0), ...tail];
  return groups.flatMap((group) => [group >> 8, group & 0xff]);
}

/** An IP address as its wire bytes (4 or 16), or undefined when it is neither form. */
export function parseIp(text: string): { family: 4 | 6; bytes: number[] } | undefined {
  const v4 = parseIpv4(text);
  if (v4 !== undefined) {
    return { family: 4, bytes: v4 };
  }
  const v6 = text.includes(':') ? parseIpv6(text) : undefined;
  return v6 === undefined ? undefined : { family: 6, bytes: v6 };
}

/** The IP protocol number of a packet's `proto`, or undefined when absent. */
export function protoNumber(proto: SimProto | undefined): number | undefined {
  return typeof proto === 'string' ? IPPROTO[proto] : proto;
}

/** A packet's parsed headers as the transmit path sees them. */
export interface ParsedPacket {
  src: number[];
  dst: number[];
  ethertype: number;
  /** Set when the ethertype says IPv4/IPv6 and both addresses are of that family. */
  ip?: { family: 4 | 6; src: number[]; dst: number[]; proto: number | undefined };
  size: number;
}

/** Default frame length when a packet gives none. */
export const DEFAULT_PACKET_SIZE = 1500;

/**
 * Parses a packet. The ethertype defaults from the address family (no addresses: ARP), and IP
 * dissection needs the ethertype and both addresses to agree, as the kernel keys on skb->protocol.
 * Malformed MACs read as zero bytes; the command line rejects them before they get here.
 */
export function parsePacket(packet: SimPacket): ParsedPacket {
  const src = parseMac(packet.src_mac) ?? [0, 0, 0, 0, 0, 0];
  const dst = parseMac(packet.dst_mac) ?? [0, 0, 0, 0, 0, 0];
  const srcIp = packet.src_ip === undefined ? undefined : parseIp(packet.src_ip);
  const dstIp = packet.dst_ip === undefined ? undefined : parseIp(packet.dst_ip);
  const family = srcIp !== undefined && srcIp.family === dstIp?.family ? srcIp.family : undefined;
  const defaultType = family === 4 ? ETH_P.ip : family === 6 ? ETH_P.ipv6 : ETH_P.arp;
  const ethertype = packet.ethertype ?? defaultType;
  const size = packet.size ?? DEFAULT_PACKET_SIZE;
  const typeFamily = ethertype === ETH_P.ip ? 4 : ethertype === ETH_P.ipv6 ? 6 : undefined;
  if (family === undefined || family !== typeFamily || srcIp === undefined || dstIp === undefined) {
    return { src, dst, ethertype, size };
  }
  return {
    src,
    dst,
    ethertype,
    size,
    ip: { family, src: srcIp.bytes, dst: dstIp.bytes, proto: protoNumber(packet.proto) },
  };
}

/** True for a group (multicast or broadcast) destination MAC: the I/G bit of the first byte. */
export function isMulticastMac(mac: readonly number[]): boolean {
  return ((mac[0] ?? 0) & 1) === 1;
}

/** True for ff:ff:ff:ff:ff:ff. */
export function isBroadcastMac(mac: readonly number[]): boolean {
  return mac.every((byte) => byte === 0xff);
}
