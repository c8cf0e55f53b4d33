import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './main';
import { readExpected, readTree } from './testing/expected-files';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'bondsmith-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const USAGE = [
  'Usage:',
  '  bondsmith check DESIGN [--json]',
  '  bondsmith export DESIGN --target ID[,ID…] --out OUT   (OUT ending in .zip: a zip file, else a folder)',
  '  bondsmith targets',
  '  bondsmith simulate DESIGN --bond NAME --packets FILE [--down IF[,IF…]] [--kernel current|rhel5] [--json]',
  '  bondsmith import FILE… [--from FORMAT] --out DESIGN',
  '  bondsmith convert FILE… [--from FORMAT] --target ID[,ID…] --out OUT',
  '',
].join('\n');

async function cli(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: FIXTURES,
    env: {},
  });
  return { status, stdout, stderr };
}

const out = (name: string): string => join(work, name);

describe('bondsmith check', () => {
  it.each([
    ['seed.json', 'No errors or warnings.\n'],
    ['two-bonds.json', 'No errors or warnings.\n'],
    [
      'one-slave.json',
      'warning  /bonds/0/slaves  Bond bond0 has only one slave, so it survives no link failure. [bond-one-slave]\n0 error(s), 1 warning(s)\n',
    ],
  ])('%s: exit 0', async (file, stdout) => {
    expect(await cli('check', file)).toEqual({ status: 0, stdout, stderr: '' });
  });

  it('prints errors as "severity  path  message [code]" and exits 1', async () => {
    const result = await cli('check', 'errors.json');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(
      result.stdout.split('\n').map((line) => line.split('  ').slice(0, 2).join('  ')),
    ).toEqual([
      'error  /bonds/0/options/lacp_rate',
      'error  /bonds/0/ipv4/gateway',
      '2 error(s), 0 warning(s)',
      '',
    ]);
    expect(result.stdout).toMatch(/ \[option-rejected-in-mode\]\n/);
    expect(result.stdout).toMatch(/ \[ipv4-gateway-outside-subnet\]\n/);
  });

  it('--json prints exactly {findings: [{severity, code, path, message}]}', async () => {
    const result = await cli('check', 'errors.json', '--json');
    expect(result.status).toBe(1);
    const parsed = JSON.parse(result.stdout) as { findings: Record<string, string>[] };
    expect(Object.keys(parsed)).toEqual(['findings']);
    expect(parsed.findings.map((f) => Object.keys(f))).toEqual([
      ['severity', 'code', 'path', 'message'],
      ['severity', 'code', 'path', 'message'],
    ]);
    expect(parsed.findings.map(({ severity, code, path }) => [severity, code, path])).toEqual([
      ['error', 'option-rejected-in-mode', '/bonds/0/options/lacp_rate'],
      ['error', 'ipv4-gateway-outside-subnet', '/bonds/0/ipv4/gateway'],
    ]);
    expect(parsed.findings[1]?.message).toContain('10.0.0.1');
  });

  it('--json on a clean design prints an empty list', async () => {
    expect(await cli('check', '--json', 'seed.json')).toEqual({
      status: 0,
      stdout: '{"findings":[]}\n',
      stderr: '',
    });
  });

  it.each([
    ['missing.json', 'Cannot read missing.json: no such file\n'],
    ['.', 'Cannot read .: it is a folder\n'],
    [
      'not-a-design.json',
      'not-a-design.json is not a Bondsmith design: expected an object with version, nics and bonds\n',
    ],
    [
      'version-2.json',
      'version-2.json is a design of an unsupported version: version 2; this tool reads version 1\n',
    ],
  ])('%s: exit 2 with one line on stderr', async (file, stderr) => {
    expect(await cli('check', file)).toEqual({ status: 2, stdout: '', stderr });
  });

  it('not JSON: exit 2 with one line on stderr', async () => {
    const result = await cli('check', 'not-json.txt');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^not-json\.txt is not JSON: [^\n]+\n$/);
  });

  it('a huge file: exit 2 without reading it', async () => {
    const huge = out('huge.json');
    writeFileSync(huge, `${' '.repeat(5 * 1024 * 1024)}{}`);
    expect(await cli('check', huge)).toEqual({
      status: 2,
      stdout: '',
      stderr: `Cannot read ${huge}: it is larger than 4194304 bytes, which no design is.\n`,
    });
  });

  it('deeply nested JSON: a finding, no crash', async () => {
    const deep = out('deep.json');
    writeFileSync(
      deep,
      `{"version":1,"nics":${'['.repeat(100000)}${']'.repeat(100000)},"bonds":[]}`,
    );
    const result = await cli('check', deep);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^error {2}\/nics\/0 {2}.+\[value-wrong-type\]\n/);
  });

  it('hostile names: findings on single lines, escapes shown, exit 1', async () => {
    const result = await cli('check', 'hostile.json');
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split('  ')[1])).toEqual([
      '/bonds/0/options/evil\\u001b[31mkey',
      '/host/name',
      '/nics/0/name',
      '/nics/1/model',
      undefined,
    ]);
    expect(lines.slice(0, -1).every((line) => line.startsWith('error  '))).toBe(true);
    expect(result.stdout).not.toContain('\u001b');
  });
});

