/**
 * The floor the simulator's speed is measured against: a bare loop over the same packet objects
 * that parses what the current kernel's layer3+4 hash reads (IPv4 address strings, protocol,
 * ports) and computes that hash and the slave index, with no bookkeeping and no explanation.
 */
import type { SimPacket } from '../src/sim/types';

const TCP = 6;
const UDP = 17;
const ETH_P_IP = 0x0800;

/**
 * A dotted quad as the native u32 of its wire bytes on a little-endian host (LE32, hash.ts), or
 * -1 when the text is not a plain dotted quad (no leading zeros, each part ≤ 255), which is what
 * the simulator accepts too. Parsed character by character: no split, no regex, no allocation.
 */
function ipv4Le32(text: string): number {
  let value = 0;
  let part = 0;
  let digits = 0;
  let parts = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i === text.length ? 46 : text.charCodeAt(i);
    if (code === 46) {
      if (digits === 0 || parts === 4) return -1;
      value |= part << (8 * parts);
      parts += 1;
      part = 0;
      digits = 0;
    } else if (code >= 48 && code <= 57) {
      if (digits === 3 || (digits === 1 && part === 0)) return -1;
      part = part * 10 + (code - 48);
      if (part > 255) return -1;
      digits += 1;
    } else {
      return -1;
    }
  }
  return parts === 4 ? value >>> 0 : -1;
}

function protoOf(packet: SimPacket): number | undefined {
  const proto = packet.proto;
  if (proto === 'tcp') return TCP;
  if (proto === 'udp') return UDP;
  return typeof proto === 'number' ? proto : undefined;
}

/**
 * `bond_xmit_hash` layer3+4 of a current kernel for one IPv4 TCP/UDP packet, then `% slaveCount`:
 * the slave index among the usable slaves. Anything else (non-IPv4, other protocols, fragments,
 * an explicit non-IP ethertype) is outside this floor and throws, so it can never silently
 * disagree with the simulator.
 */
export function baselineIndex(packet: SimPacket, slaveCount: number): number {
  const src = packet.src_ip === undefined ? -1 : ipv4Le32(packet.src_ip);
  const dst = packet.dst_ip === undefined ? -1 : ipv4Le32(packet.dst_ip);
  const proto = protoOf(packet);
  if (
    src < 0 ||
    dst < 0 ||
    (proto !== TCP && proto !== UDP) ||
    packet.fragment === true ||
    (packet.ethertype ?? ETH_P_IP) !== ETH_P_IP
  ) {
    throw new RangeError('the baseline covers unfragmented IPv4 TCP/UDP only');
  }
  const sport = packet.src_port ?? 0;
  const dport = packet.dst_port ?? 0;
  // PORTS as LE32 of the wire bytes sport_hi, sport_lo, dport_hi, dport_lo.
  let hash =
    ((sport >> 8) | ((sport & 0xff) << 8) | ((dport >> 8) << 16) | ((dport & 0xff) << 24)) >>> 0;
  hash = (hash ^ dst ^ src) >>> 0;
  hash = (hash ^ (hash >>> 16)) >>> 0;
  hash = (hash ^ (hash >>> 8)) >>> 0;
  return (hash >>> 1) % slaveCount;
}

/**
 * The bare loop: the slave index of every packet, written into `out` (same length as
 * `packets`) so the work cannot be optimised away and the result can be checked.
 */
export function baselineRun(
  packets: readonly SimPacket[],
  slaveCount: number,
  out: Int32Array,
): void {
  for (let i = 0; i < packets.length; i += 1) {
    const packet = packets[i];
    if (packet !== undefined) out[i] = baselineIndex(packet, slaveCount);
  }
}
