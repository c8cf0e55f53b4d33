/** The mode table against the kernel's numbering and the English catalogue. */
import { describe, expect, it } from 'vitest';
import { modes } from '../i18n/en/modes';
import { BOND_MODE_INFO, modeKey, parseMode } from './bond-modes';
import { BOND_MODES, type BondMode } from './types';

describe('BOND_MODE_INFO', () => {
  it('numbers the modes as the kernel does (uapi if_bonding.h)', () => {
    expect(BOND_MODES.map((mode) => BOND_MODE_INFO[mode].number)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it.each<[BondMode, string, 'none' | 'static' | 'lacp']>([
    ['balance-rr', 'load balancing (round-robin)', 'static'],
    ['active-backup', 'fault-tolerance (active-backup)', 'none'],
    ['balance-xor', 'load balancing (xor)', 'static'],
    ['broadcast', 'fault-tolerance (broadcast)', 'static'],
    ['802.3ad', 'IEEE 802.3ad Dynamic link aggregation', 'lacp'],
    ['balance-tlb', 'transmit load balancing', 'none'],
    ['balance-alb', 'adaptive load balancing', 'none'],
  ])('%s reads "%s" in /proc and needs switch config %s', (mode, procName, switchConfig) => {
    expect(BOND_MODE_INFO[mode]).toMatchObject({ procName, switchConfig });
  });

  it('allows primary in 1, 5, 6, ARP monitoring in 0–3 and forces miimon in 4–6', () => {
    const where = (key: 'supportsPrimary' | 'supportsArpMonitor' | 'forcesMiimon') =>
      BOND_MODES.filter((mode) => BOND_MODE_INFO[mode][key]);
    expect(where('supportsPrimary')).toEqual(['active-backup', 'balance-tlb', 'balance-alb']);
    expect(where('supportsArpMonitor')).toEqual([
      'balance-rr',
      'active-backup',
      'balance-xor',
      'broadcast',
    ]);
    expect(where('forcesMiimon')).toEqual(['802.3ad', 'balance-tlb', 'balance-alb']);
  });

  it('balances load in every mode but active-backup and broadcast', () => {
    expect(BOND_MODES.map((mode) => BOND_MODE_INFO[mode].loadBalancing)).toEqual([
      'per-packet',
      'none',
      'tx-rx',
      'duplicate',
      'tx-rx',
      'tx',
      'tx-rx',
    ]);
  });
});

describe('parseMode', () => {
  it.each<[string | number, BondMode | undefined]>([
    ['802.3ad', '802.3ad'],
    [4, '802.3ad'],
    ['4', '802.3ad'],
    [' active-backup ', 'active-backup'],
    [0, 'balance-rr'],
    [6, 'balance-alb'],
    [7, undefined],
    [-1, undefined],
    ['8023ad', undefined],
    ['Active-Backup', undefined],
    ['', undefined],
  ])('reads %j as %s', (input, expected) => {
    expect(parseMode(input)).toBe(expected);
  });
});

describe('modes catalogue', () => {
  it('keys modes without dots', () => {
    expect(BOND_MODES.map(modeKey)).toEqual([
      'balance-rr',
      'active-backup',
      'balance-xor',
      'broadcast',
      '8023ad',
      'balance-tlb',
      'balance-alb',
    ]);
  });

  it.each(BOND_MODES)('explains %s in every aspect', (mode) => {
    const entry = (modes as Record<string, Record<string, string>>)[modeKey(mode)];
    expect(Object.keys(entry ?? {}).sort()).toEqual([
      'choose',
      'nic',
      'receive',
      'summary',
      'survives',
      'switch',
      'title',
      'transmit',
    ]);
  });
});
