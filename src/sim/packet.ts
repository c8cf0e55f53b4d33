/**
 * Reading a SimPacket the way the bonding transmit path reads a frame: MAC and IP bytes as on
 * the wire, the ethertype (skb->protocol) and the layer-4 protocol number. Pure helpers shared
 * by the hash, the simulator (through an allocation-free PacketReader) and the command line's
 * packet-file check.
 */
import type { SimPacket, SimProto } from './types';

/** IP protocol numbers the transmit path distinguishes. */
export const IPPROTO = { icmp: 1, igmp: 2, tcp: 6, udp: 17, icmpv6: 58 } as const;

/** Ethertypes the transmit path distinguishes. */
export const ETH_P = { ip: 0x0800, arp: 0x0806, ipv6: 0x86dd } as const;

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) {
    return code - 48;
  }
  const lower = code | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** Writes the six bytes of `aa:bb:cc:dd:ee:ff` (':' or '-') into `out`; false if malformed. */
function macInto(text: string, out: number[]): boolean {
  // Read by character code, not split + regex: the simulator reads two MACs per packet.
  if (text.length !== 17) {
    return false;
  }
  for (let i = 0; i < 6; i += 1) {
    const high = hexDigit(text.charCodeAt(3 * i));
    const low = hexDigit(text.charCodeAt(3 * i + 1));
    const separator = text.charCodeAt(3 * i + 2);
    if (high < 0 || low < 0 || (i < 5 && separator !== 58 && separator !== 45)) {
      return false;
    }
    out[i] = high * 16 + low;
  }
  return true;
}

/** The six bytes of `aa:bb:cc:dd:ee:ff` (':' or '-'), or undefined. */
export function parseMac(text: string): number[] | undefined {
  const bytes = [0, 0, 0, 0, 0, 0];
  return macInto(text, bytes) ? bytes : undefined;
}

/** Writes a dotted quad (no leading zeros, each part ≤ 255) into `out`; false if it is not one. */
function ipv4Into(text: string, out: number[]): boolean {
  let parts = 0;
  let part = 0;
  let digits = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i === text.length ? 46 : text.charCodeAt(i);
    if (code === 46) {
      if (digits === 0 || parts === 4) {
        return false;
      }
      out[parts] = part;
      parts += 1;
      part = 0;
      digits = 0;
    } else if (code >= 48 && code <= 57 && digits < 3 && !(digits === 1 && part === 0)) {
      part = part * 10 + (code - 48);
      if (part > 255) {
        return false;
      }
      digits += 1;
    } else {
      return false;
    }
  }
  return parts === 4;
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
  const v4 = [0, 0, 0, 0];
  if (ipv4Into(text, v4)) {
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
  src: readonly number[];
  dst: readonly number[];
  ethertype: number;
  /** Set when the ethertype says IPv4/IPv6 and both addresses are of that family. */
  ip?: ParsedIp | undefined;
  size: number;
}

/** The IP part of a ParsedPacket. */
export interface ParsedIp {
  family: 4 | 6;
  src: readonly number[];
  dst: readonly number[];
  proto: number | undefined;
}

/** Default frame length when a packet gives none. */
export const DEFAULT_PACKET_SIZE = 1500;

/** One MAC field of a PacketReader: its bytes, re-read only when the text changes. */
class MacField {
  private text: string | undefined = undefined;
  readonly bytes = [0, 0, 0, 0, 0, 0];

  read(text: string): readonly number[] {
    if (text !== this.text) {
      this.text = text;
      // Malformed MACs read as zero bytes; the command line rejects them before they get here.
      if (!macInto(text, this.bytes)) {
        this.bytes.fill(0);
      }
    }
    return this.bytes;
  }
}

/** One IP field of a PacketReader: family 0 when absent or malformed. */
class IpField {
  private text: string | undefined = undefined;
  family: 0 | 4 | 6 = 0;
  private readonly v4 = [0, 0, 0, 0];
  private readonly v6 = Array<number>(16).fill(0);

  read(text: string | undefined): 0 | 4 | 6 {
    if (text === this.text) {
      return this.family;
    }
    this.text = text;
    if (text === undefined) {
      this.family = 0;
    } else if (ipv4Into(text, this.v4)) {
      this.family = 4;
    } else {
      const v6 = text.includes(':') ? parseIpv6(text) : undefined;
      v6?.forEach((byte, index) => {
        this.v6[index] = byte;
      });
      this.family = v6 === undefined ? 0 : 6;
    }
    return this.family;
  }

  get bytes(): readonly number[] {
    return this.family === 6 ? this.v6 : this.v4;
  }
}

/**
 * Parses packets into one ParsedPacket it owns and overwrites on every `read`, so reading a
 * packet allocates nothing; each field keeps the text it parsed last, so an address repeated
 * from the previous packet (the sending host, a busy peer) is not parsed again. The result is
 * valid until the next `read`: the simulator uses it within one `send`.
 */
export class PacketReader {
  private readonly srcMac = new MacField();
  private readonly dstMac = new MacField();
  private readonly srcIp = new IpField();
  private readonly dstIp = new IpField();
  private readonly ip: ParsedIp = { family: 4, src: [], dst: [], proto: undefined };
  private readonly parsed: ParsedPacket = {
    src: [],
    dst: [],
    ethertype: 0,
    size: 0,
    ip: undefined,
  };

  /**
   * The ethertype defaults from the address family (no addresses: ARP), and IP dissection
   * needs the ethertype and both addresses to agree, as the kernel keys on skb->protocol.
   */
  read(packet: SimPacket): ParsedPacket {
    const parsed = this.parsed;
    parsed.src = this.srcMac.read(packet.src_mac);
    parsed.dst = this.dstMac.read(packet.dst_mac);
    const srcFamily = this.srcIp.read(packet.src_ip);
    const family = srcFamily !== 0 && srcFamily === this.dstIp.read(packet.dst_ip) ? srcFamily : 0;
    const defaultType = family === 4 ? ETH_P.ip : family === 6 ? ETH_P.ipv6 : ETH_P.arp;
    parsed.ethertype = packet.ethertype ?? defaultType;
    parsed.size = packet.size ?? DEFAULT_PACKET_SIZE;
    const typeFamily = parsed.ethertype === ETH_P.ip ? 4 : parsed.ethertype === ETH_P.ipv6 ? 6 : 0;
    if (family === 0 || family !== typeFamily) {
      parsed.ip = undefined;
      return parsed;
    }
    const ip = this.ip;
    ip.family = family;
    ip.src = this.srcIp.bytes;
    ip.dst = this.dstIp.bytes;
    ip.proto = protoNumber(packet.proto);
    parsed.ip = ip;
    return parsed;
  }
}

/**
 * Parses one packet into a ParsedPacket of its own (see PacketReader.read for the rules).
 * Malformed MACs read as zero bytes; the command line rejects them before they get here.
 */
export function parsePacket(packet: SimPacket): ParsedPacket {
  return new PacketReader().read(packet);
}

/** True for a group (multicast or broadcast) destination MAC: the I/G bit of the first byte. */
export function isMulticastMac(mac: readonly number[]): boolean {
  return ((mac[0] ?? 0) & 1) === 1;
}

/** True for ff:ff:ff:ff:ff:ff. */
export function isBroadcastMac(mac: readonly number[]): boolean {
  return mac.every((byte) => byte === 0xff);
}
