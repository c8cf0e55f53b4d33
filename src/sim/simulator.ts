/**
 * A stateful bond on one CPU: the transmit decision of every mode (shared/reference/
 * kernel-bonding.md §1.2, §3.3–§3.6), the active slave and its reselection, the TLB bucket table
 * with its 10 s rebalancing, and the link monitor in time (link-monitor.ts).
 */
import type { BondOptions } from '../model/types';
import { simpleHash, xmitHash } from './hash';
import { linkReaction, monitorOf, notificationTimes, type Monitor } from './link-monitor';
import {
  ETH_P,
  IPPROTO,
  isBroadcastMac,
  isMulticastMac,
  parsePacket,
  type ParsedPacket,
} from './packet';
import type {
  ActiveCause,
  Decision,
  DropCode,
  Kernel,
  Reason,
  SimBond,
  SimPacket,
  SimState,
  SimulatorOptions,
  Simulator,
  SlaveLink,
  TimelineEvent,
  TlbGap,
} from './types';

/** BOND_TLB_REBALANCE_INTERVAL: buckets are cleared and loads recomputed every 10 s. */
export const TLB_REBALANCE_MS = 10_000;
const TLB_HASH_TABLE_SIZE = 256;

interface Slave {
  name: string;
  mac: string;
  speed: number;
  carrier: boolean;
  link: SlaveLink;
  packets: number;
  bytes: number;
  linkFailures: number;
  tlbLoad: number;
}

interface Bucket {
  slave: Slave | null;
  txBytes: number;
  loadHistory: number;
}

type Pending =
  | { atMs: number; seq: number; kind: 'carrier'; slave: Slave; up: boolean }
  | { atMs: number; seq: number; kind: 'detect' | 'change'; slave: Slave; up: boolean }
  | { atMs: number; seq: number; kind: 'notify'; slave: Slave };

/** A pending item before it gets its sequence number (Omit spread over the union). */
type PendingInput = Pending extends infer P ? (P extends Pending ? Omit<P, 'seq'> : never) : never;

/** mulberry32: a small seeded u32 generator standing in for get_random_u32(). */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Modes whose `primary` option counts (bond_uses_primary). */
function usesPrimary(mode: SimBond['mode']): boolean {
  return mode === 'active-backup' || mode === 'balance-tlb' || mode === 'balance-alb';
}

/** bond_slave_can_tx: carrier on and link UP (backups of active-backup never get here). */
function canTx(slave: Slave): boolean {
  return slave.carrier && slave.link === 'up';
}

/**
 * compute_gap `(s64)(speed << 20) − (s64)(load << 3)`: `load` is u32 and so is `speed` in current
 * kernels, so both shifts wrap at 32 bits (a 25 Gb/s slave looks slower than a 1 Gb/s one).
 * Bonding 3.4.0 has a u16 speed, promoted to int: the shift wraps as a signed 32-bit value.
 */
export function tlbGap(speed: number, load: number, kernel: Kernel): number {
  const capacity = kernel === 'rhel5' ? speed << 20 : (speed << 20) >>> 0;
  return capacity - ((load << 3) >>> 0);
}

class BondSimulator implements Simulator {
  private readonly mode: SimBond['mode'];
  private readonly options: BondOptions;
  private readonly kernel: Kernel;
  private readonly monitor: Monitor;
  private readonly bondMac: string;
  private readonly slaves: Slave[];
  private readonly random: () => number;
  private readonly buckets: Bucket[];
  private readonly rlbClients = new Map<string, Slave>();
  private rlbNext = 0;
  private unbalancedLoad = 0;
  private active: Slave | null = null;
  private rrCounter = 0;
  private nowMs = 0;
  private nextRebalanceMs = TLB_REBALANCE_MS;
  private seq = 0;
  private pending: Pending[] = [];
  private readonly events: TimelineEvent[] = [];

