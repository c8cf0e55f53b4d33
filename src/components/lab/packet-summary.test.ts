// packetSummary picks the right catalogue line and parameters for each kind of packet.
import { describe, expect, it } from 'vitest';
import { packetSummary } from './packet-summary';

const macs = { src_mac: '02:00:00:00:00:01', dst_mac: 'ff:ff:ff:ff:ff:ff' };

describe('packetSummary', () => {
  it.each([
    [
      { ...macs, ethertype: 0x0806 },
      {
        key: 'lab.why.summaryL2',
        params: { ethertype: '0806', src: macs.src_mac, dst: macs.dst_mac },
      },
    ],
    [
      {
        ...macs,
        src_ip: '10.0.0.1',
        dst_ip: '10.0.0.2',
        proto: 'tcp' as const,
        src_port: 1,
        dst_port: 2,
      },
      {
        key: 'lab.why.summaryPorts',
        params: { proto: 'TCP', src: '10.0.0.1', dst: '10.0.0.2', srcPort: '1', dstPort: '2' },
      },
    ],
    [
      { ...macs, src_ip: '10.0.0.1', dst_ip: '224.0.0.22', proto: 2 },
      { key: 'lab.why.summaryIp', params: { proto: '2', src: '10.0.0.1', dst: '224.0.0.22' } },
    ],
  ])('%j', (packet, expected) => {
    expect(packetSummary(packet)).toEqual(expected);
  });
});
