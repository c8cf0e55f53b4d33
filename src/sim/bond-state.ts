/**
 * The mutable state of one simulated bond on one CPU, shared by the per-mode transmit files and
 * the link timeline: its slaves, TLB buckets, counters and pending link work, how it is created,
 * and the slave queries and state updates they all use.
 */
import type { BondOptions } from '../model/types';
import { bondMacBytes } from './hash';
import { monitorOf, type Monitor } from './link-monitor';
import { createRandom } from './random';
import type {
  Decision,
  DropCode,
  Kernel,
  SimBond,
  SimulatorOptions,
  SlaveState,
  TimelineEvent,
} from './types';

/** BOND_TLB_REBALANCE_INTERVAL: buckets are cleared and loads recomputed every 10 s. */
export const TLB_REBALANCE_MS = 10_000;
const TLB_HASH_TABLE_SIZE = 256;

/** One enslaved device as the bond sees it: the same fields `state()` reports. */
export type Slave = SlaveState;

/** One entry of the TLB hash table. */
export interface Bucket {
  slave: Slave | null;
  txBytes: number;
  loadHistory: number;
}

/** Link work waiting for its time: a carrier change, a monitor step or a peer notification. */
export type Pending =
  | { atMs: number; seq: number; kind: 'carrier'; slave: Slave; up: boolean }
  | { atMs: number; seq: number; kind: 'detect' | 'change'; slave: Slave; up: boolean }
  | { atMs: number; seq: number; kind: 'notify'; slave: Slave };

/** A pending item before it gets its sequence number (Omit spread over the union). */
type PendingInput = Pending extends infer P ? (P extends Pending ? Omit<P, 'seq'> : never) : never;

/** Everything a simulated bond remembers between calls. */
export interface BondState {
  readonly mode: SimBond['mode'];
  readonly options: BondOptions;
  readonly kernel: Kernel;
  readonly monitor: Monitor;
  readonly bondMac: string;
  /** The bond MAC's bytes, parsed once for rhel5's hash. */
  readonly bondMacBytes: readonly number[];
  /** Whether hash reasons carry their inputs and steps (`SimulatorOptions.explain`). */
  readonly explain: boolean;
  readonly slaves: Slave[];
  readonly random: () => number;
  readonly buckets: Bucket[];
  readonly rlbClients: Map<string, Slave>;
  rlbNext: number;
  unbalancedLoad: number;
  active: Slave | null;
  rrCounter: number;
  nowMs: number;
  nextRebalanceMs: number;
  seq: number;
  pending: Pending[];
  readonly events: TimelineEvent[];
}

/** The state right after `bond.slaves` are enslaved in order, before any active slave is chosen. */
export function createBondState(bond: SimBond, opts: SimulatorOptions): BondState {
  return {
    mode: bond.mode,
    options: bond.options,
    kernel: opts.kernel,
    monitor: monitorOf(bond.mode, bond.options, opts.kernel),
    bondMac: bond.mac,
    bondMacBytes: bondMacBytes(bond.mac),
    explain: opts.explain ?? true,
    random: createRandom(opts.seed ?? 0),
    slaves: bond.slaves.map((slave) => ({
      name: slave.name,
      mac: slave.mac,
      speed: slave.speed,
      carrier: slave.up,
      // A slave enslaved without carrier starts DOWN (bond_enslave).
      link: slave.up ? 'up' : 'down',
      packets: 0,
      bytes: 0,
      linkFailures: 0,
      tlbLoad: 0,
    })),
    buckets: Array.from({ length: TLB_HASH_TABLE_SIZE }, () => ({
      slave: null,
      txBytes: 0,
      loadHistory: 0,
    })),
    rlbClients: new Map<string, Slave>(),
    rlbNext: 0,
    unbalancedLoad: 0,
    active: null,
    rrCounter: 0,
    nowMs: 0,
    nextRebalanceMs: TLB_REBALANCE_MS,
    seq: 0,
    pending: [],
    events: [],
  };
}

/** bond_slave_can_tx: carrier on and link UP (backups of active-backup never get here). */
export function canTx(slave: Slave): boolean {
  return slave.carrier && slave.link === 'up';
}

/** The slave called `name`, if enslaved. */
export function byName(state: BondState, name: string): Slave | undefined {
  // A plain loop, not find(): every sent packet looks its slaves up here.
  for (const slave of state.slaves) {
    if (slave.name === name) {
      return slave;
    }
  }
  return undefined;
}

/** bond_get_slave_by_id: from `start`, the first slave that can transmit, wrapping. */
export function walk(
  state: BondState,
  start: number,
): { slave: Slave | undefined; skipped: string[] } {
  const skipped: string[] = [];
  for (let i = 0; i < state.slaves.length; i += 1) {
    const slave = state.slaves[(start + i) % state.slaves.length];
    if (slave !== undefined && canTx(slave)) {
      return { slave, skipped };
    }
    if (slave !== undefined) {
      skipped.push(slave.name);
    }
  }
  return { slave: undefined, skipped };
}

/** The decision for a frame the bond does not send. */
export function drop(why: DropCode): Decision {
  return { slaves: [], reason: { kind: 'dropped', why } };
}

/** Queue link work; items due at the same time keep the order they were scheduled in. */
export function schedule(state: BondState, entry: PendingInput): void {
  const item: Pending = { ...entry, seq: state.seq };
  state.seq += 1;
  state.pending.push(item);
  state.pending.sort((a, b) => a.atMs - b.atMs || a.seq - b.seq);
}

/** Append to the bond's timeline. */
export function log(state: BondState, event: TimelineEvent): void {
  state.events.push(event);
}
