import { describe, expect, it } from 'vitest';
import { formatModuleParams, moduleWord } from './module-params';

describe('formatModuleParams', () => {
  it('joins key=value words in the given order', () => {
    expect(
      formatModuleParams([
        ['miimon', '100'],
        ['mode', '1'],
        ['arp_ip_target', '10.0.0.1,10.0.0.2'],
      ]),
    ).toBe('miimon=100 mode=1 arp_ip_target=10.0.0.1,10.0.0.2');
  });

  it.each([
    ['mode', '1 evil=1'],
    ['mode', '1\nalias x y'],
    ['mode', '1#'],
    ['mode', ''],
    ['Mode', '1'],
    ['mo de', '1'],
  ])('refuses %s=%j', (key, value) => {
    expect(() => formatModuleParams([[key, value]])).toThrow();
  });
});

describe('moduleWord', () => {
  it.each([['eth0'], ['bnx2'], ['e1000e'], ['mlx5_core']])('accepts %s', (word) => {
    expect(moduleWord(word)).toBe(word);
  });

  it.each([['bnx2 evil'], ['a#b'], ['a\nb'], ['']])('refuses %j', (word) => {
    expect(() => moduleWord(word)).toThrow(/modprobe word/);
  });
});