  constructor(bond: SimBond, opts: SimulatorOptions) {
    this.mode = bond.mode;
    this.options = bond.options;
    this.kernel = opts.kernel;
    this.monitor = monitorOf(bond.mode, bond.options, opts.kernel);
    this.bondMac = bond.mac;
    this.random = createRandom(opts.seed ?? 0);
    this.slaves = bond.slaves.map((slave) => ({
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
    }));
    this.buckets = Array.from({ length: TLB_HASH_TABLE_SIZE }, () => ({
      slave: null,
      txBytes: 0,
      loadHistory: 0,
    }));
    // A primary named at creation wins once regardless of primary_reselect (force_primary).
    this.active = this.choose(true);
  }

  send(packet: SimPacket): Decision {
    const parsed = parsePacket(packet);
    const decision = this.slaves.length === 0 ? drop('no-slaves') : this.decide(packet, parsed);
    if (decision.lost !== true) {
      for (const name of decision.slaves) {
        const slave = this.byName(name);
        if (slave !== undefined) {
          slave.packets += 1;
          slave.bytes += parsed.size;
        }
      }
    }
    return decision;
  }

  setLink(slave: string, up: boolean, atMs: number): void {
    const target = this.byName(slave);
    if (target === undefined) {
      throw new RangeError(`unknown slave ${slave}`);
    }
    this.schedule({ atMs: Math.max(atMs, this.nowMs), kind: 'carrier', slave: target, up });
  }

  advance(toMs: number): TimelineEvent[] {
    const before = this.events.length;
    const rebalances = this.mode === 'balance-tlb' || this.mode === 'balance-alb';
    for (;;) {
      const next = this.pending[0];
      const rebalanceAt = rebalances ? this.nextRebalanceMs : Infinity;
      if (next !== undefined && next.atMs <= toMs && next.atMs <= rebalanceAt) {
        this.pending.shift();
        this.nowMs = next.atMs;
        this.apply(next);
      } else if (rebalanceAt <= toMs) {
        this.nowMs = rebalanceAt;
        this.nextRebalanceMs += TLB_REBALANCE_MS;
        this.rebalance();
      } else {
        break;
      }
    }
    this.nowMs = Math.max(this.nowMs, toMs);
    return this.events.slice(before);
  }

  state(): SimState {
    return {
      nowMs: this.nowMs,
      kernel: this.kernel,
      mode: this.mode,
      active: this.active?.name ?? null,
      slaves: this.slaves.map((slave) => ({ ...slave })),
      rrCounter: this.rrCounter,
      tlbBuckets: this.buckets.flatMap((bucket, index) =>
        bucket.slave === null
          ? []
          : [
              {
                index,
                slave: bucket.slave.name,
                txBytes: bucket.txBytes,
                loadHistory: bucket.loadHistory,
              },
            ],
      ),
      events: this.events.map((event) => ({ ...event })),
    };
  }

  private byName(name: string): Slave | undefined {
    return this.slaves.find((slave) => slave.name === name);
  }

  private decide(packet: SimPacket, parsed: ParsedPacket): Decision {
    switch (this.mode) {
      case 'balance-rr':
        return this.roundRobin(parsed);
      case 'active-backup':
        return this.viaActive('active-backup');
      case 'broadcast': {
        const up = this.slaves.filter(canTx);
        const skipped = this.slaves.filter((slave) => !canTx(slave)).map((slave) => slave.name);
        return up.length === 0
          ? drop('no-usable-slave')
          : { slaves: up.map((slave) => slave.name), reason: { kind: 'broadcast', skipped } };
      }
      case 'balance-xor':
      case '802.3ad':
        return this.hashed(packet, this.mode === 'balance-xor' && this.kernel === 'rhel5');
      case 'balance-tlb':
      case 'balance-alb':
        return this.loadBalanced(packet, parsed);
    }
  }

