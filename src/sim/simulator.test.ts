/**
 * The simulator's transmit decisions and state, with sequences derived by hand from
 * shared/reference/kernel-bonding.md §1.2 and §3.3–§3.6 (arithmetic in the comments).
 */
import { describe, expect, it } from 'vitest';
import type { BondMode, BondOptions } from '../model/types';
import { failoverTimeline } from './link-monitor';
import { createSimulator, tlbGap } from './simulator';
import type { Decision, Kernel, SimBond, SimPacket, SimSlave } from './types';

function slave(n: number, up = true, speed = 1000): SimSlave {
  return { name: `eth${n}`, up, speed, mac: `00:1a:64:00:00:0${n + 1}` };
}

function bond(mode: BondMode, options: BondOptions, slaves: SimSlave[]): SimBond {
  return { mode, options, slaves, mac: slaves[0]?.mac ?? '00:00:00:00:00:00' };
}

function run(b: SimBond, packets: SimPacket[], kernel: Kernel = 'current', seed?: number) {
  const sim = createSimulator(b, seed === undefined ? { kernel } : { kernel, seed });
  return packets.map((packet) => sim.send(packet));
}

const names = (decisions: { slaves: string[] }[]) => decisions.map((d) => d.slaves.join('+'));

// src byte 5 = 0x01, dst byte 5 = 0x07: layer2 hash = 0x07 ^ 0x01 ^ 0x0800 = 0x0806 = 2054.
const TCP4: SimPacket = {
  src_mac: '00:1a:64:00:00:01',
  dst_mac: '00:00:5e:00:01:07',
  src_ip: '192.168.1.3',
  dst_ip: '192.168.1.1',
  proto: 'tcp',
  src_port: 40000,
  dst_port: 443,
};
const times = (n: number, packet: SimPacket = TCP4) => Array<SimPacket>(n).fill(packet);

describe('balance-rr (§3.5)', () => {
  it('pre-increments a counter from 0: with 2 slaves the first packet takes index 1', () => {
    // counter 1 % 2 = 1, 2 % 2 = 0, 3 % 2 = 1, 4 % 2 = 0.
    expect(names(run(bond('balance-rr', {}, [slave(0), slave(1)]), times(4)))).toEqual([
      'eth1',
      'eth0',
      'eth1',
      'eth0',
    ]);
  });

  it('packets_per_slave 3 divides the counter: floor(1..7 / 3) = 0,0,1,1,1,2,2', () => {
    // % 2 → 0,0,1,1,1,0,0.
    const decisions = run(
      bond('balance-rr', { packets_per_slave: 3 }, [slave(0), slave(1)]),
      times(7),
    );
    expect(names(decisions)).toEqual(['eth0', 'eth0', 'eth1', 'eth1', 'eth1', 'eth0', 'eth0']);
    expect(decisions[2]?.reason).toEqual({
      kind: 'round-robin',
      counter: 3,
      packetsPerSlave: 3,
      id: 1,
      slaveCount: 2,
      startIndex: 1,
      skipped: [],
    });
  });

  it('counts all slaves and walks past a down one to the next in list order', () => {
    // 3 slaves, eth1 down: ids 1,2,3,4 → indexes 1,2,0,1; index 1 walks on to eth2.
    const decisions = run(bond('balance-rr', {}, [slave(0), slave(1, false), slave(2)]), times(4));
    expect(names(decisions)).toEqual(['eth2', 'eth2', 'eth0', 'eth2']);
    expect(decisions[0]?.reason).toMatchObject({ startIndex: 1, skipped: ['eth1'] });
  });

  it('packets_per_slave 0 draws ids from the seeded generator and leaves the counter alone', () => {
    const b = bond('balance-rr', { packets_per_slave: 0 }, [slave(0), slave(1), slave(2)]);
    const first = run(b, times(8), 'current', 7);
    expect(run(b, times(8), 'current', 7)).toEqual(first);
    expect(names(run(b, times(8), 'current', 8))).not.toEqual(names(first));
    for (const decision of first) {
      if (decision.reason.kind !== 'round-robin') throw new Error('expected round-robin');
      expect(decision.reason.counter).toBe(0);
      expect(decision.reason.startIndex).toBe(decision.reason.id % 3);
    }
  });

  it('sends IGMP by the active slave without touching the counter', () => {
    const igmp: SimPacket = { ...TCP4, proto: 2 };
    const decisions = run(bond('balance-rr', {}, [slave(0), slave(1)]), [igmp, TCP4]);
    expect(decisions.map((d) => d.reason.kind)).toEqual(['igmp', 'round-robin']);
    expect(names(decisions)).toEqual(['eth0', 'eth1']);
  });

  it('RHEL5 post-increments: the first packet takes index 0', () => {
    const decisions = run(bond('balance-rr', {}, [slave(0), slave(1)]), times(3), 'rhel5');
    expect(names(decisions)).toEqual(['eth0', 'eth1', 'eth0']);
    expect(decisions[0]?.reason).toMatchObject({ id: 0, counter: 1 });
  });

  it('RHEL5 counter is a u16: after 65536 packets it is back at 0', () => {
    const sim = createSimulator(bond('balance-rr', {}, [slave(0), slave(1), slave(2)]), {
      kernel: 'rhel5',
    });
    for (let i = 0; i < 65536; i += 1) sim.send(TCP4);
    expect(sim.state().rrCounter).toBe(0);
    // id 0 % 3 = 0.
    expect(sim.send(TCP4).slaves).toEqual(['eth0']);
  });

  it('drops when no slave can send', () => {
    expect(run(bond('balance-rr', {}, [slave(0, false)]), [TCP4])[0]).toEqual({
      slaves: [],
      reason: { kind: 'dropped', why: 'no-usable-slave' },
    });
  });
});

