/** Interface, module, MAC and host names: what the kernel and our config files accept. */
import { describe, expect, it } from 'vitest';
import {
  describeChar,
  ifnameProblem,
  isMulticastMac,
  isOneLineText,
  isValidHostName,
  isValidIfname,
  isValidMac,
  isValidModuleName,
} from './names';

describe('ifnameProblem', () => {
  it.each(['eth0', 'bond0', 'enp3s0f1', 'eth0.100', 'br-lan', 'a', 'x'.repeat(15), '0'])(
    'accepts %j',
    (name) => {
      expect(ifnameProblem(name)).toBeUndefined();
      expect(isValidIfname(name)).toBe(true);
    },
  );

  it.each([
    ['', { reason: 'empty' }],
    ['x'.repeat(16), { reason: 'too-long' }],
    ['.', { reason: 'dot' }],
    ['..', { reason: 'dot' }],
    ['-eth0', { reason: 'leading-dash' }],
    ['eth/0', { reason: 'char', char: '/' }],
    ['eth:0', { reason: 'char', char: ':' }],
    ['eth 0', { reason: 'char', char: ' ' }],
    ['eth0\n', { reason: 'char', char: '\n' }],
    ['eth\u00000', { reason: 'char', char: '\u0000' }],
    ['bond%d', { reason: 'char', char: '%' }],
    ['e"th', { reason: 'char', char: '"' }],
    ["e'th", { reason: 'char', char: "'" }],
    ['e$(x)', { reason: 'char', char: '$' }],
    ['e`x`', { reason: 'char', char: '`' }],
    ['e;x', { reason: 'char', char: ';' }],
    ['ethé', { reason: 'char', char: 'é' }],
  ])('refuses %j', (name, problem) => {
    expect(ifnameProblem(name)).toEqual(problem);
    expect(isValidIfname(name)).toBe(false);
  });
});

describe('other names', () => {
  it.each([
    ['bnx2', true],
    ['mlx5_core', true],
    ['virtio-net', true],
    ['', false],
    ['bnx2 tg3', false],
    ['bnx2;x', false],
    ['x'.repeat(56), false],
  ])('module name %j valid: %s', (name, valid) => {
    expect(isValidModuleName(name)).toBe(valid);
  });

  it.each([
    ['00:1a:64:6a:55:98', true, false],
    ['00:1A:64:6A:55:98', true, false],
    ['01:00:5e:00:00:01', true, true],
    ['ff:ff:ff:ff:ff:ff', true, true],
    ['00-1a-64-6a-55-98', false, false],
    ['00:1a:64:6a:55', false, false],
    ['001a.646a.5598', false, false],
  ])('MAC %s valid: %s, multicast: %s', (mac, valid, multicast) => {
    expect(isValidMac(mac)).toBe(valid);
    expect(isMulticastMac(mac)).toBe(multicast);
  });

  it.each([
    ['x3650', true],
    ['db-1.example.com', true],
    ['a'.repeat(63), true],
    ['a'.repeat(64), false],
    ['-x', false],
    ['x-', false],
    ['x_y', false],
    ['x..y', false],
    ['', false],
  ])('host name %j valid: %s', (name, valid) => {
    expect(isValidHostName(name)).toBe(valid);
  });

  it.each([
    ['Broadcom Corporation NetXtreme II BCM5708 "rev 12"', true],
    ['a\nb', false],
    ['a\rb', false],
    ['a\u2028b', false],
    ['a\u0085b', false],
    ['x'.repeat(201), false],
  ])('one-line text %j: %s', (text, ok) => {
    expect(isOneLineText(text)).toBe(ok);
  });

  it.each([
    ['a', 'a'],
    ['\n', 'U+000A'],
    [' ', 'U+0020'],
    ['\u007f', 'U+007F'],
  ])('shows %j as %s', (char, shown) => {
    expect(describeChar(char)).toBe(shown);
  });
});
