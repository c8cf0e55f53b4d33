/**
 * A one-line description of a simulated packet for "why this slave": the i18n key and its
 * parameters (protocol, addresses, ports), no English here.
 */
import type { SimPacket } from '../../sim/types';

/**
 * The `lab.why.summary*` key and params describing `packet`; `proto` is the protocol name in
 * capitals, or the bare number for a protocol without a name (the caller words it).
 */
export function packetSummary(packet: SimPacket): { key: string; params: Record<string, string> } {
  const proto =
    typeof packet.proto === 'number' ? String(packet.proto) : (packet.proto ?? '').toUpperCase();
  if (packet.src_ip === undefined || packet.dst_ip === undefined) {
    return {
      key: 'lab.why.summaryL2',
      params: {
        ethertype: (packet.ethertype ?? 0).toString(16).padStart(4, '0'),
        src: packet.src_mac,
        dst: packet.dst_mac,
      },
    };
  }
  if (packet.src_port !== undefined && packet.dst_port !== undefined) {
    return {
      key: 'lab.why.summaryPorts',
      params: {
        proto,
        src: packet.src_ip,
        dst: packet.dst_ip,
        srcPort: String(packet.src_port),
        dstPort: String(packet.dst_port),
      },
    };
  }
  return { key: 'lab.why.summaryIp', params: { proto, src: packet.src_ip, dst: packet.dst_ip } };
}
