/**
 * Transmit-hash vectors derived by hand from shared/reference/kernel-bonding.md §3.1/§3.2
 * (current kernels, little-endian host) and §3.6 (RHEL5 bonding 3.4.0), plus a cross-check
 * against a separate reference written from the same pseudo-code with DataView reads.
 */
import { describe, expect, it } from 'vitest';
import type { XmitHashPolicy } from '../model/types';
import { addrHash, le32, simpleHash, xmitHash } from './hash';
import type { SimPacket } from './types';

// Shared inputs. MACs: src 00:1a:64:00:00:01 (byte 5 = 0x01), dst 00:00:5e:00:01:07 (0x07).
// IPv4 192.168.1.3 = c0 a8 01 03 → LE32 0x0301a8c0; 192.168.1.1 → 0x0101a8c0; XOR 0x02000000.
// IPv6 2001:db8::1 words 20010db8 0 0 00000001 → LE32 0xb80d0120 ^ 0x01000000 = 0xb90d0120;
// 2001:db8::2 → 0xba0d0120; XOR of the two 0x03000000.
const MACS = { src_mac: '00:1a:64:00:00:01', dst_mac: '00:00:5e:00:01:07' };
const V4 = { ...MACS, src_ip: '192.168.1.3', dst_ip: '192.168.1.1' };
const V6 = { ...MACS, src_ip: '2001:db8::1', dst_ip: '2001:db8::2' };
const TCP4: SimPacket = { ...V4, proto: 'tcp', src_port: 40000, dst_port: 443 };
const UDP6: SimPacket = { ...V6, proto: 'udp', src_port: 5353, dst_port: 53 };
const ARP: SimPacket = { src_mac: MACS.src_mac, dst_mac: 'ff:ff:ff:ff:ff:ff' };

describe('primitives (§3.1)', () => {
  it('LE32 reads wire bytes as a native little-endian u32', () => {
    expect(le32(0xc0, 0xa8, 0x01, 0x03)).toBe(0x0301a8c0);
    expect(le32(0xff, 0xff, 0xff, 0xff)).toBe(0xffffffff);
  });
  it('ADDR of IPv6 XORs the four LE32 words', () => {
    expect(addrHash([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])).toBe(0xb90d0120);
  });
  it('_simple_hash XORs the bytes: 192^168^1^1 = 0x68', () => {
    // 0xc0 ^ 0xa8 = 0x68; ^ 0x01 ^ 0x01 = 0x68.
    expect(simpleHash([192, 168, 1, 1])).toBe(0x68);
  });
});