describe('active-backup (§1.2 mode 1)', () => {
  const ab = (options: BondOptions, slaves = [slave(0), slave(1)]) =>
    createSimulator(bond('active-backup', { miimon: 100, ...options }, slaves), {
      kernel: 'current',
    });

  it.each<[string, BondOptions, SimSlave[], string | null]>([
    ['first UP slave in enslave order', {}, [slave(0), slave(1)], 'eth0'],
    ['skips a slave without carrier', {}, [slave(0, false), slave(1)], 'eth1'],
    [
      'a primary wins at creation',
      { primary: 'eth1', primary_reselect: 'failure' },
      [slave(0), slave(1)],
      'eth1',
    ],
    ['none when nothing is up', {}, [slave(0, false), slave(1, false)], null],
  ])('initial active: %s', (_name, options, slaves, active) => {
    expect(ab(options, slaves).state().active).toBe(active);
  });

  it('fails over to the next UP slave at the detecting tick and loses frames before it', () => {
    const sim = ab({});
    sim.setLink('eth0', false, 250);
    sim.advance(299);
    expect(sim.send(TCP4)).toEqual({
      slaves: ['eth0'],
      reason: { kind: 'active', active: 'eth0', cause: 'active-backup' },
      lost: true,
    });
    expect(sim.advance(300)).toEqual([
      { atMs: 300, kind: 'link-detected-down', slave: 'eth0' },
      { atMs: 300, kind: 'slave-down', slave: 'eth0' },
      { atMs: 300, kind: 'active-changed', slave: 'eth1' },
      { atMs: 300, kind: 'gratuitous-arp', slave: 'eth1' },
    ]);
    expect(sim.send(TCP4).slaves).toEqual(['eth1']);
    expect(sim.state().slaves.map((s) => [s.name, s.link, s.linkFailures, s.packets])).toEqual([
      ['eth0', 'down', 1, 0],
      ['eth1', 'up', 0, 1],
    ]);
  });

  // eth0 (primary) is cut at 250 and restored at 1000: down at 300, back up at 1100. Which slave
  // is active after 1100 follows primary_reselect (better: higher speed wins, equal keeps).
  it.each<[string, BondOptions, SimSlave[], string]>([
    ['no primary: the current slave stays', {}, [slave(0), slave(1)], 'eth1'],
    ['always: the primary returns', { primary: 'eth0' }, [slave(0), slave(1)], 'eth0'],
    [
      'better, same speed: stays',
      { primary: 'eth0', primary_reselect: 'better' },
      [slave(0), slave(1)],
      'eth1',
    ],
    [
      'better, faster primary: returns',
      { primary: 'eth0', primary_reselect: 'better' },
      [slave(0, true, 10000), slave(1)],
      'eth0',
    ],
    [
      'failure: stays',
      { primary: 'eth0', primary_reselect: 'failure' },
      [slave(0), slave(1)],
      'eth1',
    ],
  ])('reselection after the primary returns: %s', (_name, options, slaves, active) => {
    const sim = ab(options, slaves);
    sim.setLink('eth0', false, 250);
    sim.setLink('eth0', true, 1000);
    sim.advance(1099);
    expect(sim.state().active).toBe('eth1');
    sim.advance(1100);
    expect(sim.state().active).toBe(active);
  });

  it('drops when no slave is left', () => {
    const sim = ab({}, [slave(0)]);
    sim.setLink('eth0', false, 0);
    sim.advance(100);
    expect(sim.send(TCP4)).toEqual({
      slaves: [],
      reason: { kind: 'dropped', why: 'no-active-slave' },
    });
  });

  it('matches failoverTimeline for a repair with updelay (350 ms → 3 ticks)', () => {
    const options: BondOptions = { miimon: 100, updelay: 350 };
    const sim = ab(options);
    sim.setLink('eth1', false, 0);
    sim.advance(500);
    sim.setLink('eth1', true, 1000);
    const expected = failoverTimeline(options, { slave: 'eth1', up: true, atMs: 1000 }, 'current');
    expect(sim.advance(5000)).toEqual(expected.events);
    expect(expected.events.map((e) => e.atMs)).toEqual([1100, 1400]);
  });

  it('a cable restored within downdelay never takes the slave down', () => {
    const sim = ab({ downdelay: 300 });
    sim.setLink('eth0', false, 250);
    sim.setLink('eth0', true, 450);
    expect(sim.advance(2000)).toEqual([{ atMs: 300, kind: 'link-detected-down', slave: 'eth0' }]);
    expect(sim.state().slaves[0]).toMatchObject({ link: 'up', linkFailures: 0 });
    expect(sim.state().active).toBe('eth0');
  });

  it('matches failoverTimeline for a cut with downdelay and three gratuitous ARPs', () => {
    const options: BondOptions = {
      miimon: 100,
      downdelay: 250,
      num_grat_arp: 3,
      peer_notif_delay: 200,
    };
    const sim = ab(options);
    sim.setLink('eth0', false, 250);
    const expected = failoverTimeline(options, { slave: 'eth0', up: false, atMs: 250 }, 'current', {
      successor: 'eth1',
    });
    expect(sim.advance(5000)).toEqual(expected.events);
  });
});

