/**
 * The installed command: bin/bondsmith.mjs spawned with node, as `npx bondsmith` runs it, on
 * good, bad and unreadable designs, checking exit statuses and what reaches the disk.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readExpected, readTree } from './testing/expected-files';

const BIN = fileURLToPath(new URL('../../bin/bondsmith.mjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'bondsmith-bin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function bondsmith(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: FIXTURES,
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
    encoding: 'utf8',
    timeout: 55_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each run starts node and tsx; on a busy machine that takes seconds.
describe('bin/bondsmith.mjs', { timeout: 60_000 }, () => {
  it('exports the seed as a zip that unzips to the expected files', () => {
    const zip = join(work, 'seed.zip');
    const result = bondsmith('export', 'seed.json', '--target', 'rhel5', '--out', zip);
    expect(result).toEqual({ status: 0, stdout: `Wrote 7 file(s) to ${zip}.\n`, stderr: '' });
    const entries = unzipSync(new Uint8Array(readFileSync(zip)));
    const expected = readExpected('seed');
    const unzipped = Object.entries(entries).map(([path, bytes]) => [path, strFromU8(bytes)]);
    expect(Object.fromEntries(unzipped)).toEqual(
      Object.fromEntries([...expected].map(([path, file]) => [path, file.contents])),
    );
  });

  it('exports two bonds to a folder with the files’ modes', () => {
    const folder = join(work, 'two');
    expect(bondsmith('export', 'two-bonds.json', '--target', 'rhel5', '--out', folder).status).toBe(
      0,
    );
    expect(readTree(folder)).toEqual(readExpected('two-bonds'));
  });

  it('refuses a design with errors: exit 1, nothing written', () => {
    const zip = join(work, 'errors.zip');
    const result = bondsmith('export', 'errors.json', '--target', 'rhel5', '--out', zip);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('[option-rejected-in-mode]');
    expect(existsSync(zip)).toBe(false);
  });

  it.each([
    [['check', 'missing.json'], 'Cannot read missing.json: no such file\n'],
    [
      ['check', 'not-a-design.json'],
      'not-a-design.json is not a Bondsmith design: expected an object with version, nics and bonds\n',
    ],
    [
      ['export', 'seed.json', '--target', 'netware', '--out', 'never'],
      'Unknown target "netware" (see "bondsmith targets").\n',
    ],
  ])('%j: exit 2', (args, stderr) => {
    expect(bondsmith(...args)).toEqual({ status: 2, stdout: '', stderr });
    expect(existsSync(join(FIXTURES, 'never'))).toBe(false);
  });

  it('check --json prints the findings object, exit 1 on errors', () => {
    const result = bondsmith('check', 'errors.json', '--json');
    expect(result.status).toBe(1);
    const parsed = JSON.parse(result.stdout) as { findings: { code: string; path: string }[] };
    expect(parsed.findings.map(({ code, path }) => `${code} ${path}`)).toEqual([
      'option-rejected-in-mode /bonds/0/options/lacp_rate',
      'ipv4-gateway-outside-subnet /bonds/0/ipv4/gateway',
    ]);
  });

  it('check passes the seed: exit 0', () => {
    expect(bondsmith('check', 'seed.json')).toEqual({
      status: 0,
      stdout: 'No errors or warnings.\n',
      stderr: '',
    });
  });
});
