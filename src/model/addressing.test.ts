/** IPv4/IPv6 parsing and subnet math, as valid/invalid tables. */
import { describe, expect, it } from 'vitest';
import {
  ipv4Kind,
  ipv4Subnet,
  ipv6Kind,
  isInSubnet,
  isIpv4,
  isIpv6,
  normalizeIpv6,
  parsePrefixOrNetmask,
  prefixToNetmask,
} from './addressing';

describe('IPv4 parsing', () => {
  it.each(['0.0.0.0', '192.168.1.3', '255.255.255.255', '10.0.0.1'])('accepts %s', (text) => {
    expect(isIpv4(text)).toBe(true);
  });

  it.each([
    '',
    '192.168.1',
    '192.168.1.256',
    '192.168.01.3',
    '1.2.3.4.5',
    ' 1.2.3.4',
    '1.2.3.-4',
    '0x1.2.3.4',
    '1..3.4',
  ])('refuses %j', (text) => {
    expect(isIpv4(text)).toBe(false);
  });

  it.each([
    ['192.168.1.3', 'unicast'],
    ['0.1.2.3', 'this-network'],
    ['127.0.0.1', 'loopback'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.255', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['169.254.1.1', 'unicast'],
  ])('classifies %s as %s', (text, kind) => {
    expect(ipv4Kind(text)).toBe(kind);
  });
});

describe('prefixes and netmasks', () => {
  it.each([
    ['24', 24],
    ['/24', 24],
    ['0', 0],
    ['32', 32],
    ['255.255.255.0', 24],
    ['255.255.254.0', 23],
    ['255.255.255.255', 32],
    ['0.0.0.0', 0],
    ['255.255.255.252', 30],
  ])('reads %s as /%i', (text, prefix) => {
    expect(parsePrefixOrNetmask(text)).toBe(prefix);
  });

  it.each(['33', '-1', '24.5', '255.0.255.0', '255.255.255.1', '', 'abc', '024'])(
    'refuses %j',
    (text) => {
      expect(parsePrefixOrNetmask(text)).toBeUndefined();
    },
  );

  it.each([
    [0, '0.0.0.0'],
    [8, '255.0.0.0'],
    [23, '255.255.254.0'],
    [31, '255.255.255.254'],
    [32, '255.255.255.255'],
  ])('writes /%i as %s', (prefix, netmask) => {
    expect(prefixToNetmask(prefix)).toBe(netmask);
  });
});

describe('subnets', () => {
  it.each([
    [
      '192.168.1.3',
      24,
      { network: '192.168.1.0', broadcast: '192.168.1.255', netmask: '255.255.255.0' },
    ],
    ['10.1.2.3', 8, { network: '10.0.0.0', broadcast: '10.255.255.255', netmask: '255.0.0.0' }],
    ['10.0.0.1', 31, { network: '10.0.0.0', broadcast: '10.0.0.1', netmask: '255.255.255.254' }],
    ['10.0.0.1', 32, { network: '10.0.0.1', broadcast: '10.0.0.1', netmask: '255.255.255.255' }],
    ['10.0.0.1', 0, { network: '0.0.0.0', broadcast: '255.255.255.255', netmask: '0.0.0.0' }],
  ])('%s/%i', (address, prefix, subnet) => {
    expect(ipv4Subnet(address, prefix)).toEqual(subnet);
  });

  it.each([
    ['10.0.0.1', 33],
    ['10.0.0.1', 24.5],
    ['10.0.0', 24],
  ])('has no subnet for %s/%s', (address, prefix) => {
    expect(ipv4Subnet(address, prefix)).toBeUndefined();
  });

  it.each([
    ['192.168.1.1', '192.168.1.3', 24, true],
    ['192.168.2.1', '192.168.1.3', 24, false],
    ['192.168.2.1', '192.168.1.3', 22, true],
    ['10.0.0.0', '10.0.0.1', 31, true],
    ['10.0.0.2', '10.0.0.1', 31, false],
    ['1.2.3.4', '10.0.0.1', 0, true],
    ['bad', '10.0.0.1', 24, false],
  ])('%s in %s/%i: %s', (ip, address, prefix, inside) => {
    expect(isInSubnet(ip, address, prefix)).toBe(inside);
  });
});

describe('IPv6', () => {
  it.each([
    ['2001:db8::1', true, 'other'],
    ['fe80::1', true, 'other'],
    ['::', true, 'unspecified'],
    ['::1', true, 'loopback'],
    ['ff02::1', true, 'multicast'],
    ['fe80::1%eth0', false, undefined],
    ['2001:db8::zz', false, undefined],
    ['192.168.1.1', false, undefined],
  ])('%s valid: %s, kind %s', (text, valid, kind) => {
    expect(isIpv6(text)).toBe(valid);
    expect(ipv6Kind(text)).toBe(kind);
  });

  it('normalises spellings of one address', () => {
    expect(normalizeIpv6('2001:DB8:0:0::1')).toBe('2001:db8::1');
  });
});
