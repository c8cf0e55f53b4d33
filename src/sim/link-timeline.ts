/**
 * The bond in time: carrier changes queued at their instant, the link monitor's detect and
 * commit steps (link-monitor.ts), peer notifications, and the TLB/ALB rebalance every 10 s,
 * applied in order as the clock advances.
 */
import { linkReaction } from './link-monitor';
import { reselect } from './active-slave';
import {
  log,
  schedule,
  TLB_REBALANCE_MS,
  type BondState,
  type Pending,
  type Slave,
} from './bond-state';
import { clearBuckets, rebalance } from './tlb-buckets';

/** Queue a carrier change of `slave` at `atMs` (never in the past). */
export function queueCarrier(state: BondState, slave: Slave, up: boolean, atMs: number): void {
  schedule(state, { atMs: Math.max(atMs, state.nowMs), kind: 'carrier', slave, up });
}

/** Run everything due up to `toMs`, rebalances included, and move the clock there. */
export function advanceTo(state: BondState, toMs: number): void {
  const rebalances = state.mode === 'balance-tlb' || state.mode === 'balance-alb';
  for (;;) {
    const next = state.pending[0];
    const rebalanceAt = rebalances ? state.nextRebalanceMs : Infinity;
    if (next !== undefined && next.atMs <= toMs && next.atMs <= rebalanceAt) {
      state.pending.shift();
      state.nowMs = next.atMs;
      apply(state, next);
    } else if (rebalanceAt <= toMs) {
      state.nowMs = rebalanceAt;
      state.nextRebalanceMs += TLB_REBALANCE_MS;
      rebalance(state);
    } else {
      break;
    }
  }
  state.nowMs = Math.max(state.nowMs, toMs);
}

function apply(state: BondState, item: Pending): void {
  const slave = item.slave;
  if (item.kind === 'notify') {
    log(state, { atMs: item.atMs, kind: 'gratuitous-arp', slave: slave.name });
    return;
  }
  if (item.kind === 'carrier') {
    carrierChanged(state, slave, item.up, item.atMs);
    return;
  }
  if (item.kind === 'detect') {
    log(state, {
      atMs: item.atMs,
      kind: item.up ? 'link-detected-up' : 'link-detected-down',
      slave: slave.name,
    });
    slave.link = item.up ? 'back' : 'fail';
    return;
  }
  slave.link = item.up ? 'up' : 'down';
  log(state, { atMs: item.atMs, kind: item.up ? 'slave-up' : 'slave-down', slave: slave.name });
  if (!item.up) {
    slave.linkFailures += 1;
    if (state.mode === 'balance-tlb' || state.mode === 'balance-alb') {
      clearBuckets(state, slave, false);
    }
  }
  reselect(state, item.atMs);
}

function carrierChanged(state: BondState, slave: Slave, up: boolean, atMs: number): void {
  if (slave.carrier === up) {
    return;
  }
  slave.carrier = up;
  state.pending = state.pending.filter(
    (item) => item.slave !== slave || (item.kind !== 'detect' && item.kind !== 'change'),
  );
  // A flap inside downdelay/updelay returns the slave to where it was at the next tick.
  if ((up && slave.link === 'fail') || (!up && slave.link === 'back')) {
    slave.link = up ? 'up' : 'down';
    return;
  }
  const reaction = linkReaction(
    state.monitor,
    state.options,
    { slave: slave.name, up, atMs },
    state.kernel,
    {
      backup: state.mode === 'active-backup' && slave !== state.active,
      noActive: state.active === null,
    },
  );
  if (reaction === undefined) {
    return;
  }
  schedule(state, { atMs: reaction.detectedAt, kind: 'detect', slave, up });
  schedule(state, { atMs: reaction.changedAt, kind: 'change', slave, up });
}
