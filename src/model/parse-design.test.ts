/** Design files: good, not JSON, not a design, newer, wrong types, number enums, unknown keys. */
import { describe, expect, it } from 'vitest';
import { parseDesign, serializeDesign } from './parse-design';
import { makeDesign } from './testing/builders';
import { validateDesign } from './validate';

const SPEC_EXAMPLE = `{
  "version": 1,
  "host": { "name": "x3650" },
  "nics": [
    { "name": "eth0", "model": "Broadcom Corporation NetXtreme II BCM5708 Gigabit Ethernet",
      "driver": "bnx2", "mac": "00:1a:64:6a:55:98", "speed": 1000 },
    { "name": "eth1", "model": "Broadcom Corporation NetXtreme II BCM5708 Gigabit Ethernet",
      "driver": "bnx2" }
  ],
  "bonds": [
    { "name": "bond0", "mode": "active-backup", "slaves": ["eth0", "eth1"],
      "options": { "miimon": 100 },
      "ipv4": { "method": "static", "address": "192.168.1.3", "prefix": 24, "gateway": "192.168.1.1" },
      "mtu": 1500 }
  ],
  "layout": {}
}`;

const withBond = (bond: Record<string, unknown>) =>
  JSON.stringify({
    version: 1,
    nics: [{ name: 'eth0' }],
    bonds: [{ name: 'bond0', mode: 'active-backup', ...bond }],
  });

