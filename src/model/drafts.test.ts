/** Drafts: text per JSON Pointer that parses into a value, or stays with a specific finding. */
import { describe, expect, it } from 'vitest';
import { draftFindings, parseDraft } from './drafts';

describe('parseDraft', () => {
  it.each<[string, string, unknown]>([
    ['/bonds/0/options/miimon', '100', 100],
    ['/bonds/0/options/miimon', '', undefined],
    ['/bonds/0/options/lacp_rate', '1', 'fast'],
    ['/bonds/2/options/arp_ip_target', '10.0.0.1,10.0.0.2', ['10.0.0.1', '10.0.0.2']],
    ['/bonds/0/ipv4/address', '192.168.1.3', '192.168.1.3'],
    ['/bonds/0/ipv4/prefix', '24', 24],
    ['/bonds/0/ipv4/prefix', '255.255.255.0', 24],
    ['/bonds/0/ipv4/gateway', ' 192.168.1.1 ', '192.168.1.1'],
    ['/bonds/0/ipv4/gateway', '', undefined],
    ['/bonds/0/mtu', '9000', 9000],
    ['/bonds/0/mode', '4', '802.3ad'],
    ['/bonds/0/name', 'bond1', 'bond1'],
    ['/nics/1/name', 'eth1', 'eth1'],
    ['/nics/1/speed', '10000', 10000],
    ['/nics/1/mac', '00:1a:64:6a:55:98', '00:1a:64:6a:55:98'],
    ['/nics/1/driver', 'ixgbe', 'ixgbe'],
    ['/nics/1/model', 'Intel 82599ES', 'Intel 82599ES'],
    ['/nics/1/model', '', undefined],
    ['/host/name', 'web1', 'web1'],
  ])('reads %s "%s" as %j', (pointer, text, value) => {
    expect(parseDraft(pointer, text)).toEqual({ ok: true, value });
  });

  it.each<[string, string, string, Record<string, string | number>]>([
    ['/bonds/0/options/miimon', '10O', 'option-not-integer', { option: 'miimon', value: '10O' }],
    [
      '/bonds/0/options/lacp_rate',
      'quick',
      'option-not-in-enum',
      { option: 'lacp_rate', value: 'quick', values: 'slow, fast' },
    ],
    [
      '/bonds/0/options/arp_ip_target',
      '10.0.0.1,10.0.0',
      'arp-target-invalid',
      { option: 'arp_ip_target', value: '10.0.0' },
    ],
    ['/bonds/0/ipv4/address', '192.168.1.', 'ipv4-address-invalid', { address: '192.168.1.' }],
    ['/bonds/0/ipv4/prefix', '255.0.255.0', 'ipv4-prefix-invalid', { prefix: '255.0.255.0' }],
    ['/bonds/0/ipv4/gateway', 'router', 'ipv4-gateway-invalid', { gateway: 'router' }],
    ['/bonds/0/mtu', '1500.5', 'mtu-invalid', { mtu: '1500.5', min: 68, max: 65535 }],
    ['/bonds/0/mtu', '60', 'mtu-invalid', { mtu: '60', min: 68, max: 65535 }],
    ['/bonds/0/mode', 'lacp', 'bond-mode-invalid', { mode: 'lacp' }],
    ['/bonds/0/name', 'bond 1', 'ifname-bad-char', { name: 'bond 1', char: 'U+0020', max: 15 }],
    ['/nics/0/name', '', 'ifname-empty', { name: '', char: '', max: 15 }],
    ['/nics/0/speed', 'fast', 'nic-speed-invalid', { speed: 'fast', min: 1, max: 800000 }],
    ['/nics/0/mac', '00:1a', 'nic-mac-invalid', { mac: '00:1a' }],
    ['/nics/0/driver', 'bnx2 x', 'nic-driver-invalid', { driver: 'bnx2 x' }],
    ['/host/name', 'web_1', 'host-name-invalid', { name: 'web_1' }],
    [
      '/bonds/0/options/frobnicate',
      '1',
      'draft-pointer-unknown',
      { pointer: '/bonds/0/options/frobnicate' },
    ],
    ['/bonds/x/mtu', '1500', 'draft-pointer-unknown', { pointer: '/bonds/x/mtu' }],
    ['bonds/0/mtu', '1500', 'draft-pointer-unknown', { pointer: 'bonds/0/mtu' }],
  ])('keeps %s "%s" as a draft with %s', (pointer, text, code, params) => {
    expect(parseDraft(pointer, text)).toEqual({
      ok: false,
      finding: { severity: 'error', code, path: pointer, params },
    });
  });

  it('refuses a model with a line break', () => {
    expect(parseDraft('/nics/0/model', 'a\nb')).toEqual({
      ok: false,
      finding: { severity: 'error', code: 'nic-model-invalid', path: '/nics/0/model' },
    });
  });
});

describe('draftFindings', () => {
  it('reports one finding per draft that still does not parse, at its pointer', () => {
    const findings = draftFindings({
      '/bonds/0/options/miimon': 'abc',
      '/bonds/0/ipv4/prefix': '24',
      '/bonds/0/ipv4/address': '10.0.0',
    });
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['option-not-integer', '/bonds/0/options/miimon'],
      ['ipv4-address-invalid', '/bonds/0/ipv4/address'],
    ]);
  });

  it('reports nothing without drafts', () => {
    expect(draftFindings({})).toEqual([]);
  });
});