describe('xmitHash, current kernels (§3.2)', () => {
  it.each<[string, XmitHashPolicy, SimPacket, number]>([
    // L2 = dst[5] ^ src[5] ^ ethertype = 0x07 ^ 0x01 ^ 0x0800 = 0x0806.
    ['layer2 IPv4', 'layer2', TCP4, 0x0806],
    // h = 0x0806 ^ 0x02000000 = 0x02000806; ^ (h>>16 = 0x0200) = 0x02000a06;
    // ^ (h>>8 = 0x0002000a) = 0x02020a0c; no shift for layer2+3.
    ['layer2+3 IPv4', 'layer2+3', TCP4, 0x02020a0c],
    ['encap2+3 IPv4 (plain = layer2+3)', 'encap2+3', TCP4, 0x02020a0c],
    // PORTS(40000=0x9c40, 443=0x01bb) = LE32(9c,40,01,bb) = 0xbb01409c; ^ 0x02000000 = 0xb901409c;
    // ^ 0xb901 = 0xb901f99d; ^ 0x00b901f9 = 0xb9b8f864; >> 1 = 0x5cdc7c32.
    ['layer3+4 IPv4 TCP', 'layer3+4', TCP4, 0x5cdc7c32],
    ['encap3+4 IPv4 TCP (plain = layer3+4)', 'encap3+4', TCP4, 0x5cdc7c32],
    // PORTS(5353=0x14e9, 53=0x0035) = 0x3500e914; ^ 0x03000000 = 0x3600e914; ^ 0x3600 =
    // 0x3600df14; ^ 0x003600df = 0x3636dfcb; >> 1 = 0x1b1b6fe5.
    ['layer3+4 IPv6 UDP', 'layer3+4', UDP6, 0x1b1b6fe5],
    // L2 = 0x07 ^ 0x01 ^ 0x86dd = 0x86db; ^ 0x03000000 = 0x030086db; ^ 0x0300 = 0x030085db;
    // ^ 0x00030085 = 0x0303855e.
    ['layer2+3 IPv6', 'layer2+3', UDP6, 0x0303855e],
    // ICMP(8, 0, id 0x1234) = LE32(08,00,34,12) = 0x12340008; ^ 0x02000000 = 0x10340008;
    // ^ 0x1034 = 0x1034103c; ^ 0x00103410 = 0x1024242c; >> 1 = 0x08121216.
    ['layer3+4 ICMP echo id', 'layer3+4', { ...V4, proto: 'icmp', icmp_id: 0x1234 }, 0x08121216],
    // Echo id 0 is mapped to 1: LE32(08,00,01,00) = 0x00010008; ^ 0x02000000 = 0x02010008;
    // ^ 0x0201 = 0x02010209; ^ 0x00020102 = 0x0203030b; >> 1 = 0x01018185.
    ['layer3+4 ICMP echo id 0 → 1', 'layer3+4', { ...V4, proto: 'icmp', icmp_id: 0 }, 0x01018185],
    // ICMPv6 echo request 128, id 7: LE32(80,00,07,00) = 0x00070080; ^ 0x03000000 = 0x03070080;
    // ^ 0x0307 = 0x03070387; ^ 0x00030703 = 0x03040484; >> 1 = 0x01820242.
    ['layer3+4 ICMPv6 echo', 'layer3+4', { ...V6, proto: 'icmpv6', icmp_id: 7 }, 0x01820242],
    // Fragment: ports are 0, so h = 0x02000000; ^ 0x0200 = 0x02000200; ^ 0x00020002 =
    // 0x02020202; >> 1 = 0x01010101.
    ['layer3+4 IPv4 fragment', 'layer3+4', { ...TCP4, fragment: true }, 0x01010101],
    // ICMP destination unreachable (type 3) has no id: the L4 term is 0, as for a fragment.
    ['layer3+4 ICMP error', 'layer3+4', { ...V4, proto: 'icmp', icmp_type: 3 }, 0x01010101],
    // Non-IP (ARP, ethertype 0x0806) falls back to layer2: 0xff ^ 0x01 ^ 0x0806 = 0x08f8.
    ['layer3+4 on ARP → layer2', 'layer3+4', ARP, 0x08f8],
    ['layer2+3 on ARP → layer2', 'layer2+3', ARP, 0x08f8],
    // An in-band 802.1Q frame (ethertype 0x8100) is not dissected: 0x07 ^ 0x01 ^ 0x8100 = 0x8106.
    ['layer3+4 in-band VLAN → layer2', 'layer3+4', { ...TCP4, ethertype: 0x8100 }, 0x8106],
    // vendor 0x001a64 ^ device 0x000001 ^ TCI 100 (0x64) = 0x1a01.
    ['vlan+srcmac', 'vlan+srcmac', { ...TCP4, vlan: 100 }, 0x1a01],
    // Without a hardware tag the TCI is 0: 0x001a64 ^ 0x000001 = 0x1a65.
    ['vlan+srcmac untagged', 'vlan+srcmac', TCP4, 0x1a65],
  ])('%s', (_name, policy, packet, expected) => {
    expect(xmitHash(policy, packet, 'current', '00:1a:64:00:00:01').hash).toBe(expected);
  });

  it('keeps the intermediate steps for the learner', () => {
    expect(xmitHash('layer3+4', TCP4, 'current', '').steps).toEqual([
      { label: 'l4', value: 0xbb01409c },
      { label: 'xor-addresses', value: 0xb901409c },
      { label: 'fold-16', value: 0xb901f99d },
      { label: 'fold-8', value: 0xb9b8f864 },
      { label: 'shift-1', value: 0x5cdc7c32 },
    ]);
  });
});

