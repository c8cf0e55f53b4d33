/**
 * Pure helpers of the lab: the scratch bond, the traffic of a preset seen from a bond, and the
 * colour group of a packet's flow. No React here, so they are tested in Node.
 */
import type { BondMode } from '../../model/types';
import { SCENARIOS, customFlows, type FlowRow, type ScenarioId } from '../../sim/scenarios';
import type { SimBond, SimPacket } from '../../sim/types';

/** The bond the lab runs: one from the design (by name) or a scratch bond in a chosen mode. */
export type BondChoice = { kind: 'design'; name: string } | { kind: 'scratch'; mode: BondMode };

/** How many colours flows cycle through (see lab.css `--flow-N`). */
export const FLOW_COLOURS = 8;

/** The router every preset talks through; a VRRP virtual MAC, as a real gateway often has. */
export const GATEWAY_MAC = '00:00:5e:00:01:01';

/** The usual MII polling interval, as a new bond in the designer gets it. */
const SCRATCH_MIIMON = 100;

/** Two 1 Gb/s slaves eth0 and eth1 with locally administered MACs, miimon 100. */
export function scratchBond(mode: BondMode): SimBond {
  const slaves = [
    { name: 'eth0', up: true, speed: 1000, mac: '02:00:00:00:00:01' },
    { name: 'eth1', up: true, speed: 1000, mac: '02:00:00:00:00:02' },
  ];
  return { mode, options: { miimon: SCRATCH_MIIMON }, slaves, mac: slaves[0]?.mac ?? '' };
}

/** The packets of preset `id` sent by `bond` (its MAC as source) to the gateway. */
export function scenarioPackets(id: ScenarioId, bond: SimBond): SimPacket[] {
  const scenario = SCENARIOS.find((entry) => entry.id === id) ?? SCENARIOS[0];
  return scenario ? scenario.packets({ bondMac: bond.mac, gatewayMac: GATEWAY_MAC, seed: 1 }) : [];
}

/** The packets of the custom-flow table `rows` sent by `bond` to the gateway. */
export function customPackets(rows: readonly FlowRow[], bond: SimBond): SimPacket[] {
  return customFlows(rows, { bondMac: bond.mac, gatewayMac: GATEWAY_MAC });
}

/**
 * The colour group of a packet's flow: FNV-1a over the fields that identify a flow, so every
 * packet of one connection has one colour.
 */
export function flowColour(packet: SimPacket): number {
  const key = [
    packet.dst_mac,
    packet.ethertype,
    packet.src_ip,
    packet.dst_ip,
    packet.proto,
    packet.src_port,
    packet.dst_port,
    packet.icmp_id,
  ].join('|');
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash % FLOW_COLOURS;
}

/** Percent of `part` in `total` with one decimal, as text; "0.0" when nothing was sent. */
export function sharePercent(part: number, total: number): string {
  return total > 0 ? ((part * 100) / total).toFixed(1) : '0.0';
}
