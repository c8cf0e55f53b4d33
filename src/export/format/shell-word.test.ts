import { describe, expect, it } from 'vitest';
import { shellCommand, shellWord } from './shell-word';

describe('shellWord', () => {
  it.each([
    ['eth0', 'eth0'],
    ['bond0', 'bond0'],
    ['$(reboot)', "'$(reboot)'"],
    ['a;b', "'a;b'"],
    ["it's", `'it'\\''s'`],
    ['', "''"],
  ])('quotes %j as %s', (value, expected) => {
    expect(shellWord(value)).toBe(expected);
  });

  it.each([['a\nb'], ['a\u0000b']])('refuses %j', (value) => {
    expect(() => shellWord(value)).toThrow(/control character/);
  });

  it('joins a command', () => {
    expect(shellCommand(['ifenslave', 'bond0', 'eth0', 'eth1'])).toBe('ifenslave bond0 eth0 eth1');
  });
});
