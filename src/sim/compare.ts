/**
 * One scenario through all seven modes: share per slave, the most one flow can get, what a cut
 * cable costs and what the switch needs. Codes and numbers only; the lab turns them into text.
 * Selection comes from the simulator, timing from link-monitor.ts (reference §3 and §1.2).
 */
import { BOND_MODE_INFO } from '../model/bond-modes';
import { isOptionAccepted, isOptionName } from '../model/options';
import { BOND_MODES, type BondMode, type BondOptions } from '../model/types';
import { failoverTimeline } from './link-monitor';
import { DEFAULT_PACKET_SIZE } from './packet';
import { createSimulator } from './simulator';
import type { Decision, Kernel, SimBond, SimPacket } from './types';

/** What one slave carried. `percent` is its share of all bytes sent (copies included). */
export interface SlaveShare {
  slave: string;
  packets: number;
  bytes: number;
  percent: number;
}

/** The cost of cutting the busiest slave's cable at `cutAtMs`. */
export interface CutCost {
  slave: string;
  /** From the cut to the monitor seeing it (link-monitor.ts); null when nothing monitors. */
  detectionMs: number | null;
  /** From the cut to the slave leaving service (detection plus downdelay). */
  failoverMs: number | null;
  /**
   * Frames lost between the cut and the slave leaving service, the scenario replayed at the
   * comparison's packet rate through the simulator; null when nothing monitors the link.
   */
  lostPackets: number | null;
  /** The slave that takes over in active-backup (null when none is left or none is needed). */
  successor: string | null;
}

/** One mode's result. */
export interface ModeComparison {
  mode: BondMode;
  /** The options the run used: the base bond's, minus those the mode refuses, miimon 100. */
  options: BondOptions;
  shares: SlaveShare[];
  totalBytes: number;
  dropped: number;
  /** Extra copies sent (broadcast): every copy beyond the first. */
  duplicates: number;
  /**
   * Fraction (0–1) of the bond's capacity (sum of the up slaves' speeds) one flow can use: the
   * speeds of the distinct slaves it left by; for copies, the slowest of them.
   */
  maxFlowFraction: number;
  cut: CutCost | null;
  switchConfig: 'none' | 'static' | 'lacp';
}

/** Knobs of the comparison. */
export interface CompareOptions {
  /** Seed of the packets_per_slave 0 generator. */
  seed?: number;
  /** When the cable is cut; 0 (just after a monitor tick) gives the longest detection. */
  cutAtMs?: number;
  /** Packet rate of the replay that counts the frames a cut loses. */
  packetsPerSecond?: number;
}

const COMPARE_MIIMON = 100;
const DEFAULT_PACKETS_PER_SECOND = 1000;

/** Options for `mode`: refused ones dropped, MII monitoring at 100 ms (it zeroes ARP, §2.3). */
export function optionsForMode(options: BondOptions, mode: BondMode): BondOptions {
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) {
    if (isOptionName(name) && isOptionAccepted(name, mode)) kept[name] = value;
  }
  delete kept.arp_interval;
  delete kept.arp_validate;
  return { ...(kept as BondOptions), miimon: COMPARE_MIIMON };
}

/**
 * What identifies a flow to the hashes: addresses, protocol, ports or ICMP id; MACs for non-IP.
 * @example flowKey({ src_mac: 'a', dst_mac: 'b', src_ip: '10.0.0.1', dst_ip: '10.0.0.2' })
 */
export function flowKey(packet: SimPacket): string {
  if (packet.src_ip === undefined || packet.dst_ip === undefined) {
    return [packet.src_mac, packet.dst_mac, packet.ethertype ?? '', packet.vlan ?? ''].join('|');
  }
  return [
    packet.src_ip,
    packet.dst_ip,
    packet.proto ?? '',
    packet.src_port ?? '',
    packet.dst_port ?? '',
    packet.icmp_id ?? '',
  ].join('|');
}

interface Tally {
  packets: Map<string, number>;
  bytes: Map<string, number>;
  flows: Map<string, Set<string>>;
  dropped: number;
  duplicates: number;
}

function tally(
  bond: SimBond,
  packets: readonly SimPacket[],
  decisions: readonly Decision[],
): Tally {
  const zero = (): Map<string, number> => new Map(bond.slaves.map((slave) => [slave.name, 0]));
  const result: Tally = {
    packets: zero(),
    bytes: zero(),
    flows: new Map(),
    dropped: 0,
    duplicates: 0,
  };
  decisions.forEach((decision, index) => {
    const packet = packets[index];
    if (packet === undefined) return;
    const size = packet.size ?? DEFAULT_PACKET_SIZE;
    if (decision.lost === true) return;
    if (decision.slaves.length === 0) result.dropped += 1;
    result.duplicates += Math.max(0, decision.slaves.length - 1);
    const key = flowKey(packet);
    const used = result.flows.get(key) ?? new Set<string>();
    for (const slave of decision.slaves) {
      result.packets.set(slave, (result.packets.get(slave) ?? 0) + 1);
      result.bytes.set(slave, (result.bytes.get(slave) ?? 0) + size);
      used.add(slave);
    }
    result.flows.set(key, used);
  });
  return result;
}