  private viaActive(cause: ActiveCause): Decision {
    const active = this.active;
    if (active === null) {
      return drop('no-active-slave');
    }
    const decision: Decision = {
      slaves: [active.name],
      reason: { kind: 'active', active: active.name, cause },
    };
    // bond_xmit_activebackup does not test the carrier: until the monitor notices, frames
    // handed to a cut active slave are lost.
    return active.carrier ? decision : { ...decision, lost: true };
  }

  /** bond_get_slave_by_id: from `start`, the first slave that can transmit, wrapping. */
  private walk(start: number): { slave: Slave | undefined; skipped: string[] } {
    const skipped: string[] = [];
    for (let i = 0; i < this.slaves.length; i += 1) {
      const slave = this.slaves[(start + i) % this.slaves.length];
      if (slave !== undefined && canTx(slave)) {
        return { slave, skipped };
      }
      if (slave !== undefined) {
        skipped.push(slave.name);
      }
    }
    return { slave: undefined, skipped };
  }

  private roundRobin(parsed: ParsedPacket): Decision {
    const slaveCount = this.slaves.length;
    if (this.kernel === 'rhel5') {
      // bonding 3.4.0: slave_no = rr_tx_counter++ % slave_cnt (u16), then walk forward.
      const id = this.rrCounter;
      this.rrCounter = (this.rrCounter + 1) & 0xffff;
      return this.rrResult(id, 1, slaveCount);
    }
    if (parsed.ip?.family === 4 && parsed.ip.proto === IPPROTO.igmp) {
      const active = this.active;
      if (active !== null) {
        return { slaves: [active.name], reason: { kind: 'igmp', via: 'active', skipped: [] } };
      }
      const { slave, skipped } = this.walk(0);
      return slave === undefined
        ? drop('no-usable-slave')
        : { slaves: [slave.name], reason: { kind: 'igmp', via: 'first-usable', skipped } };
    }
    const pps = this.options.packets_per_slave ?? 1;
    let id: number;
    if (pps === 0) {
      id = this.random();
    } else {
      // this_cpu_inc_return: pre-increment of a u32 per-CPU counter starting at 0.
      this.rrCounter = (this.rrCounter + 1) >>> 0;
      id = pps === 1 ? this.rrCounter : Math.floor(this.rrCounter / pps);
    }
    return this.rrResult(id, pps, slaveCount);
  }

  private rrResult(id: number, packetsPerSlave: number, slaveCount: number): Decision {
    const startIndex = id % slaveCount;
    const { slave, skipped } = this.walk(startIndex);
    if (slave === undefined) {
      return drop('no-usable-slave');
    }
    const reason: Reason = {
      kind: 'round-robin',
      counter: this.rrCounter,
      packetsPerSlave,
      id,
      slaveCount,
      startIndex,
      skipped,
    };
    return { slaves: [slave.name], reason };
  }

  /** balance-xor / 802.3ad (and TLB/ALB without dynamic load balancing). */
  private hashed(packet: SimPacket, walkAll: boolean): Decision {
    const policy = this.options.xmit_hash_policy ?? 'layer2';
    const { hash, inputs, steps } = xmitHash(policy, packet, this.kernel, this.bondMac);
    if (walkAll) {
      // §3.6: n = all slaves, then walk forward to the first usable one.
      const count = this.slaves.length;
      const index = hash % count;
      const { slave, skipped } = this.walk(index);
      return slave === undefined
        ? drop('no-usable-slave')
        : {
            slaves: [slave.name],
            reason: {
              kind: 'hash',
              policy,
              inputs,
              steps,
              hash,
              count,
              index,
              pool: 'all',
              skipped,
            },
          };
    }
    // usable_slaves: slaves that can transmit, in enslave order (802.3ad: one aggregator of
    // every such port is assumed).
    const usable = this.slaves.filter(canTx);
    if (usable.length === 0) {
      return drop('no-usable-slave');
    }
    const count = usable.length;
    const index = hash % count;
    const chosen = usable[index];
    return {
      slaves: chosen === undefined ? [] : [chosen.name],
      reason: {
        kind: 'hash',
        policy,
        inputs,
        steps,
        hash,
        count,
        index,
        pool: 'usable',
        skipped: [],
      },
    };
  }