describe('bondsmith export', () => {
  it.each([
    ['seed.json', 'seed'],
    ['two-bonds.json', 'two-bonds'],
  ])('%s to a folder: the expected files with their modes', async (file, caseName) => {
    const folder = out(`folder-${caseName}`);
    const result = await cli('export', file, '--target', 'rhel5', '--out', folder);
    const expected = readExpected(caseName);
    expect(result).toEqual({
      status: 0,
      stdout: `Wrote ${expected.size} file(s) to ${folder}.\n`,
      stderr: '',
    });
    expect(readTree(folder)).toEqual(expected);
  });

  it('to a .zip: the expected files, restored by fflate', async () => {
    const zip = out('seed.zip');
    expect((await cli('export', 'seed.json', '--target=rhel5', '--out', zip)).status).toBe(0);
    const entries = unzipSync(new Uint8Array(readFileSync(zip)));
    const expected = readExpected('seed');
    const unzipped = Object.entries(entries).map(([path, bytes]) => [path, strFromU8(bytes)]);
    expect(Object.fromEntries(unzipped)).toEqual(
      Object.fromEntries([...expected].map(([path, file]) => [path, file.contents])),
    );
  });

  it('prints warnings on stderr and still writes', async () => {
    const folder = out('one-slave');
    const result = await cli('export', 'one-slave.json', '--target', 'rhel5', '--out', folder);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^warning {2}\/bonds\/0\/slaves {2}.+\[bond-one-slave\]\n$/);
    expect(existsSync(join(folder, 'rhel5/etc/modprobe.conf'))).toBe(true);
  });

  it.each([
    ['errors.json', 'option-rejected-in-mode'],
    ['rhel5-refused.json', 'target-option-unsupported'],
    ['hostile.json', 'ifname-bad-char'],
  ])('%s: exit 1, findings on stderr, nothing written', async (file, code) => {
    const target = out(`refused-${file}.zip`);
    const result = await cli('export', file, '--target', 'rhel5', '--out', target);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`[${code}]\n`);
    expect(result.stderr.endsWith('Nothing was written: the design has errors.\n')).toBe(true);
    expect(existsSync(target)).toBe(false);
  });

  it('explains the RHEL5 refusal by option and target', async () => {
    const result = await cli(
      'export',
      'rhel5-refused.json',
      '--target',
      'rhel5',
      '--out',
      out('r'),
    );
    expect(result.stderr.split('\n')[0]).toBe(
      'error  /bonds/0/options/peer_notif_delay  Target rhel5 cannot express option peer_notif_delay: the files it writes (or the bonding driver of the system they are for) have no setting for it. Remove the option or leave rhel5 out of the export. [target-option-unsupported]',
    );
  });

  it.each([
    [
      ['seed.json', '--target', 'rhel5,solaris', '--out', 'x'],
      'Unknown target "solaris" (see "bondsmith targets").\n',
    ],
    [
      ['missing.json', '--target', 'rhel5', '--out', 'x'],
      'Cannot read missing.json: no such file\n',
    ],
  ])('%j: exit 2, nothing written', async (args, stderr) => {
    expect(await cli('export', ...args.map((a) => (a === 'x' ? out('never') : a)))).toEqual({
      status: 2,
      stdout: '',
      stderr,
    });
    expect(existsSync(out('never'))).toBe(false);
  });
});

describe('bondsmith usage', () => {
  it('lists every target id of the spec with its description, one per line', async () => {
    const result = await cli('targets');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(/ +/)[0])).toEqual([
      'rhel5',
      'rhel',
      'nm-keyfile',
      'nmcli',
      'netplan',
      'networkd',
      'ifupdown',
      'nmstate',
      'iproute2',
      'ansible',
    ]);
    expect(lines[0]).toBe(
      'rhel5       ifcfg files, /etc/modprobe.conf options and rc.local ifenslave for Red Hat Enterprise Linux 5 and CentOS 5',
    );
    expect(lines[5]).toBe(
      'networkd    .netdev and .network files for systemd-networkd, time values with explicit units',
    );
  });

  it.each([[[]], [['--help']], [['-h']], [['check', '--help']]])(
    '%j prints usage, exit 2',
    async (argv) => {
      expect(await cli(...argv)).toEqual({ status: 2, stdout: USAGE, stderr: '' });
    },
  );

  it.each([
    [['frob'], 'Unknown command "frob".\n'],
    [['check'], 'Give the design file to read.\n'],
    [['check', 'a.json', 'b.json'], 'Give the design file to read.\n'],
    [
      ['export', 'seed.json', '--out', 'x'],
      'Give the targets with --target ID[,ID…] (see "bondsmith targets").\n',
    ],
    [
      ['export', 'seed.json', '--target', 'rhel5'],
      'Give the output with --out OUT (a folder, or a file ending in .zip).\n',
    ],
  ])('%j: the reason and usage on stderr, exit 2', async (argv, reason) => {
    expect(await cli(...argv)).toEqual({ status: 2, stdout: '', stderr: `${reason}${USAGE}` });
  });

  it('an unknown option: exit 2 with usage', async () => {
    const result = await cli('check', 'seed.json', '--bogus');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Unknown option '--bogus'.*\nUsage:\n/);
  });
});