describe('balance-xor and 802.3ad (§3.3, §3.6)', () => {
  const three = (down?: number) => [0, 1, 2].map((n) => slave(n, n !== down));

  it.each<[string, BondMode, BondOptions, number | undefined, Kernel, string, number]>([
    // 2054 % 3 = 2.
    ['layer2, 3 usable', 'balance-xor', {}, undefined, 'current', 'eth2', 2],
    // usable [eth0, eth2]: 2054 % 2 = 0.
    ['layer2, eth1 down', 'balance-xor', {}, 1, 'current', 'eth0', 0],
    // 0x5cdc7c32 = 1557953586; % 3 = 0.
    [
      '802.3ad layer3+4',
      '802.3ad',
      { xmit_hash_policy: 'layer3+4' },
      undefined,
      'current',
      'eth0',
      0,
    ],
    // usable [eth1, eth2]: 1557953586 % 2 = 0 → eth1.
    [
      '802.3ad layer3+4, eth0 down',
      '802.3ad',
      { xmit_hash_policy: 'layer3+4' },
      0,
      'current',
      'eth1',
      0,
    ],
    // RHEL5: (0x07 ^ bondmac[5] 0x01) = 6; 6 % 3 = 0.
    ['rhel5 layer2', 'balance-xor', {}, undefined, 'rhel5', 'eth0', 0],
    // RHEL5: index 0 over all slaves, eth0 down → walk to eth1.
    ['rhel5 layer2, eth0 down', 'balance-xor', {}, 0, 'rhel5', 'eth1', 0],
  ])('%s', (_name, mode, options, down, kernel, expected, index) => {
    const decision = run(bond(mode, { miimon: 100, ...options }, three(down)), [TCP4], kernel)[0];
    expect(decision?.slaves).toEqual([expected]);
    expect(decision?.reason).toMatchObject({ kind: 'hash', index });
  });

  it('RHEL5 reports the walk over all slaves', () => {
    const decision = run(bond('balance-xor', {}, three(0)), [TCP4], 'rhel5')[0];
    expect(decision?.reason).toMatchObject({ pool: 'all', count: 3, hash: 6, skipped: ['eth0'] });
  });
});

describe('broadcast', () => {
  it('copies to every slave that is up', () => {
    const decision = run(bond('broadcast', {}, [slave(0), slave(1, false), slave(2)]), [TCP4])[0];
    expect(decision).toEqual({
      slaves: ['eth0', 'eth2'],
      reason: { kind: 'broadcast', skipped: ['eth1'] },
    });
  });
});