  /** Which frames TLB/ALB balance, and what they are keyed on (bond_xmit_*_slave_get). */
  private classify(
    parsed: ParsedPacket,
  ): { balance: true } | { balance: false; cause: ActiveCause } {
    const albRules = this.mode === 'balance-alb' || this.kernel === 'rhel5';
    if (!albRules) {
      if (isMulticastMac(parsed.dst)) {
        return { balance: false, cause: 'not-unicast' };
      }
      return parsed.ethertype === ETH_P.ip || parsed.ethertype === ETH_P.ipv6
        ? { balance: true }
        : { balance: false, cause: 'not-ip' };
    }
    if (parsed.ethertype === ETH_P.arp) {
      return { balance: false, cause: 'arp' };
    }
    const ip = parsed.ip;
    if (ip === undefined) {
      return { balance: false, cause: 'not-ip' };
    }
    if (isBroadcastMac(parsed.dst)) {
      return { balance: false, cause: 'not-unicast' };
    }
    if (ip.family === 4) {
      if (ip.dst.every((b) => b === 255)) {
        return { balance: false, cause: 'not-unicast' };
      }
      return ip.proto === IPPROTO.igmp ? { balance: false, cause: 'igmp' } : { balance: true };
    }
    // IPv6 all-nodes multicast MAC and DAD probes (source ::) stay on the active slave (6.x).
    const allNodes = parsed.dst.join(',') === '51,51,0,0,0,1';
    if (this.kernel === 'current' && (allNodes || ip.src.every((b) => b === 0))) {
      return { balance: false, cause: 'ipv6-excluded' };
    }
    return { balance: true };
  }

  private loadBalanced(packet: SimPacket, parsed: ParsedPacket): Decision {
    const dynamic = this.kernel === 'rhel5' || (this.options.tlb_dynamic_lb ?? 'on') === 'on';
    const verdict = this.classify(parsed);
    if (!verdict.balance) {
      if (verdict.cause === 'arp' && this.mode === 'balance-alb') {
        const rlb = this.rlb(packet);
        if (rlb !== undefined) {
          return rlb;
        }
      }
      return this.unbalanced(verdict.cause, dynamic, parsed.size);
    }
    if (!dynamic) {
      const decision = this.hashed(packet, false);
      return decision.slaves.length === 0
        ? this.unbalanced('unassigned', false, parsed.size)
        : decision;
    }
    const alb = this.mode === 'balance-alb' || this.kernel === 'rhel5';
    const source = alb ? 'simple-hash' : 'xmit-hash';
    const policy = this.options.xmit_hash_policy ?? 'layer2';
    const computed = alb
      ? {
          hash: simpleHash(parsed.ip?.dst ?? []),
          inputs: [{ name: 'dst_ip', value: packet.dst_ip ?? '' }],
          steps: [{ label: 'xor-dst-bytes', value: simpleHash(parsed.ip?.dst ?? []) }],
        }
      : xmitHash(policy, packet, this.kernel, this.bondMac);
    const bucketIndex = computed.hash & 0xff;
    const bucket = this.buckets[bucketIndex];
    if (bucket === undefined) {
      return drop('no-usable-slave');
    }
    let gaps: TlbGap[] = [];
    const fresh = bucket.slave === null;
    if (fresh) {
      gaps = this.slaves.filter(canTx).map((slave) => ({
        slave: slave.name,
        speed: slave.speed,
        load: slave.tlbLoad,
        gap: tlbGap(slave.speed, slave.tlbLoad, this.kernel),
      }));
      // tlb_get_least_loaded_slave: the first slave with the strictly largest gap.
      let best: TlbGap | undefined;
      for (const gap of gaps) {
        if (best === undefined || gap.gap > best.gap) {
          best = gap;
        }
      }
      const chosen = best === undefined ? undefined : this.byName(best.slave);
      if (chosen !== undefined) {
        bucket.slave = chosen;
        chosen.tlbLoad = (chosen.tlbLoad + bucket.loadHistory) >>> 0;
      }
    }
    const assigned = bucket.slave;
    if (assigned === null) {
      return this.unbalanced('unassigned', true, parsed.size);
    }
    bucket.txBytes = (bucket.txBytes + parsed.size) >>> 0;
    if (!canTx(assigned)) {
      // bond_do_alb_xmit: a bucket whose slave cannot send drops the frame and frees the slave's
      // buckets.
      this.clearBuckets(assigned, false);
      return drop('no-usable-slave');
    }
    return {
      slaves: [assigned.name],
      reason: {
        kind: 'tlb',
        source,
        inputs: computed.inputs,
        steps: computed.steps,
        hash: computed.hash,
        bucket: bucketIndex,
        assigned: assigned.name,
        fresh,
        gaps,
      },
    };
  }

