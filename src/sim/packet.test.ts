/** Packet parsing: wire bytes of MACs and IPs, and the ethertype the transmit path keys on. */
import { describe, expect, it } from 'vitest';
import { parseIp, parseMac, parsePacket } from './packet';

describe('parseIp', () => {
  it.each([
    ['192.168.1.3', { family: 4, bytes: [192, 168, 1, 3] }],
    ['::1', { family: 6, bytes: [...Array<number>(15).fill(0), 1] }],
    [
      '2001:db8::ff00:42',
      { family: 6, bytes: [0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0, 0, 0x42] },
    ],
  ])('%s', (text, expected) => {
    expect(parseIp(text)).toEqual(expected);
  });
  it.each(['256.1.1.1', '1.2.3', '01.2.3.4', '1::2::3', '1:2:3:4:5:6:7:8:9', 'x', '1.2.3.4\n'])(
    'refuses %j',
    (text) => {
      expect(parseIp(text)).toBeUndefined();
    },
  );
});

describe('parseMac', () => {
  it.each([
    ['00:1A:64:00:00:01', [0, 0x1a, 0x64, 0, 0, 1]],
    ['00-1a-64-00-00-01', [0, 0x1a, 0x64, 0, 0, 1]],
    ['00:1a:64:00:00', undefined],
    ['00:1a:64:00:00:0g', undefined],
  ])('%s', (text, expected) => {
    expect(parseMac(text)).toEqual(expected);
  });
});

describe('parsePacket', () => {
  const macs = { src_mac: '00:00:00:00:00:01', dst_mac: '00:00:00:00:00:02' };
  it.each([
    ['IPv4 defaults to 0x0800', { ...macs, src_ip: '10.0.0.1', dst_ip: '10.0.0.2' }, 0x0800, true],
    ['IPv6 defaults to 0x86dd', { ...macs, src_ip: '::1', dst_ip: '::2' }, 0x86dd, true],
    ['no addresses: ARP', macs, 0x0806, false],
    ['mixed families: not IP', { ...macs, src_ip: '10.0.0.1', dst_ip: '::2' }, 0x0806, false],
    [
      'ethertype disagrees: not dissected',
      { ...macs, ethertype: 0x8100, src_ip: '10.0.0.1', dst_ip: '10.0.0.2' },
      0x8100,
      false,
    ],
  ])('%s', (_name, packet, ethertype, ip) => {
    const parsed = parsePacket(packet);
    expect([parsed.ethertype, parsed.ip !== undefined, parsed.size]).toEqual([ethertype, ip, 1500]);
  });
});