function maxFlowFraction(bond: SimBond, flows: Map<string, Set<string>>): number {
  const speedOf = new Map(bond.slaves.map((slave) => [slave.name, slave.speed]));
  const capacity = bond.slaves.filter((s) => s.up).reduce((sum, s) => sum + s.speed, 0);
  if (capacity === 0) return 0;
  const copies = BOND_MODE_INFO[bond.mode].loadBalancing === 'duplicate';
  let best = 0;
  for (const used of flows.values()) {
    const speeds = [...used].map((slave) => speedOf.get(slave) ?? 0);
    if (speeds.length === 0) continue;
    // A copied flow goes at the pace of its slowest link; a spread one adds its links up.
    const usable = copies ? Math.min(...speeds) : speeds.reduce((sum, s) => sum + s, 0);
    best = Math.max(best, usable / capacity);
  }
  return best;
}

/**
 * Replays the scenario through a fresh bond whose `cut` slave loses its carrier at `cutAtMs`,
 * one packet every 1/rate s until the slave leaves service, and counts the frames the
 * simulator says never reached a wire (lost on the dead slave, or dropped).
 */
function replayLoss(
  bond: SimBond,
  packets: readonly SimPacket[],
  kernel: Kernel,
  cut: string,
  failoverMs: number,
  options: CompareOptions,
): number {
  const simulator = createSimulator(bond, {
    kernel,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const cutAtMs = options.cutAtMs ?? 0;
  const rate = options.packetsPerSecond ?? DEFAULT_PACKETS_PER_SECOND;
  simulator.setLink(cut, false, cutAtMs);
  const count = Math.ceil((failoverMs * rate) / 1000);
  let lost = 0;
  for (let index = 0; index < count && packets.length > 0; index += 1) {
    simulator.advance(cutAtMs + (index * 1000) / rate);
    const packet = packets[index % packets.length];
    if (packet === undefined) continue;
    const decision = simulator.send(packet);
    if (decision.lost === true || decision.slaves.length === 0) lost += 1;
  }
  return lost;
}

function busiestSlave(bond: SimBond, counts: Tally): string | undefined {
  let busiest: string | undefined;
  for (const slave of bond.slaves) {
    const bytes = counts.bytes.get(slave.name) ?? 0;
    if (bytes > 0 && (busiest === undefined || bytes > (counts.bytes.get(busiest) ?? 0))) {
      busiest = slave.name;
    }
  }
  return busiest;
}

function cutCost(
  bond: SimBond,
  packets: readonly SimPacket[],
  kernel: Kernel,
  counts: Tally,
  active: string | null,
  options: CompareOptions,
): CutCost | null {
  const cut = busiestSlave(bond, counts);
  if (cut === undefined) return null;
  const isActiveBackup = bond.mode === 'active-backup';
  const successor = isActiveBackup
    ? (bond.slaves.find((slave) => slave.up && slave.name !== cut)?.name ?? null)
    : null;
  const timeline = failoverTimeline(
    bond.options,
    { slave: cut, up: false, atMs: options.cutAtMs ?? 0 },
    kernel,
    { mode: bond.mode, wasActive: !isActiveBackup || active === cut, successor },
  );
  return {
    slave: cut,
    detectionMs: timeline.detectionMs,
    failoverMs: timeline.failoverMs,
    lostPackets:
      timeline.failoverMs === null
        ? null
        : replayLoss(bond, packets, kernel, cut, timeline.failoverMs, options),
    successor,
  };
}

function compareMode(
  baseBond: SimBond,
  mode: BondMode,
  packets: readonly SimPacket[],
  kernel: Kernel,
  options: CompareOptions,
): ModeComparison {
  const bond: SimBond = { ...baseBond, mode, options: optionsForMode(baseBond.options, mode) };
  const simulator = createSimulator(bond, {
    kernel,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const decisions = packets.map((packet) => simulator.send(packet));
  const counts = tally(bond, packets, decisions);
  const totalBytes = [...counts.bytes.values()].reduce((sum, bytes) => sum + bytes, 0);
  const shares = bond.slaves.map((slave) => {
    const bytes = counts.bytes.get(slave.name) ?? 0;
    return {
      slave: slave.name,
      packets: counts.packets.get(slave.name) ?? 0,
      bytes,
      percent: totalBytes > 0 ? (bytes * 100) / totalBytes : 0,
    };
  });
  return {
    mode,
    options: bond.options,
    shares,
    totalBytes,
    dropped: counts.dropped,
    duplicates: counts.duplicates,
    maxFlowFraction: maxFlowFraction(bond, counts.flows),
    cut: cutCost(bond, packets, kernel, counts, simulator.state().active, options),
    switchConfig: BOND_MODE_INFO[mode].switchConfig,
  };
}

/**
 * Runs `packets` through a fresh bond in each of the seven modes (same slaves and link states).
 * @example compareModes(bond, SCENARIOS[0].packets(host), 'current')[1].shares[0].percent // 100
 */
export function compareModes(
  baseBond: SimBond,
  packets: readonly SimPacket[],
  kernel: Kernel,
  options: CompareOptions = {},
): ModeComparison[] {
  return BOND_MODES.map((mode) => compareMode(baseBond, mode, packets, kernel, options));
}
