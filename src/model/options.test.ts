/** The option table against kernel-bonding.md §2, and text parsing/formatting for the form. */
import { describe, expect, it } from 'vitest';
import { options as catalogue } from '../i18n/en/options';
import { parseOptionText } from './option-values';
import {
  acceptedOptions,
  enumNumber,
  formatOptionValue,
  isOptionAccepted,
  OPTION_INFO,
  OPTION_NAMES,
} from './options';
import { BOND_MODES, type BondMode, type OptionName } from './types';

describe('OPTION_INFO', () => {
  it('lists every bond option once', () => {
    expect(OPTION_NAMES).toHaveLength(33);
    expect(new Set(OPTION_NAMES).size).toBe(33);
    expect(OPTION_NAMES.every((name) => OPTION_INFO[name].name === name)).toBe(true);
  });

  it.each<[OptionName, string, number]>([
    ['xmit_hash_policy', 'layer3+4', 1],
    ['xmit_hash_policy', 'layer2+3', 2],
    ['xmit_hash_policy', 'vlan+srcmac', 5],
    ['arp_validate', 'filter_backup', 6],
    ['fail_over_mac', 'follow', 2],
    ['lacp_rate', 'fast', 1],
    ['ad_select', 'count', 2],
    ['primary_reselect', 'failure', 2],
    ['use_carrier', 'on', 1],
  ])('numbers %s %s as %i', (name, value, number) => {
    expect(enumNumber(name, value)).toBe(number);
  });

  it('returns no number for a value outside the enum', () => {
    expect(enumNumber('lacp_rate', 'medium')).toBeUndefined();
    expect(enumNumber('miimon', '100')).toBeUndefined();
  });

  it.each<[BondMode, OptionName[]]>([
    ['balance-rr', ['packets_per_slave']],
    ['active-backup', ['primary', 'active_slave']],
    [
      '802.3ad',
      [
        'lacp_rate',
        'lacp_active',
        'ad_actor_sys_prio',
        'ad_actor_system',
        'ad_user_port_key',
        'coupled_control',
        'broadcast_neighbor',
      ],
    ],
    ['balance-alb', ['primary', 'active_slave', 'tlb_dynamic_lb']],
  ])('accepts the mode-specific options of %s', (mode, names) => {
    expect(names.filter((name) => !isOptionAccepted(name, mode))).toEqual([]);
  });

  it.each<[OptionName, BondMode[]]>([
    [
      'packets_per_slave',
      ['active-backup', 'balance-xor', 'broadcast', '802.3ad', 'balance-tlb', 'balance-alb'],
    ],
    ['arp_interval', ['802.3ad', 'balance-tlb', 'balance-alb']],
    ['arp_validate', ['802.3ad', 'balance-tlb', 'balance-alb']],
    ['primary', ['balance-rr', 'balance-xor', 'broadcast', '802.3ad']],
    [
      'lacp_rate',
      ['balance-rr', 'active-backup', 'balance-xor', 'broadcast', 'balance-tlb', 'balance-alb'],
    ],
    ['tlb_dynamic_lb', ['balance-rr', 'active-backup', 'balance-xor', 'broadcast', '802.3ad']],
    ['arp_ip_target', []],
    ['miimon', []],
  ])('the kernel refuses %s in %j', (name, modes) => {
    expect(BOND_MODES.filter((mode) => !isOptionAccepted(name, mode))).toEqual(modes);
  });

  it('offers only what the mode accepts', () => {
    expect(acceptedOptions('active-backup')).not.toContain('lacp_rate');
    expect(acceptedOptions('802.3ad')).toContain('lacp_rate');
    expect(acceptedOptions('802.3ad')).not.toContain('arp_interval');
    expect(acceptedOptions('balance-rr')[0]).toBe('miimon');
  });

  it('marks exactly the options RHEL5 bonding 3.4.0 has', () => {
    expect(OPTION_NAMES.filter((name) => OPTION_INFO[name].rhel5)).toEqual([
      'miimon',
      'updelay',
      'downdelay',
      'use_carrier',
      'arp_interval',
      'arp_ip_target',
      'arp_validate',
      'primary',
      'primary_reselect',
      'fail_over_mac',
      'num_grat_arp',
      'num_unsol_na',
      'xmit_hash_policy',
      'lacp_rate',
      'resend_igmp',
    ]);
    expect(OPTION_INFO.arp_validate.rhel5Values).toEqual(['none', 'active', 'backup', 'all']);
    expect(OPTION_INFO.xmit_hash_policy.rhel5Values).toEqual(['layer2', 'layer3+4', 'layer2+3']);
  });

  it.each(OPTION_NAMES)('has an English label and help for %s', (name) => {
    const entry = (catalogue as Record<string, { label?: string; help?: string }>)[name];
    expect(entry?.label).toContain(`(${name})`);
    expect(entry?.help?.length ?? 0).toBeGreaterThan(20);
  });
});

