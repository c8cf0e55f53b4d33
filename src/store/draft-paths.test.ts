/**
 * Draft pointers follow their NIC or bond when earlier entries are removed.
 */
import { describe, expect, it } from 'vitest';
import { dropDraftsUnder, isUnderPointer, pointerOwner, removeIndexedDrafts } from './draft-paths';

describe('isUnderPointer', () => {
  it.each([
    ['/bonds/0/mtu', '/bonds/0', true],
    ['/bonds/0', '/bonds/0', true],
    ['/bonds/01/mtu', '/bonds/0', false],
    ['/bonds/10/mtu', '/bonds/1', false],
  ])('%s under %s is %s', (pointer, prefix, expected) => {
    expect(isUnderPointer(pointer, prefix)).toBe(expected);
  });
});

describe('dropDraftsUnder', () => {
  it('drops the pointer and everything below it, keeping siblings', () => {
    const drafts = { '/bonds/0/ipv4/address': 'x', '/bonds/0/ipv4': 'y', '/bonds/0/mtu': '9x' };
    expect(dropDraftsUnder(drafts, '/bonds/0/ipv4')).toEqual({ '/bonds/0/mtu': '9x' });
  });
});

describe('removeIndexedDrafts', () => {
  it('drops drafts of the removed entry and shifts later ones down', () => {
    const drafts = {
      '/nics/0/mac': 'a',
      '/nics/1/mac': 'b',
      '/nics/2/speed': 'c',
      '/bonds/1/mtu': 'd',
    };
    expect(removeIndexedDrafts(drafts, 'nics', 1)).toEqual({
      '/nics/0/mac': 'a',
      '/nics/1/speed': 'c',
      '/bonds/1/mtu': 'd',
    });
  });
});

describe('pointerOwner', () => {
  it.each([
    ['/bonds/2/options/miimon', { collection: 'bonds', index: 2 }],
    ['/nics/0', { collection: 'nics', index: 0 }],
    ['/host/name', null],
  ])('%s belongs to %j', (pointer, expected) => {
    expect(pointerOwner(pointer)).toEqual(expected);
  });
});