describe('balance-tlb and balance-alb (§1.2 modes 5 and 6)', () => {
  // dst byte 5 0x08: 0x08 ^ 0x01 ^ 0x0800 = 0x0809 → bucket 0x09; TCP4 → bucket 0x06.
  const OTHER: SimPacket = { ...TCP4, dst_mac: '00:00:5e:00:01:08' };

  it('compute_gap shifts wrap at 32 bits', () => {
    // 1000 << 20 = 1048576000; 25000 × 1048576 = 26214400000 − 6 × 2^32 = 444596224.
    expect(tlbGap(1000, 0, 'current')).toBe(1048576000);
    expect(tlbGap(25000, 0, 'current')).toBe(444596224);
    // load 151 → 151 << 3 = 1208.
    expect(tlbGap(1000, 151, 'current')).toBe(1048574792);
  });

  it('gives new buckets to the largest gap and rebalances every 10 s', () => {
    const sim = createSimulator(bond('balance-tlb', { miimon: 100 }, [slave(0), slave(1)]), {
      kernel: 'current',
    });
    // Loads start at 0: equal gaps, the first slave wins both buckets.
    expect([sim.send(TCP4), sim.send(OTHER)].map((d) => d.slaves[0])).toEqual(['eth0', 'eth0']);
    sim.advance(10_000);
    // Each bucket carried 1500 bytes: load history 1 + 1500 / 10 = 151, buckets freed.
    expect(sim.state().tlbBuckets).toEqual([]);
    const first = sim.send(TCP4);
    expect(first.reason).toMatchObject({ kind: 'tlb', bucket: 6, assigned: 'eth0', fresh: true });
    // eth0 now holds load 151: gap 1048574792 < eth1's 1048576000.
    const second = sim.send(OTHER);
    expect(second.reason).toMatchObject({
      kind: 'tlb',
      bucket: 9,
      assigned: 'eth1',
      gaps: [
        { slave: 'eth0', speed: 1000, load: 151, gap: 1048574792 },
        { slave: 'eth1', speed: 1000, load: 0, gap: 1048576000 },
      ],
    });
    expect(sim.send(TCP4).reason).toMatchObject({ assigned: 'eth0', fresh: false, gaps: [] });
  });

  it('rebalances at 10 s even when a link event falls on the same instant', () => {
    const sim = createSimulator(bond('balance-tlb', { miimon: 100 }, [slave(0), slave(1)]), {
      kernel: 'current',
    });
    sim.send(TCP4);
    // eth1's cut at 9950 is noticed at the 10000 tick, the same instant as the rebalance.
    sim.setLink('eth1', false, 9950);
    sim.advance(10_000);
    expect(sim.state().tlbBuckets).toEqual([]);
    sim.advance(20_000);
    expect(sim.state().nowMs).toBe(20_000);
  });

  it('a 25 Gb/s slave loses to a 1 Gb/s one (u32 wrap of speed << 20)', () => {
    expect(
      run(bond('balance-tlb', {}, [slave(0), slave(1, true, 25000)]), [OTHER])[0]?.slaves,
    ).toEqual(['eth0']);
  });

  it.each<[string, BondMode, BondOptions, SimPacket, string, string]>([
    [
      'tlb: unicast ARP is not IP',
      'balance-tlb',
      {},
      { src_mac: TCP4.src_mac, dst_mac: TCP4.dst_mac },
      'eth0',
      'not-ip',
    ],
    [
      'tlb: multicast destination',
      'balance-tlb',
      {},
      { ...TCP4, dst_mac: '01:00:5e:00:00:01' },
      'eth0',
      'not-unicast',
    ],
    ['alb: IGMP', 'balance-alb', {}, { ...TCP4, proto: 2 }, 'eth0', 'igmp'],
    [
      'alb: IPv6 DAD from ::',
      'balance-alb',
      {},
      { ...TCP4, src_ip: '::', dst_ip: 'ff02::1:ff00:1' },
      'eth0',
      'ipv6-excluded',
    ],
  ])('%s → active slave', (_name, mode, options, packet, expected, cause) => {
    const decision = run(bond(mode, options, [slave(0), slave(1)]), [packet])[0];
    expect(decision).toEqual({
      slaves: [expected],
      reason: { kind: 'active', active: expected, cause },
    });
  });

  it('tlb_dynamic_lb off hashes onto the usable slaves', () => {
    // layer3+4: 0x5cdc7c32 % 2 = 0.
    const decision = run(
      bond('balance-tlb', { tlb_dynamic_lb: 'off', xmit_hash_policy: 'layer3+4' }, [
        slave(0),
        slave(1),
      ]),
      [TCP4],
    )[0];
    expect(decision?.reason).toMatchObject({ kind: 'hash', hash: 0x5cdc7c32, count: 2, index: 0 });
  });

  it.each<[Kernel, BondMode]>([
    ['current', 'balance-alb'],
    ['rhel5', 'balance-tlb'],
  ])('%s %s buckets by _simple_hash of the destination IP', (kernel, mode) => {
    // 192.168.1.1: 0xc0 ^ 0xa8 ^ 0x01 ^ 0x01 = 0x68 = bucket 104.
    const decision = run(bond(mode, {}, [slave(0), slave(1)]), [TCP4], kernel)[0];
    expect(decision?.reason).toMatchObject({ kind: 'tlb', source: 'simple-hash', bucket: 104 });
  });

  it('alb: ARP peers are spread over the slaves in turn (RLB, simplified)', () => {
    const arp = (dst_ip: string): SimPacket => ({
      src_mac: TCP4.src_mac,
      dst_mac: 'ff:ff:ff:ff:ff:ff',
      ethertype: 0x0806,
      src_ip: '192.168.1.3',
      dst_ip,
    });
    const decisions = run(bond('balance-alb', {}, [slave(0), slave(1)]), [
      arp('192.168.1.10'),
      arp('192.168.1.11'),
      arp('192.168.1.10'),
    ]);
    expect(decisions.map((d) => d.reason)).toEqual([
      { kind: 'rlb', assigned: 'eth0' },
      { kind: 'rlb', assigned: 'eth1' },
      { kind: 'rlb', assigned: 'eth0' },
    ]);
  });

  it('counts packets and bytes per slave', () => {
    const sim = createSimulator(bond('broadcast', {}, [slave(0), slave(1)]), { kernel: 'current' });
    sim.send({ ...TCP4, size: 100 });
    sim.send(TCP4);
    expect(sim.state().slaves.map((s) => [s.packets, s.bytes])).toEqual([
      [2, 1600],
      [2, 1600],
    ]);
  });
});

