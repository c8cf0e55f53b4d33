/** Packet parsing: wire bytes of MACs and IPs, and the ethertype the transmit path keys on. */
import { describe, expect, it } from 'vitest';
import { PacketReader, parseIp, parseMac, parsePacket, type ParsedPacket } from './packet';
import type { SimPacket } from './types';

describe('parseIp', () => {
  it.each([
    ['192.168.1.3', { family: 4, bytes: [192, 168, 1, 3] }],
    ['0.0.0.0', { family: 4, bytes: [0, 0, 0, 0] }],
    ['255.255.255.255', { family: 4, bytes: [255, 255, 255, 255] }],
    ['::1', { family: 6, bytes: [...Array<number>(15).fill(0), 1] }],
    [
      '2001:db8::ff00:42',
      { family: 6, bytes: [0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0, 0, 0x42] },
    ],
  ])('%s', (text, expected) => {
    expect(parseIp(text)).toEqual(expected);
  });
  it.each([
    '256.1.1.1',
    '1.2.3',
    '01.2.3.4',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    'x',
    '1.2.3.4\n',
    '1.2.3.4.5',
    '1..2.3',
    '.1.2.3',
    '1.2.3.',
    '1000.1.1.1',
    '',
  ])('refuses %j', (text) => {
    expect(parseIp(text)).toBeUndefined();
  });
});

describe('parseMac', () => {
  it.each([
    ['00:1A:64:00:00:01', [0, 0x1a, 0x64, 0, 0, 1]],
    ['00-1a-64-00-00-01', [0, 0x1a, 0x64, 0, 0, 1]],
    ['00:1a:64:00:00', undefined],
    ['00:1a:64:00:00:0g', undefined],
    ['aB-cD:eF-01:23:45', [0xab, 0xcd, 0xef, 1, 0x23, 0x45]],
    ['00:1a:64:00:00:01:', undefined],
    ['0:1a:64:00:00:001', undefined],
    ['00;1a;64;00;00;01', undefined],
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

describe('PacketReader', () => {
  const macs = { src_mac: '00:00:00:00:00:01', dst_mac: '00:00:00:00:00:02' };
  // Consecutive packets change one field at a time, so each remembered field is re-read when
  // (and only when) its text changes, including to an invalid or absent address.
  const sequence: SimPacket[] = [
    { ...macs, src_ip: '10.0.0.1', dst_ip: '10.0.0.2', proto: 'tcp' },
    { ...macs, src_ip: '10.0.0.1', dst_ip: '10.0.0.3', proto: 'udp', size: 64 },
    { ...macs, src_ip: '10.0.0.1', dst_ip: '::2' },
    { ...macs, src_ip: '::1', dst_ip: '::2' },
    { ...macs, src_ip: '::1', dst_ip: '2001:db8::ff00:42' },
    { ...macs, src_ip: '1.2.3', dst_ip: '2001:db8::ff00:42' },
    { ...macs, src_ip: '1.2.3.4', dst_ip: '5.6.7.8', ethertype: 0x86dd },
    { src_mac: 'zz:00:00:00:00:01', dst_mac: 'ff-ff-ff-ff-ff-ff' },
    { ...macs, src_ip: '1.2.3.4', dst_ip: '5.6.7.8' },
  ];

  it('reads each packet of a sequence exactly as parsePacket does', () => {
    const reader = new PacketReader();
    const copy = (parsed: ParsedPacket) => JSON.parse(JSON.stringify(parsed)) as unknown;
    expect(sequence.map((packet) => copy(reader.read(packet)))).toEqual(
      sequence.map((packet) => copy(parsePacket(packet))),
    );
  });

  it('overwrites one record instead of allocating one per packet', () => {
    const reader = new PacketReader();
    const first = reader.read(sequence[0] ?? macs);
    const second = reader.read(sequence[1] ?? macs);
    expect([first === second, second.ip?.dst]).toEqual([true, [10, 0, 0, 3]]);
  });
});
