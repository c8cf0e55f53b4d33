import { describe, expect, it } from 'vitest';
import { assertOneLine, assertPathSegment, isOneLine } from './line-safety';

describe('line safety', () => {
  it.each([
    ['eth0', true],
    ['Broadcom Corporation NetXtreme II', true],
    ['a\nb', false],
    ['a\rb', false],
    ['a\u0000b', false],
    ['a\u007fb', false],
  ])('isOneLine(%j) is %s', (text, expected) => {
    expect(isOneLine(text)).toBe(expected);
  });

  it('assertOneLine names what it refused', () => {
    expect(() => assertOneLine('x\ny', 'README line')).toThrow(
      'README line contains a control character',
    );
  });

  it.each([['.'], ['..'], ['a/b'], [''], ['a b'], ['$(x)']])(
    'refuses the path segment %j',
    (segment) => {
      expect(() => assertPathSegment(segment)).toThrow(/unsafe file name segment/);
    },
  );

  it('accepts an interface file name', () => {
    expect(assertPathSegment('bond0')).toBe('bond0');
  });
});
