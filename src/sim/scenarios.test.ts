/** Traffic presets and custom flows: counts, addressing and determinism of each generator. */
import { describe, expect, it } from 'vitest';
import { customFlows, SCENARIOS, type ScenarioHost, type ScenarioId } from './scenarios';
import type { SimPacket } from './types';

const HOST: ScenarioHost = { bondMac: '02:00:00:00:00:01', gatewayMac: '00:00:5e:00:01:01' };

function preset(id: ScenarioId, host: ScenarioHost = HOST): SimPacket[] {
  const scenario = SCENARIOS.find((entry) => entry.id === id);
  if (scenario === undefined) throw new Error(`no scenario ${id}`);
  return scenario.packets(host);
}

const isGroupMac = (mac: string): boolean => (parseInt(mac.slice(0, 2), 16) & 1) === 1;

describe('SCENARIOS', () => {
  it('lists the four presets in order', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual([
      'one-tcp-flow',
      'many-clients',
      'mixed-ip',
      'arp-multicast',
    ]);
  });

  it.each([
    ['one-tcp-flow', 64],
    ['many-clients', 128],
    ['mixed-ip', 40],
    ['arp-multicast', 40],
  ] as const)('%s sends %i packets from the bond MAC', (id, count) => {
    const packets = preset(id);
    expect(packets).toHaveLength(count);
    expect(packets.every((p) => p.src_mac === HOST.bondMac)).toBe(true);
  });

  it('one-tcp-flow is a single 5-tuple of full frames to the gateway', () => {
    const packets = preset('one-tcp-flow');
    const tuples = new Set(
      packets.map((p) => `${p.src_ip} ${p.dst_ip} ${p.src_port} ${p.dst_port}`),
    );
    expect([...tuples]).toEqual(['192.0.2.10 198.51.100.20 40000 5201']);
    expect(packets.every((p) => p.size === 1500 && p.dst_mac === HOST.gatewayMac)).toBe(true);
  });

  it('many-clients reaches 32 addresses through one gateway MAC with ephemeral ports', () => {
    const packets = preset('many-clients');
    expect(new Set(packets.map((p) => p.dst_ip)).size).toBe(32);
    expect(new Set(packets.map((p) => p.dst_mac))).toEqual(new Set([HOST.gatewayMac]));
    expect(packets[0]?.dst_ip).toBe('203.0.113.1');
    expect(packets[32]?.dst_ip).toBe('203.0.113.1');
    expect(packets[32]?.dst_port).toBe(packets[0]?.dst_port);
    for (const packet of packets) {
      expect(packet.dst_port).toBeGreaterThanOrEqual(32768);
      expect(packet.dst_port).toBeLessThanOrEqual(60999);
    }
  });

  it('replays the same packets for the same seed and others for another seed', () => {
    expect(preset('many-clients', { ...HOST, seed: 7 })).toEqual(
      preset('many-clients', { ...HOST, seed: 7 }),
    );
    const ports = (seed: number): (number | undefined)[] =>
      preset('many-clients', { ...HOST, seed }).map((p) => p.dst_port);
    expect(ports(7)).not.toEqual(ports(8));
  });

  it('mixed-ip sends 16 IPv6 and 24 IPv4 packets with echo ids', () => {
    const packets = preset('mixed-ip', { ...HOST, bondIp6: '2001:db8::99' });
    expect(packets.filter((p) => p.ethertype === 0x86dd)).toHaveLength(16);
    expect(packets.filter((p) => p.ethertype === 0x0800)).toHaveLength(24);
    expect(packets.filter((p) => p.proto === 'icmpv6').map((p) => p.icmp_id)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(packets[1]?.src_ip).toBe('2001:db8::99');
  });

  it('arp-multicast sends only broadcast and multicast frames, ARP and IGMP among them', () => {
    const packets = preset('arp-multicast');
    expect(packets.every((p) => isGroupMac(p.dst_mac))).toBe(true);
    expect(packets.filter((p) => p.ethertype === 0x0806)).toHaveLength(8);
    expect(packets.filter((p) => p.proto === 2)).toHaveLength(8);
  });
});

describe('customFlows', () => {
  it('interleaves flows one packet per turn and keeps each flow its own length', () => {
    const packets = customFlows(
      [
        {
          src_ip: '10.0.0.1',
          dst_ip: '10.0.0.2',
          proto: 'tcp',
          src_port: 1,
          dst_port: 2,
          packets: 3,
        },
        {
          src_ip: '10.0.0.1',
          dst_ip: '10.0.0.3',
          proto: 'udp',
          dst_port: 53,
          packets: 1,
          size: 80,
        },
      ],
      HOST,
    );
    expect(packets.map((p) => p.dst_ip)).toEqual(['10.0.0.2', '10.0.0.3', '10.0.0.2', '10.0.0.2']);
    expect(packets[1]).toEqual({
      src_mac: HOST.bondMac,
      dst_mac: HOST.gatewayMac,
      ethertype: 0x0800,
      src_ip: '10.0.0.1',
      dst_ip: '10.0.0.3',
      proto: 'udp',
      dst_port: 53,
      size: 80,
    });
  });

  it.each([
    ['icmp', '10.0.0.1', '10.0.0.2', 0x0800, 8],
    ['icmpv6', '2001:db8::1', '2001:db8::2', 0x86dd, 128],
  ] as const)(
    'turns an %s row into echo requests with the port as id',
    (proto, src, dst, type, icmp) => {
      const [packet] = customFlows(
        [{ src_ip: src, dst_ip: dst, proto, src_port: 77, packets: 1 }],
        HOST,
      );
      expect(packet?.ethertype).toBe(type);
      expect(packet?.icmp_type).toBe(icmp);
      expect(packet?.icmp_id).toBe(77);
      expect(packet?.src_port).toBeUndefined();
    },
  );

  it.each([0, -3, 0.5])('sends nothing for a row of %d packets', (count) => {
    expect(
      customFlows([{ src_ip: '10.0.0.1', dst_ip: '10.0.0.2', proto: 6, packets: count }], HOST),
    ).toEqual([]);
  });
});