describe('xmitHash, RHEL5 bonding 3.4.0 (§3.6)', () => {
  // Bond MAC 00:1a:64:00:00:01; the frame's own source MAC is ignored, so give it another one.
  const frame = { ...TCP4, src_mac: '00:1a:64:00:00:09' };
  it.each<[string, XmitHashPolicy, SimPacket, number]>([
    // dst[5] ^ bondmac[5] = 0x07 ^ 0x01 = 6.
    ['layer2', 'layer2', frame, 6],
    // ntohl(sip ^ dip) & 0xffff = 0x0002 (c0a80103 ^ c0a80101); ^ 6 = 4.
    ['layer2+3', 'layer2+3', frame, 4],
    // ntohs(sport ^ dport) = 0x9c40 ^ 0x01bb = 0x9dfb; ^ 0x0002 = 0x9df9 = 40441.
    ['layer3+4 TCP', 'layer3+4', frame, 40441],
    // Fragments lose the port term: 0x0002.
    ['layer3+4 fragment', 'layer3+4', { ...frame, fragment: true }, 2],
    // IPv6 is not hashed by 3.4.0: layer2.
    ['layer3+4 IPv6 → layer2', 'layer3+4', { ...UDP6, src_mac: frame.src_mac }, 6],
  ])('%s', (_name, policy, packet, expected) => {
    expect(xmitHash(policy, packet, 'rhel5', '00:1a:64:00:00:01').hash).toBe(expected);
  });
});

// An independent reference, written straight from §3.2's pseudo-code: bytes go into a buffer
// and are read back with DataView little-endian reads instead of shifts.
function wire(text: string): Uint8Array {
  if (text.includes('.')) {
    return Uint8Array.from(text.split('.').map(Number));
  }
  const [head = '', tail = ''] = text.split('::');
  const h = head === '' ? [] : head.split(':');
  const t = tail === '' ? [] : tail.split(':');
  const groups = [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return Uint8Array.from(groups.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 255]));
}
function reference(
  policy: 'layer2+3' | 'layer3+4',
  p: Required<Pick<SimPacket, 'src_ip' | 'dst_ip' | 'src_port' | 'dst_port'>>,
): number {
  const view = (bytes: Uint8Array) => new DataView(bytes.buffer);
  const addr = (bytes: Uint8Array) => {
    let x = 0;
    for (let i = 0; i < bytes.length; i += 4) x ^= view(bytes).getUint32(i, true);
    return x;
  };
  const six = wire(p.src_ip).length === 16;
  const ports = new DataView(new ArrayBuffer(4));
  ports.setUint16(0, p.src_port, false);
  ports.setUint16(2, p.dst_port, false);
  let h = policy === 'layer3+4' ? ports.getUint32(0, true) : 0x07 ^ 0x01 ^ (six ? 0x86dd : 0x0800);
  h = (h ^ addr(wire(p.dst_ip)) ^ addr(wire(p.src_ip))) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  h = (h ^ (h >>> 8)) >>> 0;
  return policy === 'layer3+4' ? h >>> 1 : h;
}

describe('RHEL5 steps', () => {
  it('name the bond-MAC layer 2 term apart from the current one', () => {
    expect(xmitHash('layer3+4', TCP4, 'rhel5', '00:1a:64:00:00:01').steps).toEqual([
      { label: 'l2-bond-mac', value: 6 },
      { label: 'xor-ports-ip', value: 40441 },
    ]);
  });
});

describe('cross-check against the DataView reference', () => {
  const flows = [
    ['10.0.0.1', '10.0.0.2', 1, 2],
    ['172.16.5.9', '8.8.8.8', 65535, 53],
    ['192.0.2.200', '198.51.100.7', 49152, 80],
    ['fe80::1', 'fe80::abcd:1', 546, 547],
    ['2001:db8:1:2:3:4:5:6', '2001:db8::ff', 33000, 443],
  ] as const;
  it.each(flows)('%s → %s ports %d/%d', (src_ip, dst_ip, src_port, dst_port) => {
    const packet = { ...MACS, src_ip, dst_ip, src_port, dst_port, proto: 'udp' as const };
    for (const policy of ['layer2+3', 'layer3+4'] as const) {
      expect(xmitHash(policy, packet, 'current', '').hash).toBe(
        reference(policy, { src_ip, dst_ip, src_port, dst_port }),
      );
    }
  });
});
