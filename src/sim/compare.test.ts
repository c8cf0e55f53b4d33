/**
 * compareModes: every number derived here from the documented rules (reference §3, §1.2) for a
 * bond of two 1000 Mb/s slaves, not copied from a run.
 */
import { describe, expect, it } from 'vitest';
import type { BondOptions } from '../model/types';
import { compareModes, flowKey, optionsForMode, type ModeComparison } from './compare';
import { SCENARIOS, type ScenarioId } from './scenarios';
import type { SimBond, SimPacket } from './types';

const BOND_MAC = '02:00:00:00:00:01';
const GATEWAY_MAC = '00:00:5e:00:01:01';

function makeBond(options: BondOptions = {}): SimBond {
  return {
    mode: 'active-backup',
    options,
    mac: BOND_MAC,
    slaves: [
      { name: 'eth0', up: true, speed: 1000, mac: BOND_MAC },
      { name: 'eth1', up: true, speed: 1000, mac: '02:00:00:00:00:02' },
    ],
  };
}

function packetsOf(id: ScenarioId): SimPacket[] {
  const scenario = SCENARIOS.find((entry) => entry.id === id);
  if (scenario === undefined) throw new Error(`no scenario ${id}`);
  return scenario.packets({ bondMac: BOND_MAC, gatewayMac: GATEWAY_MAC });
}

function byMode(results: ModeComparison[]): Record<string, ModeComparison> {
  return Object.fromEntries(results.map((result) => [result.mode, result]));
}

const percents = (result: ModeComparison | undefined): number[] | undefined =>
  result?.shares.map((share) => share.percent);

describe('optionsForMode', () => {
  it('drops what the mode refuses and monitors links with miimon 100 instead of ARP', () => {
    const options: BondOptions = {
      primary: 'eth0',
      lacp_rate: 'fast',
      arp_interval: 1000,
      arp_ip_target: ['192.0.2.1'],
      xmit_hash_policy: 'layer3+4',
    };
    expect(optionsForMode(options, 'balance-rr')).toEqual({
      arp_ip_target: ['192.0.2.1'],
      xmit_hash_policy: 'layer3+4',
      miimon: 100,
    });
    expect(optionsForMode(options, '802.3ad')).toEqual({
      lacp_rate: 'fast',
      arp_ip_target: ['192.0.2.1'],
      xmit_hash_policy: 'layer3+4',
      miimon: 100,
    });
  });
});

describe('flowKey', () => {
  it.each([
    [{ src_mac: 'a', dst_mac: 'b', ethertype: 0x0806 }, 'a|b|2054|'],
    [
      {
        src_mac: 'a',
        dst_mac: 'b',
        src_ip: '10.0.0.1',
        dst_ip: '10.0.0.2',
        proto: 'tcp' as const,
        src_port: 1,
        dst_port: 2,
      },
      '10.0.0.1|10.0.0.2|tcp|1|2|',
    ],
  ])('keys %j as %j', (packet, key) => {
    expect(flowKey(packet)).toBe(key);
  });
});

