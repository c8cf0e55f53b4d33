/**
 * Tests of importUploads, the app's whole import: the seed's own files, a pasted /proc text, a
 * re-imported bundle, and refusals (hostile archives, deeply nested or aliased YAML) that never
 * yield a design.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../export/archive';
import { buildBundle } from '../export/bundle';
import { EXPORT_TARGETS } from '../export/targets/index';
import { createSeedDesign } from '../model/defaults';
import { attachNic } from '../model/topology';
import { importUploads } from './upload-import';
import { MAX_YAML_DEPTH } from './yaml-guard';

const SEED_DIR = fileURLToPath(new URL('./fixtures/seed/', import.meta.url));
// Where a size depends on where inflating stopped, its bounds are asserted separately.
const ANY_SIZE: unknown = expect.any(Number);
const BCM5708 = 'Broadcom Corporation NetXtreme II BCM5708 Gigabit Ethernet';

function upload(name: string, text: string) {
  return { name, bytes: strToU8(text) };
}

describe('importUploads', () => {
  it("imports the seed's files into bond0 active-backup miimon 100 with the slave=yes note", () => {
    const uploads = readdirSync(SEED_DIR).map((name) => ({
      name,
      bytes: new Uint8Array(readFileSync(`${SEED_DIR}${name}`)),
    }));
    const outcome = importUploads({ uploads });
    expect(outcome).toMatchObject({
      ready: true,
      format: 'rhel5',
      findings: [],
      design: {
        version: 1,
        nics: [
          { name: 'eth0', model: BCM5708, driver: 'bnx2' },
          { name: 'eth1', model: BCM5708, driver: 'bnx2' },
        ],
        bonds: [
          {
            name: 'bond0',
            mode: 'active-backup',
            slaves: ['eth0', 'eth1'],
            options: { miimon: 100 },
            ipv4: { method: 'static', address: '192.168.1.3', prefix: 24, gateway: '192.168.1.1' },
            mtu: 1500,
          },
        ],
      },
    });
    expect(outcome.notes).toContainEqual({
      severity: 'warning',
      code: 'ifcfg-lowercase-key',
      file: 'ifcfg-eth0',
      line: 7,
      params: { key: 'slave', expected: 'SLAVE' },
    });
  });

  it('imports pasted /proc/net/bonding text', () => {
    const text = [
      'Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)',
      '',
      'Bonding Mode: fault-tolerance (active-backup)',
      'Primary Slave: None',
      'Currently Active Slave: eth0',
      'MII Status: up',
      'MII Polling Interval (ms): 100',
      'Up Delay (ms): 0',
      'Down Delay (ms): 0',
      '',
      'Slave Interface: eth0',
      'MII Status: up',
      '',
      'Slave Interface: eth1',
      'MII Status: up',
      '',
    ].join('\n');
    const outcome = importUploads({ uploads: [upload('bond0', text)], from: 'proc' });
    expect(outcome).toMatchObject({
      ready: true,
      format: 'proc',
      design: {
        nics: [{ name: 'eth0' }, { name: 'eth1' }],
        bonds: [{ name: 'bond0', mode: 'active-backup', slaves: ['eth0', 'eth1'] }],
      },
    });
  });

  it('gives back the exported design from a re-imported bundle', () => {
    const design = attachNic(attachNic(createSeedDesign(), 'eth0', 'bond0'), 'eth1', 'bond0');
    const bundle = buildBundle(
      design,
      EXPORT_TARGETS.map((target) => target.id),
    );
    if (!bundle.ok) throw new Error('the seed design must export');
    const outcome = importUploads({
      uploads: [{ name: 'bundle.zip', bytes: zipFiles(bundle.files) }],
    });
    expect(outcome.ready).toBe(true);
    if (!outcome.ready) return;
    expect(outcome.design.bonds).toEqual(design.bonds);
    expect(outcome.design.nics.map((nic) => nic.name)).toEqual(['eth0', 'eth1']);
  });

  it('refuses a zip with a ../ path and a 10 MB file, giving no design', () => {
    const bytes = zipSync({
      '../ifcfg-bond0': strToU8('DEVICE=bond0\n'),
      'big.conf': new Uint8Array(10 * 1024 * 1024),
    });
    expect(importUploads({ uploads: [{ name: 'evil.zip', bytes }] })).toEqual({
      ready: false,
      notes: [
        {
          severity: 'error',
          code: 'archive-entry-too-large',
          file: 'evil.zip',
          params: { entry: 'big.conf', size: ANY_SIZE, max: 2 * 1024 * 1024 },
        },
      ],
    });
  });

  it('refuses YAML nested deeper than any configuration, before parsing it', () => {
    const depth = 100_000;
    const text = `network:\n  bonds:\n    bond0: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    expect(importUploads({ uploads: [upload('01-netcfg.yaml', text)] })).toEqual({
      ready: false,
      notes: [
        {
          severity: 'error',
          code: 'yaml-too-deep',
          file: '01-netcfg.yaml',
          params: { depth, max: MAX_YAML_DEPTH },
        },
        { severity: 'error', code: 'nothing-imported', file: '01-netcfg.yaml' },
      ],
    });
  });

  it('refuses a YAML alias bomb', () => {
    const lines = ['network:', '  a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 30; level += 1) {
      const ref = `*a${String(level - 1)}`;
      lines.push(`  a${String(level)}: &a${String(level)} [${Array(9).fill(ref).join(', ')}]`);
    }
    const outcome = importUploads({ uploads: [upload('bomb.yaml', `${lines.join('\n')}\n`)] });
    expect(outcome.ready).toBe(false);
    expect(outcome.notes[0]).toEqual({
      severity: 'error',
      code: 'yaml-too-many-aliases',
      file: 'bomb.yaml',
    });
  });

  it('refuses input with nothing in it', () => {
    expect(importUploads({ uploads: [upload('notes.txt', 'hello\n')] })).toEqual({
      ready: false,
      notes: [{ severity: 'error', code: 'format-unknown', file: 'notes.txt' }],
    });
  });
});
