/**
 * Link monitoring in time: when the MII or ARP monitor notices a carrier change, when the slave's
 * state changes after downdelay/updelay, and the peer notifications after a failover
 * (shared/reference/kernel-bonding.md §1.2 mode 1, §2.2 miimon/updelay/downdelay/arp_*).
 */
import type { BondMode, BondOptions } from '../model/types';
import type { FailoverTimeline, Kernel, LinkEvent, TimelineEvent } from './types';

/** How a bond watches its links. */
export type Monitor =
  | { kind: 'mii'; miimon: number }
  | { kind: 'arp'; interval: number; missedMax: number }
  | { kind: 'none' };

/** Modes 4, 5 and 6 force miimon to 100 when it is 0 and refuse ARP monitoring (§2.2 `mode`). */
const FORCED_MII: readonly BondMode[] = ['802.3ad', 'balance-tlb', 'balance-alb'];

/**
 * The monitor in force. miimon wins over arp_interval (a later miimon write zeroes it, §2.3);
 * bonding 3.4.0 has no arp_missed_max and declares a slave down after two missed intervals.
 */
export function monitorOf(mode: BondMode, options: BondOptions, kernel: Kernel): Monitor {
  const miimon = options.miimon ?? 0;
  if (miimon > 0) {
    return { kind: 'mii', miimon };
  }
  if (FORCED_MII.includes(mode)) {
    return { kind: 'mii', miimon: 100 };
  }
  const interval = options.arp_interval ?? 0;
  if (interval > 0) {
    return {
      kind: 'arp',
      interval,
      missedMax: kernel === 'rhel5' ? 2 : (options.arp_missed_max ?? 2),
    };
  }
  return { kind: 'none' };
}

/** The first monitor tick strictly after `atMs`; ticks fall on multiples of `period` from 0. */
export function nextTick(atMs: number, period: number): number {
  return Math.floor(atMs / period) * period + period;
}

/** A delay option as the kernel stores it: a multiple of miimon, rounded down (§2.2). */
export function delayTicks(delayMs: number | undefined, miimon: number): number {
  return Math.floor((delayMs ?? 0) / miimon);
}

/** When the monitor sees a carrier change and when the slave's link state follows. */
export interface LinkReaction {
  detectedAt: number;
  changedAt: number;
}

/**
 * When a carrier change of `event` takes effect. `backup` says the slave is an active-backup
 * backup (ARP monitor: one extra miss); `noActive` that the bond has no active slave, which
 * makes the MII monitor skip updelay (bond_miimon_inspect `ignore_updelay`).
 * Returns undefined when nothing monitors links.
 */
export function linkReaction(
  monitor: Monitor,
  options: BondOptions,
  event: LinkEvent,
  kernel: Kernel,
  flags: { backup: boolean; noActive: boolean },
): LinkReaction | undefined {
  if (monitor.kind === 'none') {
    return undefined;
  }
  if (monitor.kind === 'mii') {
    const { miimon } = monitor;
    const detectedAt = nextTick(event.atMs, miimon);
    // bond_miimon_inspect: FAIL/BACK with delay = the multiplier, one decrement per tick.
    const ticks = event.up
      ? flags.noActive
        ? 0
        : delayTicks(options.updelay, miimon)
      : delayTicks(options.downdelay, miimon);
    return { detectedAt, changedAt: detectedAt + ticks * miimon };
  }
  const { interval, missedMax } = monitor;
  if (event.up) {
    // The first probe after the repair gets its reply; the next tick counts the slave up. As
    // for MII, a change at a tick's instant happens just after that tick.
    const probe = nextTick(event.atMs, interval);
    const upAt = probe + interval;
    return { detectedAt: upAt, changedAt: upAt };
  }
  // The last probe answered is the last tick before the cut. Current kernels
  // (bond_time_in_interval) allow missed_max intervals plus half an interval, so the slave falls
  // at last + (missed_max + 1) intervals; backups in active-backup get one more miss. Bonding
  // 3.4.0 tests `jiffies >= last + 2 * delta` (3 for backups).
  const lastAnswered = nextTick(event.atMs, interval) - interval;
  const misses = (kernel === 'rhel5' ? missedMax : missedMax + 1) + (flags.backup ? 1 : 0);
  const downAt = lastAnswered + misses * interval;
  return { detectedAt: downAt, changedAt: downAt };
}

/**
 * The times of the peer notifications (gratuitous ARP / unsolicited NA) after a failover at
 * `atMs`: `num_grat_arp` of them, the first at the failover, then one every peer_notif_delay
 * (a miimon multiple, 0 = one tick) — bond_change_active_slave and bond_should_notify_peers.
 */
export function notificationTimes(
  monitor: Monitor,
  options: BondOptions,
  atMs: number,
  kernel: Kernel,
): number[] {
  const count = options.num_grat_arp ?? 1;
  const tick =
    monitor.kind === 'mii' ? monitor.miimon : monitor.kind === 'arp' ? monitor.interval : 0;
  const every =
    kernel === 'current' && monitor.kind === 'mii'
      ? Math.max(1, delayTicks(options.peer_notif_delay, tick))
      : 1;
  return Array.from({ length: count }, (_, i) => atMs + i * every * tick);
}

/** Context of `failoverTimeline`: the bond's mode, and who takes over when the slave fails. */
export interface FailoverContext {
  mode?: BondMode;
  /** The slave was the active one (default true). */
  wasActive?: boolean;
  /** The slave that becomes active when it fails (default: none named). */
  successor?: string | null;
}

/**
 * The link monitor's reaction to one carrier change, as a timeline. For a cut of the active
 * slave of an active-backup bond it includes the failover and its gratuitous ARPs.
 * @example failoverTimeline({ miimon: 100, downdelay: 200 }, { slave: 'eth0', up: false, atMs: 250 }, 'current')
 */
export function failoverTimeline(
  options: BondOptions,
  event: LinkEvent,
  kernel: Kernel,
  context: FailoverContext = {},
): FailoverTimeline {
  const mode = context.mode ?? 'active-backup';
  const wasActive = context.wasActive ?? true;
  const monitor = monitorOf(mode, options, kernel);
  const reaction = linkReaction(monitor, options, event, kernel, {
    backup: mode === 'active-backup' && !wasActive,
    noActive: false,
  });
  if (reaction === undefined) {
    return { events: [], detectionMs: null, failoverMs: null };
  }
  const slave = event.slave;
  const events: TimelineEvent[] = [
    {
      atMs: reaction.detectedAt,
      kind: event.up ? 'link-detected-up' : 'link-detected-down',
      slave,
    },
    { atMs: reaction.changedAt, kind: event.up ? 'slave-up' : 'slave-down', slave },
  ];
  if (!event.up && wasActive && mode === 'active-backup') {
    const successor = context.successor ?? undefined;
    events.push({
      atMs: reaction.changedAt,
      kind: 'active-changed',
      ...(successor === undefined ? {} : { slave: successor }),
    });
    if (successor !== undefined) {
      for (const atMs of notificationTimes(monitor, options, reaction.changedAt, kernel)) {
        events.push({ atMs, kind: 'gratuitous-arp', slave: successor });
      }
    }
  }
  return {
    events,
    detectionMs: reaction.detectedAt - event.atMs,
    failoverMs: reaction.changedAt - event.atMs,
  };
}