  /** Frames nobody balanced go out of the active slave (bond_do_alb_xmit). */
  private unbalanced(cause: ActiveCause, dynamic: boolean, size: number): Decision {
    if (dynamic) {
      this.unbalancedLoad = (this.unbalancedLoad + size) >>> 0;
    }
    const active = this.active;
    if (active === null || !canTx(active)) {
      if (active !== null && dynamic) {
        this.clearBuckets(active, false);
      }
      return drop(active === null ? 'no-active-slave' : 'no-usable-slave');
    }
    return { slaves: [active.name], reason: { kind: 'active', active: active.name, cause } };
  }

  /**
   * Receive load balancing, simplified: an ARP frame to a new destination IP takes the next
   * usable slave in enslave order (rotating), later ones to that IP the same slave. MAC
   * rewriting, the update bursts and the receive side are not modelled.
   */
  private rlb(packet: SimPacket): Decision | undefined {
    const ip = packet.dst_ip;
    if (ip === undefined) {
      return undefined;
    }
    const known = this.rlbClients.get(ip);
    if (known !== undefined && canTx(known)) {
      return { slaves: [known.name], reason: { kind: 'rlb', assigned: known.name } };
    }
    for (let i = 0; i < this.slaves.length; i += 1) {
      const index = (this.rlbNext + i) % this.slaves.length;
      const slave = this.slaves[index];
      if (slave !== undefined && canTx(slave)) {
        this.rlbNext = index + 1;
        this.rlbClients.set(ip, slave);
        return { slaves: [slave.name], reason: { kind: 'rlb', assigned: slave.name } };
      }
    }
    return undefined;
  }

  /** tlb_clear_slave: unassign the slave's buckets, keeping (save) their load history. */
  private clearBuckets(slave: Slave, save: boolean): void {
    for (const bucket of this.buckets) {
      if (bucket.slave === slave) {
        if (save) {
          bucket.loadHistory = (1 + Math.floor(bucket.txBytes / 10)) >>> 0;
          bucket.txBytes = 0;
        }
        bucket.slave = null;
      }
    }
    slave.tlbLoad = 0;
  }

  /** bond_alb_monitor every 10 s: loads become history, buckets are handed out again. */
  private rebalance(): void {
    for (const slave of this.slaves) {
      this.clearBuckets(slave, true);
      if (slave === this.active) {
        slave.tlbLoad = Math.floor(this.unbalancedLoad / 10);
        this.unbalancedLoad = 0;
      }
    }
  }

  private schedule(entry: PendingInput): void {
    const item: Pending = { ...entry, seq: this.seq };
    this.seq += 1;
    this.pending.push(item);
    this.pending.sort((a, b) => a.atMs - b.atMs || a.seq - b.seq);
  }

  private log(event: TimelineEvent): void {
    this.events.push(event);
  }

