import { describe, expect, it } from 'vitest';
import { commentLine, quoteValue, serializeKeyValue } from './key-value';

// validators.md §8: the strict ifcfg line lint.
const IFCFG_LINE =
  /^[A-Z][A-Z0-9_]*=("[^"\\$`]*"|'[^']*'|[A-Za-z0-9_./:@%+,=-]*)[\s]*$|^\s*(#.*)?$/;

describe('quoteValue', () => {
  it.each([
    ['192.168.1.3', '192.168.1.3'],
    ['00:1A:64:6A:55:98', '00:1A:64:6A:55:98'],
    ['', ''],
    ['a b', '"a b"'],
    ["it's", `"it's"`],
    ['$(reboot)', "'$(reboot)'"],
    ['`id`', "'`id`'"],
    ['say "hi"', `'say "hi"'`],
    ['back\\slash', "'back\\slash'"],
    ['a;b', '"a;b"'],
  ])('quotes %j as %s', (value, expected) => {
    expect(quoteValue(value)).toBe(expected);
    expect(`KEY=${quoteValue(value)}`).toMatch(IFCFG_LINE);
  });

  it.each([['a\nb'], ['a\rb'], ['a\u0000b'], ['tab\there'], [`'$x'`]])('refuses %j', (value) => {
    expect(() => quoteValue(value)).toThrow(/ifcfg value/);
  });
});

describe('serializeKeyValue', () => {
  it('writes comments, then pairs in order, LF-terminated', () => {
    expect(
      serializeKeyValue({
        comments: ['Broadcom NIC'],
        entries: [
          ['DEVICE', 'eth0'],
          ['SLAVE', 'yes'],
        ],
      }),
    ).toBe('# Broadcom NIC\nDEVICE=eth0\nSLAVE=yes\n');
  });

  it.each([['slave'], ['1KEY'], ['KEY NAME'], ['KEY\nX']])('refuses the key %j', (key) => {
    expect(() => serializeKeyValue({ comments: [], entries: [[key, 'yes']] })).toThrow(/key/);
  });

  it('refuses a comment that would start a second line', () => {
    expect(() => commentLine('model\nDEVICE=evil')).toThrow(/comment/);
  });
});
