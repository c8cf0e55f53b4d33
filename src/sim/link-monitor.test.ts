/**
 * Failover timing derived by hand from shared/reference/kernel-bonding.md §2.2 (miimon,
 * updelay/downdelay as miimon multiples, peer_notif_delay, arp_interval, arp_missed_max) and
 * §1.2 mode 1 (gratuitous ARPs after a failover).
 */
import { describe, expect, it } from 'vitest';
import type { BondOptions } from '../model/types';
import { failoverTimeline, monitorOf, nextTick } from './link-monitor';
import type { Kernel, TimelineEvent } from './types';

const cut = (atMs: number) => ({ slave: 'eth0', up: false, atMs });
const repair = (atMs: number) => ({ slave: 'eth0', up: true, atMs });

describe('nextTick', () => {
  it.each([
    [250, 100, 300],
    [300, 100, 400],
    [0, 100, 100],
    [2500, 1000, 3000],
  ])('after %d ms with period %d: %d', (at, period, tick) => {
    expect(nextTick(at, period)).toBe(tick);
  });
});

describe('monitorOf', () => {
  it.each<[string, Parameters<typeof monitorOf>, ReturnType<typeof monitorOf>]>([
    [
      'miimon wins over arp_interval',
      ['balance-rr', { miimon: 50, arp_interval: 1000 }, 'current'],
      { kind: 'mii', miimon: 50 },
    ],
    ['802.3ad forces miimon 100', ['802.3ad', {}, 'current'], { kind: 'mii', miimon: 100 }],
    [
      'ARP with the default two misses',
      ['active-backup', { arp_interval: 1000 }, 'current'],
      { kind: 'arp', interval: 1000, missedMax: 2 },
    ],
    [
      'RHEL5 ignores arp_missed_max',
      ['active-backup', { arp_interval: 1000, arp_missed_max: 5 }, 'rhel5'],
      { kind: 'arp', interval: 1000, missedMax: 2 },
    ],
    ['nothing monitors balance-rr by default', ['balance-rr', {}, 'current'], { kind: 'none' }],
  ])('%s', (_name, args, expected) => {
    expect(monitorOf(...args)).toEqual(expected);
  });
});

describe('failoverTimeline', () => {
  it.each<[string, BondOptions, ReturnType<typeof cut>, Kernel, number | null, number | null]>([
    // Cut at 250, ticks every 100: noticed at 300 (50 ms), no downdelay.
    ['miimon 100', { miimon: 100 }, cut(250), 'current', 50, 50],
    // downdelay 250 → floor(250 / 100) = 2 ticks: down at 300 + 200 = 500 (250 ms after the cut).
    [
      'downdelay rounds down to ticks',
      { miimon: 100, downdelay: 250 },
      cut(250),
      'current',
      50,
      250,
    ],
    // A cut exactly on a tick is seen by the next one: 300 → 400.
    ['cut on a tick', { miimon: 100 }, cut(300), 'current', 100, 100],
    // Repair at 1000: noticed at 1100; updelay 350 → 3 ticks → up at 1400.
    ['updelay', { miimon: 100, updelay: 350 }, repair(1000), 'current', 100, 400],
    // ARP every 1000 ms, cut at 2500: last reply to the 2000 probe; down after missed_max + 1 = 3
    // intervals (2 missed plus the half interval of slack) → 5000.
    ['ARP monitor', { arp_interval: 1000 }, cut(2500), 'current', 2500, 2500],
    // arp_missed_max 4 → 2000 + 5 × 1000 = 7000.
    [
      'ARP monitor, 4 misses',
      { arp_interval: 1000, arp_missed_max: 4 },
      cut(2500),
      'current',
      4500,
      4500,
    ],
    // RHEL5: jiffies ≥ last + 2 intervals → 4000.
    ['ARP monitor, RHEL5', { arp_interval: 1000 }, cut(2500), 'rhel5', 1500, 1500],
    // Repair at 2500: the 3000 probe is answered, the 4000 tick brings the slave up.
    ['ARP repair', { arp_interval: 1000 }, repair(2500), 'current', 1500, 1500],
    // Repair exactly at 3000: the 3000 probe went out before it, so 4000 probes, 5000 counts.
    ['ARP repair on a tick', { arp_interval: 1000 }, repair(3000), 'current', 2000, 2000],
    ['no monitoring', {}, cut(250), 'current', null, null],
  ])('%s', (_name, options, event, kernel, detection, failover) => {
    const timeline = failoverTimeline(options, event, kernel, { mode: 'balance-rr' });
    expect([timeline.detectionMs, timeline.failoverMs]).toEqual([detection, failover]);
  });

  it('active-backup backups get one more ARP miss: 2000 + 4 × 1000 = 6000', () => {
    const timeline = failoverTimeline({ arp_interval: 1000 }, cut(2500), 'current', {
      wasActive: false,
    });
    expect(timeline.failoverMs).toBe(3500);
  });

  it.each<[string, BondOptions, number[]]>([
    // num_grat_arp 1 (default): one notification at the failover.
    ['one by default', { miimon: 100 }, [300]],
    // peer_notif_delay 0 means one tick: 300, 400.
    ['two, one tick apart', { miimon: 100, num_grat_arp: 2 }, [300, 400]],
    // peer_notif_delay 250 → 2 ticks: 300, 500, 700.
    [
      'three, two ticks apart',
      { miimon: 100, num_grat_arp: 3, peer_notif_delay: 250 },
      [300, 500, 700],
    ],
    ['none', { miimon: 100, num_grat_arp: 0 }, []],
  ])('gratuitous ARPs: %s', (_name, options, times) => {
    const timeline = failoverTimeline(options, cut(250), 'current', { successor: 'eth1' });
    const expected: TimelineEvent[] = [
      { atMs: 300, kind: 'link-detected-down', slave: 'eth0' },
      { atMs: 300, kind: 'slave-down', slave: 'eth0' },
      { atMs: 300, kind: 'active-changed', slave: 'eth1' },
      ...times.map((atMs) => ({ atMs, kind: 'gratuitous-arp' as const, slave: 'eth1' })),
    ];
    expect(timeline.events).toEqual(expected);
  });
});
