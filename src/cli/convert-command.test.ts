/**
 * Tests of `bondsmith convert`: import then export, with export's outputs and exit statuses.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './main';

const SEED = fileURLToPath(new URL('../import/fixtures/seed/', import.meta.url));
const SEED_FILES = ['ifcfg-bond0', 'ifcfg-eth0', 'ifcfg-eth1', 'modprobe.conf', 'rc.local'];
const work = mkdtempSync(join(tmpdir(), 'bondsmith-convert-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: SEED,
    env: {},
  });
  return { status, stdout, stderr };
}

describe('bondsmith convert', () => {
  it('turns the seed files into a corrected rhel5 bundle', async () => {
    const out = join(work, 'bundle');
    const result = await cli('convert', ...SEED_FILES, '--target', 'rhel5', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`Wrote 7 file(s) to ${out}.\n`);
    const eth0 = readFileSync(join(out, 'rhel5/etc/sysconfig/network-scripts/ifcfg-eth0'), 'utf8');
    expect(eth0).toContain('\nSLAVE=yes\n');
    expect(eth0.startsWith('# Broadcom Corporation NetXtreme II BCM5708 Gigabit Ethernet\n')).toBe(
      true,
    );
    expect(readFileSync(join(out, 'rhel5/etc/modprobe.conf'), 'utf8')).toContain(
      '\nalias eth0 bnx2\nalias eth1 bnx2\nalias bond0 bonding\noptions bond0 miimon=100 mode=1\n',
    );
  });

  it('exits 2 on an unknown target and writes nothing', async () => {
    const out = join(work, 'none');
    const result = await cli('convert', ...SEED_FILES, '--target', 'solaris', '--out', out);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n').at(-2)).toBe(
      'Unknown target "solaris" (see "bondsmith targets").',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 when the target refuses the imported design', async () => {
    const out = join(work, 'refused');
    const bond3 = join(work, 'ifcfg-bond3');
    writeFileSync(bond3, 'DEVICE=bond3\nBONDING_OPTS="mode=1 miimon=100"\n');
    const result = await cli('convert', bond3, '--target', 'rhel5', '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n').at(-2)).toBe('Nothing was written: the design has errors.');
    expect(result.stderr).toContain('[target-bond-name-unsupported]');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with the usage when --target or --out is missing', async () => {
    const result = await cli('convert', 'ifcfg-bond0', '--out', join(work, 'x'));
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'Give the targets with --target ID[,ID…] (see "bondsmith targets").',
    );
  });
});
