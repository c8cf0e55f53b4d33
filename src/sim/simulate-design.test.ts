/** simBondFromDesign: slaves in design order, NIC MAC/speed or their defaults, cut cables. */
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { placeholderMac, simBondFromDesign } from './simulate-design';

const design: Design = {
  version: 1,
  nics: [
    { name: 'eth0' },
    { name: 'eth1', mac: '00:1A:64:00:00:02', speed: 10000 },
    { name: 'eth2' },
  ],
  bonds: [
    { name: 'bond0', mode: 'balance-xor', slaves: ['eth2', 'eth1'], options: { miimon: 100 } },
  ],
};

describe('simBondFromDesign', () => {
  it('keeps the enslave order and takes the bond MAC from the first slave', () => {
    expect(simBondFromDesign(design, 'bond0', ['eth1'])).toEqual({
      mode: 'balance-xor',
      options: { miimon: 100 },
      slaves: [
        { name: 'eth2', up: true, speed: 1000, mac: '02:00:00:00:00:03' },
        { name: 'eth1', up: false, speed: 10000, mac: '00:1a:64:00:00:02' },
      ],
      mac: '02:00:00:00:00:03',
    });
  });

  it('returns undefined for an unknown bond', () => {
    expect(simBondFromDesign(design, 'bond9', [])).toBeUndefined();
  });

  it.each([
    [0, '02:00:00:00:00:01'],
    [255, '02:00:00:00:01:00'],
  ])('placeholder MAC of NIC %d is %s', (index, mac) => {
    expect(placeholderMac(index)).toBe(mac);
  });
});
