/**
 * A stateful bond on one CPU: the transmit decision of every mode (shared/reference/
 * kernel-bonding.md §1.2, §3.3–§3.6), the active slave and its reselection, the TLB bucket table
 * with its 10 s rebalancing, and the link monitor in time (link-monitor.ts).
 */
import { PacketReader, type ParsedPacket } from './packet';
import { chooseActive, viaActive } from './active-slave';
import { byName, canTx, createBondState, drop, type BondState } from './bond-state';
import { advanceTo, queueCarrier } from './link-timeline';
import { loadBalanced } from './tlb-buckets';
import { hashed } from './xmit-hashed';
import { roundRobin } from './xmit-round-robin';
import type {
  Decision,
  SimBond,
  SimPacket,
  SimState,
  SimulatorOptions,
  Simulator,
  TimelineEvent,
} from './types';

export { TLB_REBALANCE_MS } from './bond-state';
export { tlbGap } from './tlb-buckets';

class BondSimulator implements Simulator {
  private readonly bond: BondState;
  private readonly reader = new PacketReader();

  constructor(bond: SimBond, opts: SimulatorOptions) {
    this.bond = createBondState(bond, opts);
    // A primary named at creation wins once regardless of primary_reselect (force_primary).
    this.bond.active = chooseActive(this.bond, true);
  }

  send(packet: SimPacket): Decision {
    const parsed = this.reader.read(packet);
    const decision =
      this.bond.slaves.length === 0 ? drop('no-slaves') : this.decide(packet, parsed);
    if (decision.lost !== true) {
      const sent = decision.slaves;
      // An index loop: for-of builds an iterator here on every packet.
      for (let i = 0; i < sent.length; i += 1) {
        const slave = byName(this.bond, sent[i] ?? '');
        if (slave !== undefined) {
          slave.packets += 1;
          slave.bytes += parsed.size;
        }
      }
    }
    return decision;
  }

  setLink(slave: string, up: boolean, atMs: number): void {
    const target = byName(this.bond, slave);
    if (target === undefined) {
      throw new RangeError(`unknown slave ${slave}`);
    }
    queueCarrier(this.bond, target, up, atMs);
  }

  advance(toMs: number): TimelineEvent[] {
    const before = this.bond.events.length;
    advanceTo(this.bond, toMs);
    return this.bond.events.slice(before);
  }

  state(): SimState {
    const bond = this.bond;
    return {
      nowMs: bond.nowMs,
      kernel: bond.kernel,
      mode: bond.mode,
      active: bond.active?.name ?? null,
      slaves: bond.slaves.map((slave) => ({ ...slave })),
      rrCounter: bond.rrCounter,
      tlbBuckets: bond.buckets.flatMap((bucket, index) =>
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
      events: bond.events.map((event) => ({ ...event })),
    };
  }

  private decide(packet: SimPacket, parsed: ParsedPacket): Decision {
    const bond = this.bond;
    switch (bond.mode) {
      case 'balance-rr':
        return roundRobin(bond, parsed);
      case 'active-backup':
        return viaActive(bond, 'active-backup');
      case 'broadcast': {
        const up = bond.slaves.filter(canTx);
        const skipped = bond.slaves.filter((slave) => !canTx(slave)).map((slave) => slave.name);
        return up.length === 0
          ? drop('no-usable-slave')
          : { slaves: up.map((slave) => slave.name), reason: { kind: 'broadcast', skipped } };
      }
      case 'balance-xor':
      case '802.3ad':
        return hashed(bond, packet, parsed, bond.mode === 'balance-xor' && bond.kernel === 'rhel5');
      case 'balance-tlb':
      case 'balance-alb':
        return loadBalanced(bond, packet, parsed);
    }
  }
}

/**
 * A freshly created bond on one CPU with `bond.slaves` enslaved in order; slaves with `up: false`
 * start without carrier. `seed` drives packets_per_slave 0.
 * @example createSimulator(bond, { kernel: 'current' }).send(packet).slaves
 */
export function createSimulator(bond: SimBond, opts: SimulatorOptions): Simulator {
  return new BondSimulator(bond, opts);
}
