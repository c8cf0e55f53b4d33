/**
 * Traffic presets for the mode lab: pure, deterministic packet generators (seeded where a real
 * network would be random, such as client source ports) and a table of custom flows.
 * Ethertypes and addresses follow the wire: IPv4 0x0800, IPv6 0x86DD, ARP 0x0806.
 */
import { ETH_P, IPPROTO } from './packet';
import { createRandomFraction } from './random';
import type { SimPacket } from './types';

/** The host the traffic is seen from: the bond's MAC and addresses, and its default gateway. */
export interface ScenarioHost {
  bondMac: string;
  gatewayMac: string;
  bondIp?: string;
  bondIp6?: string;
  /** Seed of the generator for values a real network picks at random (ephemeral ports). */
  seed?: number;
}

/** The ids of the built-in presets. */
export type ScenarioId = 'one-tcp-flow' | 'many-clients' | 'mixed-ip' | 'arp-multicast';

/** A traffic preset: an id (its i18n key segment) and the packets it sends from `host`. */
export interface Scenario {
  id: ScenarioId;
  packets(host: ScenarioHost): SimPacket[];
}

/** One row of the custom-flow table: `packets` packets of `size` bytes of one flow. */
export interface FlowRow {
  src_ip: string;
  dst_ip: string;
  proto: 'tcp' | 'udp' | 'icmp' | 'icmpv6' | number;
  src_port?: number;
  dst_port?: number;
  packets: number;
  size?: number;
}

const DEFAULT_BOND_IP = '192.0.2.10';
const DEFAULT_BOND_IP6 = '2001:db8::10';
const FULL_FRAME = 1500;
/** Ethernet's minimum frame (without FCS): ARP requests and small control packets. */
const MIN_FRAME = 60;
/** Linux's default ephemeral port range (net.ipv4.ip_local_port_range). */
const EPHEMERAL_LOW = 32768;
const EPHEMERAL_HIGH = 60999;
const ONE_FLOW_PACKETS = 64;
const CLIENT_COUNT = 32;
const PACKETS_PER_CLIENT = 4;

function ephemeralPort(random: () => number): number {
  return EPHEMERAL_LOW + Math.floor(random() * (EPHEMERAL_HIGH - EPHEMERAL_LOW + 1));
}

function oneTcpFlow(host: ScenarioHost): SimPacket[] {
  const packet: SimPacket = {
    src_mac: host.bondMac,
    dst_mac: host.gatewayMac,
    ethertype: ETH_P.ip,
    src_ip: host.bondIp ?? DEFAULT_BOND_IP,
    dst_ip: '198.51.100.20',
    proto: 'tcp',
    src_port: 40000,
    dst_port: 5201,
    size: FULL_FRAME,
  };
  return Array.from({ length: ONE_FLOW_PACKETS }, () => ({ ...packet }));
}

/** Replies of a server to clients on other networks: every frame goes to the gateway's MAC. */
function manyClients(host: ScenarioHost): SimPacket[] {
  const random = createRandomFraction(host.seed ?? 1);
  const clients = Array.from({ length: CLIENT_COUNT }, (_, index) => ({
    ip: `203.0.113.${index + 1}`,
    port: ephemeralPort(random),
  }));
  const packets: SimPacket[] = [];
  for (let round = 0; round < PACKETS_PER_CLIENT; round += 1) {
    for (const client of clients) {
      packets.push({
        src_mac: host.bondMac,
        dst_mac: host.gatewayMac,
        ethertype: ETH_P.ip,
        src_ip: host.bondIp ?? DEFAULT_BOND_IP,
        dst_ip: client.ip,
        proto: 'tcp',
        src_port: 443,
        dst_port: client.port,
        size: FULL_FRAME,
      });
    }
  }
  return packets;
}

function mixedIp(host: ScenarioHost): SimPacket[] {
  const random = createRandomFraction(host.seed ?? 1);
  const v4 = host.bondIp ?? DEFAULT_BOND_IP;
  const v6 = host.bondIp6 ?? DEFAULT_BOND_IP6;
  const base = { src_mac: host.bondMac, dst_mac: host.gatewayMac };
  const round = (index: number): SimPacket[] => [
    {
      ...base,
      ethertype: ETH_P.ip,
      src_ip: v4,
      dst_ip: '198.51.100.20',
      proto: 'tcp',
      src_port: ephemeralPort(random),
      dst_port: 443,
      size: FULL_FRAME,
    },
    {
      ...base,
      ethertype: ETH_P.ipv6,
      src_ip: v6,
      dst_ip: '2001:db8:100::20',
      proto: 'tcp',
      src_port: ephemeralPort(random),
      dst_port: 443,
      size: FULL_FRAME,
    },
    {
      ...base,
      ethertype: ETH_P.ip,
      src_ip: v4,
      dst_ip: '198.51.100.53',
      proto: 'udp',
      src_port: ephemeralPort(random),
      dst_port: 53,
      size: 80,
    },
    {
      ...base,
      ethertype: ETH_P.ip,
      src_ip: v4,
      dst_ip: '198.51.100.1',
      proto: 'icmp',
      icmp_type: 8,
      icmp_id: index + 1,
      size: 98,
    },
    {
      ...base,
      ethertype: ETH_P.ipv6,
      src_ip: v6,
      dst_ip: '2001:db8:100::1',
      proto: 'icmpv6',
      icmp_type: 128,
      icmp_id: index + 1,
      size: 118,
    },
  ];
  return Array.from({ length: 8 }, (_, index) => round(index)).flat();
}

