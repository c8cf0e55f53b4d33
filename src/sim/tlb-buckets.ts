/**
 * balance-tlb / balance-alb transmit (shared/reference/kernel-bonding.md §3.5): the 256-bucket
 * hash table, assigning a fresh bucket to the least loaded slave, the unbalanced traffic on the
 * active slave, and clearing buckets on link loss and at each 10 s rebalance.
 */
import { hashParsed, simpleHash } from './hash';
import type { ParsedPacket } from './packet';
import { rlb } from './alb-rlb';
import { byName, canTx, drop, type BondState, type Slave } from './bond-state';
import { classifyTlbFrame } from './tlb-classify';
import { explained, hashed, traceFor } from './xmit-hashed';
import type { ActiveCause, Decision, Kernel, SimPacket, TlbGap } from './types';

/**
 * compute_gap `(s64)(speed << 20) − (s64)(load << 3)`: `load` is u32 and so is `speed` in current
 * kernels, so both shifts wrap at 32 bits (a 25 Gb/s slave looks slower than a 1 Gb/s one).
 * Bonding 3.4.0 has a u16 speed, promoted to int: the shift wraps as a signed 32-bit value.
 */
export function tlbGap(speed: number, load: number, kernel: Kernel): number {
  const capacity = kernel === 'rhel5' ? speed << 20 : (speed << 20) >>> 0;
  return capacity - ((load << 3) >>> 0);
}

/** The slave balance-tlb / balance-alb sends this frame through; updates buckets and loads. */
export function loadBalanced(state: BondState, packet: SimPacket, parsed: ParsedPacket): Decision {
  const dynamic = state.kernel === 'rhel5' || (state.options.tlb_dynamic_lb ?? 'on') === 'on';
  const verdict = classifyTlbFrame(state.mode, state.kernel, parsed);
  if (!verdict.balance) {
    if (verdict.cause === 'arp' && state.mode === 'balance-alb') {
      const assigned = rlb(state, packet);
      if (assigned !== undefined) {
        return assigned;
      }
    }
    return unbalanced(state, verdict.cause, dynamic, parsed.size);
  }
  if (!dynamic) {
    const decision = hashed(state, packet, parsed, false);
    return decision.slaves.length === 0
      ? unbalanced(state, 'unassigned', false, parsed.size)
      : decision;
  }
  const alb = state.mode === 'balance-alb' || state.kernel === 'rhel5';
  const source = alb ? 'simple-hash' : 'xmit-hash';
  const policy = state.options.xmit_hash_policy ?? 'layer2';
  const trace = traceFor(state);
  let hash: number;
  if (alb) {
    hash = simpleHash(parsed.ip?.dst ?? []);
    trace?.inputs.push({ name: 'dst_ip', value: packet.dst_ip ?? '' });
    trace?.steps.push({ label: 'xor-dst-bytes', value: hash });
  } else {
    hash = hashParsed(policy, packet, parsed, state.kernel, state.bondMacBytes, trace);
  }
  const bucketIndex = hash & 0xff;
  const bucket = state.buckets[bucketIndex];
  if (bucket === undefined) {
    return drop('no-usable-slave');
  }
  let gaps: TlbGap[] = [];
  const fresh = bucket.slave === null;
  if (fresh) {
    gaps = state.slaves.filter(canTx).map((slave) => ({
      slave: slave.name,
      speed: slave.speed,
      load: slave.tlbLoad,
      gap: tlbGap(slave.speed, slave.tlbLoad, state.kernel),
    }));
    // tlb_get_least_loaded_slave: the first slave with the strictly largest gap.
    let best: TlbGap | undefined;
    for (const gap of gaps) {
      if (best === undefined || gap.gap > best.gap) {
        best = gap;
      }
    }
    const chosen = best === undefined ? undefined : byName(state, best.slave);
    if (chosen !== undefined) {
      bucket.slave = chosen;
      chosen.tlbLoad = (chosen.tlbLoad + bucket.loadHistory) >>> 0;
    }
  }
  const assigned = bucket.slave;
  if (assigned === null) {
    return unbalanced(state, 'unassigned', true, parsed.size);
  }
  bucket.txBytes = (bucket.txBytes + parsed.size) >>> 0;
  if (!canTx(assigned)) {
    // bond_do_alb_xmit: a bucket whose slave cannot send drops the frame and frees the slave's
    // buckets.
    clearBuckets(state, assigned, false);
    return drop('no-usable-slave');
  }
  return {
    slaves: [assigned.name],
    reason: {
      kind: 'tlb',
      source,
      inputs: explained(trace).inputs,
      steps: explained(trace).steps,
      hash,
      bucket: bucketIndex,
      assigned: assigned.name,
      fresh,
      gaps,
    },
  };
}

/** Frames nobody balanced go out of the active slave (bond_do_alb_xmit). */
function unbalanced(
  state: BondState,
  cause: ActiveCause,
  dynamic: boolean,
  size: number,
): Decision {
  if (dynamic) {
    state.unbalancedLoad = (state.unbalancedLoad + size) >>> 0;
  }
  const active = state.active;
  if (active === null || !canTx(active)) {
    if (active !== null && dynamic) {
      clearBuckets(state, active, false);
    }
    return drop(active === null ? 'no-active-slave' : 'no-usable-slave');
  }
  return { slaves: [active.name], reason: { kind: 'active', active: active.name, cause } };
}

/** tlb_clear_slave: unassign the slave's buckets, keeping (save) their load history. */
export function clearBuckets(state: BondState, slave: Slave, save: boolean): void {
  for (const bucket of state.buckets) {
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
export function rebalance(state: BondState): void {
  for (const slave of state.slaves) {
    clearBuckets(state, slave, true);
    if (slave === state.active) {
      slave.tlbLoad = Math.floor(state.unbalancedLoad / 10);
      state.unbalancedLoad = 0;
    }
  }
}
