/**
 * The active slave: which one bond_choose_primary_or_current picks (primary, primary_reselect),
 * its reselection when a link changes with the peer notifications of active-backup, and
 * transmitting through it.
 */
import { notificationTimes } from './link-monitor';
import { byName, drop, log, schedule, type BondState, type Slave } from './bond-state';
import type { ActiveCause, Decision, SimBond } from './types';

/** Modes whose `primary` option counts (bond_uses_primary). */
function usesPrimary(mode: SimBond['mode']): boolean {
  return mode === 'active-backup' || mode === 'balance-tlb' || mode === 'balance-alb';
}

/**
 * bond_choose_primary_or_current (prio not modelled: every slave has prio 0, so the first UP
 * slave in enslave order is the fallback). `force` makes an UP primary win (force_primary).
 */
export function chooseActive(state: BondState, force: boolean): Slave | null {
  const primaryName = usesPrimary(state.mode) ? state.options.primary : undefined;
  const primary = primaryName === undefined ? undefined : byName(state, primaryName);
  const current = state.active;
  const currentUp = current !== null && current.link === 'up';
  if (primary === undefined || primary.link !== 'up') {
    return currentUp ? current : (state.slaves.find((slave) => slave.link === 'up') ?? null);
  }
  if (force || !currentUp) {
    return primary;
  }
  switch (state.options.primary_reselect ?? 'always') {
    case 'always':
      return primary;
    case 'better':
      // Equal speed keeps the current slave (every simulated slave is full duplex).
      return primary.speed > current.speed ? primary : current;
    case 'failure':
      return current;
  }
}

/** After a link change at `atMs`: switch the active slave if needed and notify the peers. */
export function reselect(state: BondState, atMs: number): void {
  const next = chooseActive(state, false);
  if (next === state.active) {
    return;
  }
  state.active = next;
  log(state, { atMs, kind: 'active-changed', ...(next === null ? {} : { slave: next.name }) });
  if (next !== null && state.mode === 'active-backup') {
    for (const time of notificationTimes(state.monitor, state.options, atMs, state.kernel)) {
      if (time === atMs) {
        log(state, { atMs, kind: 'gratuitous-arp', slave: next.name });
      } else {
        schedule(state, { atMs: time, kind: 'notify', slave: next });
      }
    }
  }
}

/** The frame goes out of the active slave, for `cause`. */
export function viaActive(state: BondState, cause: ActiveCause): Decision {
  const active = state.active;
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