describe('compareModes with one large TCP flow', () => {
  const results = byMode(compareModes(makeBond(), packetsOf('one-tcp-flow'), 'current'));

  it('runs the seven modes in kernel order with their switch needs', () => {
    expect(Object.values(results).map((r) => [r.mode, r.switchConfig])).toEqual([
      ['balance-rr', 'static'],
      ['active-backup', 'none'],
      ['balance-xor', 'static'],
      ['broadcast', 'static'],
      ['802.3ad', 'lacp'],
      ['balance-tlb', 'none'],
      ['balance-alb', 'none'],
    ]);
  });

  it('balance-rr spreads 64 packets 32/32, so the one flow may use the whole bond', () => {
    // Current kernels: id = ++counter, slave = id % 2 → eth1, eth0, eth1 … : 32 each.
    const rr = results['balance-rr'];
    expect(rr?.shares.map((s) => s.packets)).toEqual([32, 32]);
    expect(percents(rr)).toEqual([50, 50]);
    expect(rr?.maxFlowFraction).toBe(1);
    expect(rr?.duplicates).toBe(0);
  });

  it('active-backup sends everything on the active slave and pays 100 ms on a cut', () => {
    const ab = results['active-backup'];
    expect(percents(ab)).toEqual([100, 0]);
    expect(ab?.maxFlowFraction).toBe(0.5);
    // Cut at 0 ms: the next miimon tick is at 100 ms, downdelay 0 → out of service at 100 ms.
    // bond_xmit_activebackup hands every frame to the dead eth0 until then: at 1000 packets/s,
    // the frames sent at 0, 1, … 99 ms = 100 lost.
    expect(ab?.cut).toEqual({
      slave: 'eth0',
      detectionMs: 100,
      failoverMs: 100,
      lostPackets: 100,
      successor: 'eth1',
    });
  });

  it.each(['balance-xor', '802.3ad'])(
    '%s pins the flow to one slave by the layer2 hash',
    (mode) => {
      // layer2: dst[5] ^ src[5] ^ ethertype = 0x01 ^ 0x01 ^ 0x0800 = 2048; 2048 % 2 = 0 → eth0.
      expect(percents(results[mode])).toEqual([100, 0]);
      expect(results[mode]?.maxFlowFraction).toBe(0.5);
    },
  );

  it('broadcast copies every packet to both slaves: 64 duplicates, nothing lost on a cut', () => {
    const broadcast = results.broadcast;
    expect(broadcast?.duplicates).toBe(64);
    expect(broadcast?.totalBytes).toBe(2 * 64 * 1500);
    expect(percents(broadcast)).toEqual([50, 50]);
    expect(broadcast?.maxFlowFraction).toBe(0.5);
    expect(broadcast?.cut?.lostPackets).toBe(0);
  });

  it.each(['balance-tlb', 'balance-alb'])(
    '%s keeps one flow in one bucket on one slave',
    (mode) => {
      // One flow = one bucket; the first assignment goes to the first slave of the largest gap
      // (equal gaps: enslave order) → eth0.
      expect(percents(results[mode])).toEqual([100, 0]);
      expect(results[mode]?.maxFlowFraction).toBe(0.5);
    },
  );

  it('drops nothing while both slaves are up', () => {
    expect(Object.values(results).map((r) => r.dropped)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('compareModes with many clients behind one gateway', () => {
  it('balance-xor layer2 pins all 128 replies on one slave (one gateway MAC)', () => {
    const xor = byMode(compareModes(makeBond(), packetsOf('many-clients'), 'current'))[
      'balance-xor'
    ];
    expect(xor?.shares.map((s) => s.packets)).toEqual([128, 0]);
  });

  it.each(['balance-rr', 'balance-xor', 'broadcast'])(
    '%s loses nothing on a cut: the dead slave is skipped at once',
    (mode) => {
      // bond_slave_can_tx tests the slave's carrier on every frame (rr walk, broadcast), and the
      // carrier change rebuilds xor's usable-slave array (NETDEV_CHANGE), before miimon notices.
      const result = byMode(compareModes(makeBond(), packetsOf('many-clients'), 'current'))[mode];
      expect(result?.cut).toEqual({
        slave: 'eth0',
        detectionMs: 100,
        failoverMs: 100,
        lostPackets: 0,
        successor: null,
      });
    },
  );

  it('takes downdelay into the failover time and the loss', () => {
    const ab = byMode(
      compareModes(makeBond({ downdelay: 250 }), packetsOf('one-tcp-flow'), 'current', {
        cutAtMs: 30,
        packetsPerSecond: 2000,
      }),
    )['active-backup'];
    // Cut at 30 ms → tick 100 (detection 70 ms); downdelay 250 → 2 ticks → down at 300 (270 ms).
    // Frames every 0.5 ms from 30 ms up to (not including) 300 ms: 270 / 0.5 = 540, all lost.
    expect(ab?.cut).toEqual({
      slave: 'eth0',
      detectionMs: 70,
      failoverMs: 270,
      lostPackets: 540,
      successor: 'eth1',
    });
  });
});

describe('compareModes across scenarios and kernels', () => {
  const cases = SCENARIOS.flatMap((scenario) =>
    (['current', 'rhel5'] as const).map((kernel) => [scenario.id, kernel] as const),
  );

  it.each(cases)('%s on %s: the shares add up to 100 %% in every mode', (id, kernel) => {
    for (const result of compareModes(makeBond(), packetsOf(id), kernel)) {
      const sum = result.shares.reduce((total, share) => total + share.percent, 0);
      expect(sum).toBeCloseTo(100, 9);
    }
  });

  it('RHEL5 balance-xor layer2 hashes the bond MAC: (0x01 ^ 0x01) % 2 = 0 → eth0', () => {
    const xor = byMode(compareModes(makeBond(), packetsOf('one-tcp-flow'), 'rhel5'))['balance-xor'];
    expect(percents(xor)).toEqual([100, 0]);
  });

  it('counts only up slaves as capacity: with eth1 down one flow gets the whole bond', () => {
    const bond = makeBond();
    const slaves = bond.slaves.map((slave) =>
      slave.name === 'eth1' ? { ...slave, up: false } : slave,
    );
    const ab = byMode(compareModes({ ...bond, slaves }, packetsOf('one-tcp-flow'), 'current'))[
      'active-backup'
    ];
    expect(percents(ab)).toEqual([100, 0]);
    expect(ab?.maxFlowFraction).toBe(1);
    expect(ab?.cut?.successor).toBeNull();
  });

  it('reports no cut cost when nothing was sent', () => {
    const results = compareModes(makeBond(), [], 'current');
    expect(results.map((r) => r.cut)).toEqual([null, null, null, null, null, null, null]);
    expect(results.map((r) => r.totalBytes)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
