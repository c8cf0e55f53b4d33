/**
 * Tests of mergeDesign: added NICs and bonds, clashing names renamed to the next free ones with
 * slaves, primary and layout following, and the added nodes placed beside the existing ones.
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { mergeDesign } from './merge';

const GRID = { nicX: 0, bondX: 400, nicStep: 170, bondStep: 240 };

const CURRENT: Design = {
  version: 1,
  host: { name: 'x3650' },
  nics: [{ name: 'eth0' }, { name: 'eth1' }],
  bonds: [{ name: 'bond0', mode: 'active-backup', slaves: ['eth0', 'eth1'], options: {} }],
};

const IMPORTED: Design = {
  version: 1,
  host: { name: 'db1' },
  nics: [{ name: 'eth0', model: 'Intel 82574L' }, { name: 'eth1' }, { name: 'eth2' }],
  bonds: [
    {
      name: 'bond0',
      mode: 'active-backup',
      slaves: ['eth0', 'eth1'],
      options: { miimon: 100, primary: 'eth1' },
    },
    { name: 'bond1', mode: 'balance-xor', slaves: ['eth2'], options: {} },
  ],
  layout: { 'nic:eth0': { x: 10, y: 20 } },
};

describe('mergeDesign', () => {
  it('renames clashes, rewrites slaves, primary and layout, and places the nodes beside', () => {
    expect(mergeDesign(CURRENT, IMPORTED, GRID)).toEqual({
      renamed: [
        { kind: 'nic', from: 'eth0', to: 'eth3' },
        { kind: 'nic', from: 'eth1', to: 'eth4' },
        { kind: 'bond', from: 'bond0', to: 'bond2' },
      ],
      design: {
        version: 1,
        host: { name: 'x3650' },
        nics: [
          { name: 'eth0' },
          { name: 'eth1' },
          { name: 'eth3', model: 'Intel 82574L' },
          { name: 'eth4' },
          { name: 'eth2' },
        ],
        bonds: [
          { name: 'bond0', mode: 'active-backup', slaves: ['eth0', 'eth1'], options: {} },
          {
            name: 'bond2',
            mode: 'active-backup',
            slaves: ['eth3', 'eth4'],
            options: { miimon: 100, primary: 'eth4' },
          },
          { name: 'bond1', mode: 'balance-xor', slaves: ['eth2'], options: {} },
        ],
        // The current nodes end at x 400 (bond0); the imported ones start one column further.
        layout: {
          'nic:eth3': { x: 810, y: 20 },
          'nic:eth4': { x: 800, y: 170 },
          'nic:eth2': { x: 800, y: 340 },
          'bond:bond2': { x: 1200, y: 0 },
          'bond:bond1': { x: 1200, y: 240 },
        },
      },
    });
  });

  it('keeps the current layout and places beside nodes that were moved', () => {
    const current = { ...CURRENT, layout: { 'bond:bond0': { x: 900, y: -50 } } };
    const imported: Design = { version: 1, nics: [{ name: 'eth7' }], bonds: [] };
    expect(mergeDesign(current, imported, GRID)).toEqual({
      renamed: [],
      design: {
        ...current,
        nics: [...CURRENT.nics, { name: 'eth7' }],
        layout: { 'bond:bond0': { x: 900, y: -50 }, 'nic:eth7': { x: 1300, y: -50 } },
      },
    });
  });

  it('adds everything unchanged to an empty design, taking its host name', () => {
    const empty: Design = { version: 1, nics: [], bonds: [] };
    expect(mergeDesign(empty, IMPORTED, GRID)).toEqual({
      renamed: [],
      design: {
        ...IMPORTED,
        layout: {
          'nic:eth0': { x: 10, y: 20 },
          'nic:eth1': { x: 0, y: 170 },
          'nic:eth2': { x: 0, y: 340 },
          'bond:bond0': { x: 400, y: 0 },
          'bond:bond1': { x: 400, y: 240 },
        },
      },
    });
  });

  it('renames a NIC that clashes with a bond name', () => {
    const imported: Design = { version: 1, nics: [{ name: 'bond0' }], bonds: [] };
    expect(mergeDesign(CURRENT, imported, GRID).renamed).toEqual([
      { kind: 'nic', from: 'bond0', to: 'eth2' },
    ]);
  });
});