describe('explain: false (bulk runs)', () => {
  // Three flows and a fragment, so the hash picks both slaves and every L4 branch is taken.
  const flows: SimPacket[] = [
    TCP4,
    { ...TCP4, src_port: 40001 },
    { ...TCP4, dst_ip: '192.168.1.2', proto: 'udp' },
    { ...TCP4, fragment: true },
  ];
  const withoutTrace = (decision: Decision) =>
    'inputs' in decision.reason
      ? { ...decision, reason: { ...decision.reason, inputs: [], steps: [] } }
      : decision;

  it.each<[BondMode, BondOptions, Kernel]>([
    ['balance-xor', { xmit_hash_policy: 'layer3+4' }, 'current'],
    ['balance-xor', { xmit_hash_policy: 'layer2+3' }, 'rhel5'],
    ['802.3ad', { xmit_hash_policy: 'encap3+4' }, 'current'],
    ['balance-tlb', { xmit_hash_policy: 'layer3+4' }, 'current'],
    ['balance-tlb', { tlb_dynamic_lb: 'off' }, 'current'],
    ['balance-alb', {}, 'current'],
  ])('%s %j (%s): the same decisions with empty inputs and steps', (mode, options, kernel) => {
    const b = bond(mode, options, [slave(0), slave(1), slave(2, false)]);
    const explained = createSimulator(b, { kernel });
    const bulk = createSimulator(b, { kernel, explain: false });
    const full = flows.map((packet) => explained.send(packet));
    const terse = flows.map((packet) => bulk.send(packet));
    expect(terse).toEqual(full.map(withoutTrace));
    expect(
      full.every((decision) => !('inputs' in decision.reason) || decision.reason.inputs.length > 0),
    ).toBe(true);
    expect(bulk.state()).toEqual(explained.state());
  });

  it('shares frozen empty lists instead of allocating them per packet', () => {
    const sim = createSimulator(bond('balance-xor', { xmit_hash_policy: 'layer3+4' }, [slave(0)]), {
      kernel: 'current',
      explain: false,
    });
    const [first = [], second = []] = [sim.send(TCP4), sim.send(TCP4)].map(({ reason }) =>
      reason.kind === 'hash' ? [reason.inputs, reason.steps, reason.skipped] : [],
    );
    expect(first.map((list, index) => list === second[index])).toEqual([true, true, true]);
    expect(first.map((list) => Object.isFrozen(list) && list.length === 0)).toEqual([
      true,
      true,
      true,
    ]);
  });
});