/** Frames no hash spreads: ARP, IGMP, IPv4/IPv6 multicast and broadcast. */
function arpMulticast(host: ScenarioHost): SimPacket[] {
  const v4 = host.bondIp ?? DEFAULT_BOND_IP;
  const v6 = host.bondIp6 ?? DEFAULT_BOND_IP6;
  const round = (index: number): SimPacket[] => [
    {
      src_mac: host.bondMac,
      dst_mac: 'ff:ff:ff:ff:ff:ff',
      ethertype: ETH_P.arp,
      size: MIN_FRAME,
    },
    {
      src_mac: host.bondMac,
      dst_mac: '01:00:5e:00:00:16',
      ethertype: ETH_P.ip,
      src_ip: v4,
      dst_ip: '224.0.0.22',
      proto: IPPROTO.igmp,
      size: MIN_FRAME,
    },
    {
      src_mac: host.bondMac,
      dst_mac: '01:00:5e:01:01:01',
      ethertype: ETH_P.ip,
      src_ip: v4,
      dst_ip: '239.1.1.1',
      proto: 'udp',
      src_port: 5000 + index,
      dst_port: 5004,
      size: 1316,
    },
    {
      src_mac: host.bondMac,
      dst_mac: '33:33:00:00:00:01',
      ethertype: ETH_P.ipv6,
      src_ip: v6,
      dst_ip: 'ff02::1',
      proto: 'icmpv6',
      icmp_type: 128,
      icmp_id: index + 1,
      size: 118,
    },
    {
      src_mac: host.bondMac,
      dst_mac: 'ff:ff:ff:ff:ff:ff',
      ethertype: ETH_P.ip,
      src_ip: v4,
      dst_ip: '192.0.2.255',
      proto: 'udp',
      src_port: 137,
      dst_port: 137,
      size: 92,
    },
  ];
  return Array.from({ length: 8 }, (_, index) => round(index)).flat();
}

/** The built-in presets, in the order the lab lists them. */
export const SCENARIOS: readonly Scenario[] = [
  { id: 'one-tcp-flow', packets: oneTcpFlow },
  { id: 'many-clients', packets: manyClients },
  { id: 'mixed-ip', packets: mixedIp },
  { id: 'arp-multicast', packets: arpMulticast },
];

function flowPacket(row: FlowRow, index: number, host: ScenarioHost): SimPacket {
  const ipv6 = row.src_ip.includes(':') || row.dst_ip.includes(':');
  const packet: SimPacket = {
    src_mac: host.bondMac,
    dst_mac: host.gatewayMac,
    ethertype: ipv6 ? ETH_P.ipv6 : ETH_P.ip,
    src_ip: row.src_ip,
    dst_ip: row.dst_ip,
    proto: row.proto,
    size: row.size ?? FULL_FRAME,
  };
  if (row.proto === 'icmp' || row.proto === 'icmpv6') {
    // An echo request; the row's source port stands for the echo identifier, as ping's id does.
    packet.icmp_type = row.proto === 'icmp' ? 8 : 128;
    packet.icmp_id = row.src_port ?? index + 1;
    return packet;
  }
  if (row.src_port !== undefined) packet.src_port = row.src_port;
  if (row.dst_port !== undefined) packet.dst_port = row.dst_port;
  return packet;
}

/**
 * Packets of a table of flows, interleaved one packet per flow per turn as concurrent flows are.
 * @example customFlows([{ src_ip: '10.0.0.1', dst_ip: '10.0.0.2', proto: 'udp', packets: 2 }], host)
 */
export function customFlows(rows: readonly FlowRow[], host: ScenarioHost): SimPacket[] {
  const counts = rows.map((row) => Math.max(0, Math.floor(row.packets)));
  const longest = Math.max(0, ...counts);
  const packets: SimPacket[] = [];
  for (let turn = 0; turn < longest; turn += 1) {
    rows.forEach((row, index) => {
      if (turn < (counts[index] ?? 0)) packets.push(flowPacket(row, index, host));
    });
  }
  return packets;
}