describe('formatOptionValue', () => {
  it.each<[OptionName, number | string | string[], string]>([
    ['miimon', 100, '100'],
    ['lacp_rate', 'fast', 'fast'],
    ['arp_ip_target', ['10.0.0.1', '10.0.0.2'], '10.0.0.1,10.0.0.2'],
    ['queue_id', ['eth0:1'], 'eth0:1'],
  ])('writes %s %j as %s', (name, value, text) => {
    expect(formatOptionValue(name, value)).toBe(text);
  });
});

describe('parseOptionText', () => {
  it.each<[OptionName, string, unknown]>([
    ['miimon', '100', 100],
    ['miimon', ' 0 ', 0],
    ['miimon', '', undefined],
    ['lacp_rate', '1', 'fast'],
    ['lacp_rate', 'FAST', 'fast'],
    ['xmit_hash_policy', '2', 'layer2+3'],
    ['arp_ip_target', '10.0.0.1, 10.0.0.2 10.0.0.3', ['10.0.0.1', '10.0.0.2', '10.0.0.3']],
    ['ns_ip6_target', '2001:db8::1', ['2001:db8::1']],
    ['queue_id', 'eth0:1,eth1:2', ['eth0:1', 'eth1:2']],
    ['primary', 'eth0', 'eth0'],
    ['ad_actor_system', '02:AA:00:00:00:01', '02:aa:00:00:00:01'],
  ])('reads %s "%s" as %j', (name, text, value) => {
    expect(parseOptionText(name, text)).toEqual({ ok: true, value });
  });

  it.each<[OptionName, string, string, Record<string, string | number>]>([
    ['miimon', 'abc', 'option-not-integer', { option: 'miimon', value: 'abc' }],
    ['miimon', '-1', 'option-not-integer', { option: 'miimon', value: '-1' }],
    ['miimon', '1.5', 'option-not-integer', { option: 'miimon', value: '1.5' }],
    [
      'miimon',
      '2147483648',
      'option-out-of-range',
      { option: 'miimon', value: 2147483648, min: 0, max: 2147483647 },
    ],
    [
      'arp_missed_max',
      '0',
      'option-out-of-range',
      { option: 'arp_missed_max', value: 0, min: 1, max: 255 },
    ],
    [
      'lacp_rate',
      '2',
      'option-not-in-enum',
      { option: 'lacp_rate', value: '2', values: 'slow, fast' },
    ],
    [
      'arp_ip_target',
      '10.0.0.1,10.0.0',
      'arp-target-invalid',
      { option: 'arp_ip_target', value: '10.0.0' },
    ],
    [
      'ns_ip6_target',
      'fe80::zz',
      'ns-target-invalid',
      { option: 'ns_ip6_target', value: 'fe80::zz' },
    ],
    ['queue_id', 'eth0', 'queue-id-invalid', { option: 'queue_id', value: 'eth0' }],
    [
      'primary',
      'eth0;reboot',
      'option-ifname-invalid',
      { option: 'primary', value: 'eth0;reboot' },
    ],
    [
      'ad_actor_system',
      '02:00:00',
      'option-mac-invalid',
      { option: 'ad_actor_system', value: '02:00:00' },
    ],
  ])('refuses %s "%s" with %s', (name, text, code, params) => {
    expect(parseOptionText(name, text)).toEqual({ ok: false, code, params });
  });
});