describe('parseDesign', () => {
  it('reads the spec example', () => {
    const result = parseDesign(SPEC_EXAMPLE);
    expect(result).toMatchObject({ ok: true, findings: [] });
    expect(result.ok && result.design?.bonds[0]).toEqual({
      name: 'bond0',
      mode: 'active-backup',
      slaves: ['eth0', 'eth1'],
      options: { miimon: 100 },
      ipv4: { method: 'static', address: '192.168.1.3', prefix: 24, gateway: '192.168.1.1' },
      mtu: 1500,
    });
  });

  it.each([
    ['not JSON', '{"version": 1,', 'not-json'],
    ['an array', '[]', 'not-a-design'],
    ['a number', '42', 'not-a-design'],
    ['no bonds', '{"version": 1, "nics": []}', 'not-a-design'],
    ['no version', '{"nics": [], "bonds": []}', 'not-a-design'],
    ['version 2', '{"version": 2, "nics": [], "bonds": []}', 'unsupported-version'],
    ['version "1"', '{"version": "1", "nics": [], "bonds": []}', 'unsupported-version'],
  ])('refuses %s as %s', (_title, text, reason) => {
    expect(parseDesign(text)).toMatchObject({ ok: false, reason });
  });

  it('defaults slaves and options to empty and ignores unknown top-level keys', () => {
    const result = parseDesign(
      '{"version":1,"generator":"x","nics":[],"bonds":[{"name":"bond0","mode":"broadcast"}]}',
    );
    expect(result).toEqual({
      ok: true,
      findings: [],
      design: {
        version: 1,
        nics: [],
        bonds: [{ name: 'bond0', mode: 'broadcast', slaves: [], options: {} }],
      },
    });
  });

  it('normalises numbers for the mode and enumerated options to names', () => {
    const result = parseDesign(
      withBond({ mode: 4, options: { lacp_rate: 1, xmit_hash_policy: 2, miimon: 100 } }),
    );
    expect(result.ok && result.design?.bonds[0]).toMatchObject({
      mode: '802.3ad',
      options: { lacp_rate: 'fast', xmit_hash_policy: 'layer2+3', miimon: 100 },
    });
  });

  it('turns an enum number without a name into text the rules report', () => {
    const result = parseDesign(withBond({ mode: 9, options: { miimon: 100, lacp_rate: 7 } }));
    expect(result).toMatchObject({ ok: true, findings: [] });
    const design = result.ok ? result.design : undefined;
    expect(design?.bonds[0]).toMatchObject({ mode: '9', options: { lacp_rate: '7' } });
    expect(design && validateDesign(design).findings.map((f) => [f.code, f.path])).toEqual([
      ['bond-mode-invalid', '/bonds/0/mode'],
      ['bond-no-slaves', '/bonds/0/slaves'],
      ['option-not-in-enum', '/bonds/0/options/lacp_rate'],
    ]);
  });

  it('reports unknown keys in nics, bonds and options with their paths and keeps the design', () => {
    const text = JSON.stringify({
      version: 1,
      nics: [{ name: 'eth0', vendor: 'x' }],
      bonds: [{ name: 'bond0', mode: 'active-backup', slave: [], options: { mimon: 100 } }],
    });
    const result = parseDesign(text);
    expect(result.ok && result.findings).toEqual([
      { severity: 'error', code: 'unknown-key', path: '/nics/0/vendor', params: { key: 'vendor' } },
      {
        severity: 'error',
        code: 'unknown-key',
        path: '/bonds/0/options/mimon',
        params: { key: 'mimon' },
      },
      { severity: 'error', code: 'unknown-key', path: '/bonds/0/slave', params: { key: 'slave' } },
    ]);
    expect(result.ok && result.design?.bonds[0]).toEqual({
      name: 'bond0',
      mode: 'active-backup',
      slaves: [],
      options: {},
    });
  });

  it('reports wrong types with their paths and gives no design', () => {
    const text = JSON.stringify({
      version: 1,
      nics: [{ name: 7 }],
      bonds: [
        {
          name: 'bond0',
          mode: 'active-backup',
          slaves: 'eth0',
          options: { miimon: '100', arp_ip_target: '10.0.0.1' },
        },
      ],
    });
    expect(parseDesign(text)).toEqual({
      ok: true,
      findings: [
        {
          severity: 'error',
          code: 'value-wrong-type',
          path: '/nics/0/name',
          params: { expected: 'string' },
        },
        {
          severity: 'error',
          code: 'value-wrong-type',
          path: '/bonds/0/slaves',
          params: { expected: 'array' },
        },
        {
          severity: 'error',
          code: 'value-wrong-type',
          path: '/bonds/0/options/miimon',
          params: { expected: 'number' },
        },
        {
          severity: 'error',
          code: 'value-wrong-type',
          path: '/bonds/0/options/arp_ip_target',
          params: { expected: 'array' },
        },
      ],
    });
  });

  it('survives deep nesting and huge input', () => {
    const deep = `${'['.repeat(100000)}${']'.repeat(100000)}`;
    expect(parseDesign(deep).ok).toBe(false);
    const huge = JSON.stringify({ version: 1, nics: [{ name: 'x'.repeat(1_000_000) }], bonds: [] });
    expect(parseDesign(huge)).toMatchObject({ ok: true, findings: [] });
  });
});

describe('serializeDesign', () => {
  it('writes 2-space JSON with a trailing newline that reads back equal', () => {
    const design = makeDesign();
    const text = serializeDesign(design);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "version": 1,');
    expect(parseDesign(text)).toEqual({ ok: true, design, findings: [] });
  });

  it('orders keys and options canonically and sorts the layout', () => {
    const a = serializeDesign({
      layout: { 'nic:b': { x: 1, y: 1 }, 'bond:a': { x: 0, y: 0 } },
      bonds: [
        {
          options: { updelay: 200, miimon: 100 },
          slaves: [],
          mode: 'active-backup',
          name: 'bond0',
        },
      ],
      nics: [],
      version: 1,
    });
    expect(JSON.parse(a)).toEqual({
      version: 1,
      nics: [],
      bonds: [
        {
          name: 'bond0',
          mode: 'active-backup',
          slaves: [],
          options: { miimon: 100, updelay: 200 },
        },
      ],
      layout: { 'bond:a': { x: 0, y: 0 }, 'nic:b': { x: 1, y: 1 } },
    });
    expect(a.indexOf('"version"')).toBeLessThan(a.indexOf('"nics"'));
    expect(a.indexOf('"miimon"')).toBeLessThan(a.indexOf('"updelay"'));
    expect(a.indexOf('"bond:a"')).toBeLessThan(a.indexOf('"nic:b"'));
  });
});
