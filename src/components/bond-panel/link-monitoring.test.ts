// The panel's monitor choice and mode-change bookkeeping, checked against the kernel's rules.
import { describe, expect, it } from 'vitest';
import type { BondMode, BondOptions } from '../../model/types';
import {
  canUseArp,
  currentMonitor,
  optionsClearedBy,
  optionsOfGroup,
  refusedOptions,
} from './link-monitoring';

describe('currentMonitor', () => {
  it.each<[BondOptions, string]>([
    [{}, 'mii'],
    [{ miimon: 100 }, 'mii'],
    [{ arp_interval: 1000 }, 'arp'],
    [{ arp_ip_target: ['192.168.1.1'] }, 'arp'],
    [{ miimon: 100, arp_validate: 'all' }, 'arp'],
  ])('reads %j as %s', (options, expected) => {
    expect(currentMonitor(options)).toBe(expected);
  });
});

describe('canUseArp', () => {
  it.each<[BondMode, boolean]>([
    ['balance-rr', true],
    ['active-backup', true],
    ['balance-xor', true],
    ['broadcast', true],
    ['802.3ad', false],
    ['balance-tlb', false],
    ['balance-alb', false],
  ])('in %s is %s', (mode, expected) => {
    expect(canUseArp(mode)).toBe(expected);
  });
});

describe('optionsClearedBy', () => {
  it('clears the ARP options when MII is chosen', () => {
    expect(
      optionsClearedBy({ miimon: 100, arp_interval: 500, arp_ip_target: ['10.0.0.1'] }, 'mii'),
    ).toEqual(['arp_interval', 'arp_ip_target']);
  });
  it('clears the MII options when ARP is chosen', () => {
    expect(optionsClearedBy({ miimon: 100, updelay: 200, lacp_rate: 'fast' }, 'arp')).toEqual([
      'miimon',
      'updelay',
    ]);
  });
});

describe('refusedOptions', () => {
  it('names lacp_rate when leaving 802.3ad for active-backup', () => {
    expect(refusedOptions({ miimon: 100, lacp_rate: 'fast' }, 'active-backup')).toEqual([
      'lacp_rate',
    ]);
  });
  it('names nothing when every option is accepted', () => {
    expect(refusedOptions({ miimon: 100 }, '802.3ad')).toEqual([]);
  });
});

describe('optionsOfGroup', () => {
  it('offers packets_per_slave only in balance-rr', () => {
    expect(optionsOfGroup('balance-rr', 'mode')).toContain('packets_per_slave');
    expect(optionsOfGroup('balance-xor', 'mode')).not.toContain('packets_per_slave');
  });
  it('offers ad_select in balance-rr only once it is set (accepted but inert there)', () => {
    expect(optionsOfGroup('balance-rr', 'mode')).not.toContain('ad_select');
    expect(optionsOfGroup('balance-rr', 'mode', { ad_select: 'count' })).toContain('ad_select');
    expect(optionsOfGroup('802.3ad', 'mode')).toContain('ad_select');
  });
  it('offers no arp_interval in 802.3ad', () => {
    expect(optionsOfGroup('802.3ad', 'arp')).not.toContain('arp_interval');
  });
});
