// The lab's pure helpers: the scratch bond's shape, presets seen from the bond's MAC, and one
// colour per flow.
import { describe, expect, it } from 'vitest';
import {
  FLOW_COLOURS,
  customPackets,
  GATEWAY_MAC,
  flowColour,
  scenarioPackets,
  scratchBond,
  sharePercent,
} from './lab-setup';

describe('scratchBond', () => {
  it('has eth0 and eth1 up at 1000 Mb/s and takes the first slave MAC', () => {
    const bond = scratchBond('balance-xor');
    expect(bond.mode).toBe('balance-xor');
    expect(bond.options).toEqual({ miimon: 100 });
    expect(bond.slaves.map((s) => [s.name, s.up, s.speed, s.mac])).toEqual([
      ['eth0', true, 1000, '02:00:00:00:00:01'],
      ['eth1', true, 1000, '02:00:00:00:00:02'],
    ]);
    expect(bond.mac).toBe('02:00:00:00:00:01');
  });
});

describe('scenarioPackets', () => {
  it.each([
    ['one-tcp-flow', 64],
    ['many-clients', 128],
    ['mixed-ip', 40],
    ['arp-multicast', 40],
  ] as const)('%s sends %i packets from the bond MAC', (id, count) => {
    const packets = scenarioPackets(id, scratchBond('balance-rr'));
    expect(packets).toHaveLength(count);
    expect(packets.every((p) => p.src_mac === '02:00:00:00:00:01')).toBe(true);
  });

  it('sends unicast presets to the gateway', () => {
    const packets = scenarioPackets('one-tcp-flow', scratchBond('balance-rr'));
    expect(packets[0]?.dst_mac).toBe(GATEWAY_MAC);
  });
});

describe('flowColour', () => {
  const flow = {
    src_mac: 'a',
    dst_mac: 'b',
    src_ip: '10.0.0.1',
    dst_ip: '10.0.0.2',
    proto: 'tcp' as const,
  };

  it('gives every packet of one flow the same colour, within the palette', () => {
    const colour = flowColour({ ...flow, src_port: 1000, dst_port: 80 });
    expect(flowColour({ ...flow, src_port: 1000, dst_port: 80, size: 60 })).toBe(colour);
    expect(colour).toBeGreaterThanOrEqual(0);
    expect(colour).toBeLessThan(FLOW_COLOURS);
  });

  it('spreads different flows over several colours', () => {
    const colours = new Set(
      Array.from({ length: 32 }, (_, port) => flowColour({ ...flow, src_port: 1000 + port })),
    );
    expect(colours.size).toBeGreaterThan(3);
  });
});

describe('sharePercent', () => {
  it.each([
    [1, 3, '33.3'],
    [2, 3, '66.7'],
    [0, 0, '0.0'],
    [5, 5, '100.0'],
  ])('%i of %i is %s', (part, total, text) => {
    expect(sharePercent(part, total)).toBe(text);
  });
});

describe('customPackets', () => {
  it('interleaves the flows from the bond to the gateway', () => {
    const rows = [
      {
        src_ip: '10.0.0.1',
        dst_ip: '10.0.0.2',
        proto: 'udp' as const,
        src_port: 1,
        dst_port: 2,
        packets: 2,
      },
      { src_ip: '10.0.0.1', dst_ip: '10.0.0.3', proto: 'tcp' as const, packets: 1 },
    ];
    const packets = customPackets(rows, scratchBond('balance-rr'));
    expect(packets.map((p) => [p.dst_ip, p.src_mac, p.dst_mac])).toEqual([
      ['10.0.0.2', '02:00:00:00:00:01', GATEWAY_MAC],
      ['10.0.0.3', '02:00:00:00:00:01', GATEWAY_MAC],
      ['10.0.0.2', '02:00:00:00:00:01', GATEWAY_MAC],
    ]);
  });
});
