// The findings list names the bond or NIC a finding concerns from its pointer alone.
import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { findingSubject } from './finding-subject';

const design: Design = {
  version: 1,
  host: { name: 'x3650' },
  nics: [{ name: 'eth0' }, { name: 'eth1' }],
  bonds: [{ name: 'bond0', mode: 'active-backup', slaves: [], options: {} }],
};

describe('findingSubject', () => {
  it.each([
    ['/bonds/0/options/miimon', { kind: 'bond', name: 'bond0' }],
    ['/bonds/0', { kind: 'bond', name: 'bond0' }],
    ['/nics/1/mac', { kind: 'nic', name: 'eth1' }],
    ['/host/name', { kind: 'host' }],
    ['/bonds/5/name', { kind: 'design' }],
    ['/bonds/x/name', { kind: 'design' }],
    ['/version', { kind: 'design' }],
    ['', { kind: 'design' }],
  ])('reads %j', (path, expected) => {
    expect(findingSubject(design, path)).toEqual(expected);
  });
});