  private apply(item: Pending): void {
    const slave = item.slave;
    if (item.kind === 'notify') {
      this.log({ atMs: item.atMs, kind: 'gratuitous-arp', slave: slave.name });
      return;
    }
    if (item.kind === 'carrier') {
      this.carrierChanged(slave, item.up, item.atMs);
      return;
    }
    if (item.kind === 'detect') {
      this.log({
        atMs: item.atMs,
        kind: item.up ? 'link-detected-up' : 'link-detected-down',
        slave: slave.name,
      });
      slave.link = item.up ? 'back' : 'fail';
      return;
    }
    slave.link = item.up ? 'up' : 'down';
    this.log({ atMs: item.atMs, kind: item.up ? 'slave-up' : 'slave-down', slave: slave.name });
    if (!item.up) {
      slave.linkFailures += 1;
      if (this.mode === 'balance-tlb' || this.mode === 'balance-alb') {
        this.clearBuckets(slave, false);
      }
    }
    this.reselect(item.atMs);
  }

  private carrierChanged(slave: Slave, up: boolean, atMs: number): void {
    if (slave.carrier === up) {
      return;
    }
    slave.carrier = up;
    this.pending = this.pending.filter(
      (item) => item.slave !== slave || (item.kind !== 'detect' && item.kind !== 'change'),
    );
    // A flap inside downdelay/updelay returns the slave to where it was at the next tick.
    if ((up && slave.link === 'fail') || (!up && slave.link === 'back')) {
      slave.link = up ? 'up' : 'down';
      return;
    }
    const reaction = linkReaction(
      this.monitor,
      this.options,
      { slave: slave.name, up, atMs },
      this.kernel,
      {
        backup: this.mode === 'active-backup' && slave !== this.active,
        noActive: this.active === null,
      },
    );
    if (reaction === undefined) {
      return;
    }
    this.schedule({ atMs: reaction.detectedAt, kind: 'detect', slave, up });
    this.schedule({ atMs: reaction.changedAt, kind: 'change', slave, up });
  }

  /**
   * bond_choose_primary_or_current (prio not modelled: every slave has prio 0, so the first UP
   * slave in enslave order is the fallback).
   */
  private choose(force: boolean): Slave | null {
    const primaryName = usesPrimary(this.mode) ? this.options.primary : undefined;
    const primary = primaryName === undefined ? undefined : this.byName(primaryName);
    const current = this.active;
    const currentUp = current !== null && current.link === 'up';
    if (primary === undefined || primary.link !== 'up') {
      return currentUp ? current : (this.slaves.find((slave) => slave.link === 'up') ?? null);
    }
    if (force || !currentUp) {
      return primary;
    }
    switch (this.options.primary_reselect ?? 'always') {
      case 'always':
        return primary;
      case 'better':
        // Equal speed keeps the current slave (every simulated slave is full duplex).
        return primary.speed > current.speed ? primary : current;
      case 'failure':
        return current;
    }
  }

  private reselect(atMs: number): void {
    const next = this.choose(false);
    if (next === this.active) {
      return;
    }
    this.active = next;
    this.log({ atMs, kind: 'active-changed', ...(next === null ? {} : { slave: next.name }) });
    if (next !== null && this.mode === 'active-backup') {
      for (const time of notificationTimes(this.monitor, this.options, atMs, this.kernel)) {
        if (time === atMs) {
          this.log({ atMs, kind: 'gratuitous-arp', slave: next.name });
        } else {
          this.schedule({ atMs: time, kind: 'notify', slave: next });
        }
      }
    }
  }
}

function drop(why: DropCode): Decision {
  return { slaves: [], reason: { kind: 'dropped', why } };
}

/**
 * A freshly created bond on one CPU with `bond.slaves` enslaved in order; slaves with `up: false`
 * start without carrier. `seed` drives packets_per_slave 0.
 * @example createSimulator(bond, { kernel: 'current' }).send(packet).slaves
 */
export function createSimulator(bond: SimBond, opts: SimulatorOptions): Simulator {
  return new BondSimulator(bond, opts);
}
