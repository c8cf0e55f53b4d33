/**
 * Tests of `bondsmith import`: the seed write-up's files into a design file, notes printed as
 * `severity  FILE:LINE  message [code]`, and the exit statuses 0, 1 and 2.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { importText } from '../i18n/en/import';
import { cli as messages } from '../i18n/en/targets';
import { parseDesign } from '../model/parse-design';
import { run } from './main';

const SEED = fileURLToPath(new URL('../import/fixtures/seed/', import.meta.url));
const SEED_FILES = ['ifcfg-bond0', 'ifcfg-eth0', 'ifcfg-eth1', 'modprobe.conf', 'rc.local'];
const work = mkdtempSync(join(tmpdir(), 'bondsmith-import-'));
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

function scratch(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

describe('bondsmith import', () => {
  it('imports the seed files, prints the notes and writes the design', async () => {
    const out = join(work, 'seed.json');
    const result = await cli('import', ...SEED_FILES, '-o', out);
    expect(result).toEqual({
      status: 0,
      stdout: `Wrote ${out} (1 bond(s), 2 NIC(s)).\n`,
      stderr: [
        'warning  ifcfg-eth0:7  initscripts only read upper-case keys, so "slave" is ignored by them; write SLAVE. [ifcfg-lowercase-key]',
        'warning  ifcfg-eth0:6  eth0 names MASTER=bond0 but lacks SLAVE=yes, so initscripts do not enslave it. [ifcfg-master-without-slave]',
        'warning  ifcfg-eth1:7  initscripts only read upper-case keys, so "slave" is ignored by them; write SLAVE. [ifcfg-lowercase-key]',
        'warning  ifcfg-eth1:6  eth1 names MASTER=bond0 but lacks SLAVE=yes, so initscripts do not enslave it. [ifcfg-master-without-slave]',
        'info  modprobe.conf:3  alias scsi_hostadapter aacraid concerns no NIC of the imported bonds; it is ignored. [modprobe-alias-ignored]',
        'info  modprobe.conf:4  alias scsi_hostadapter1 ata_piix concerns no NIC of the imported bonds; it is ignored. [modprobe-alias-ignored]',
        'info  modprobe.conf:5  alias peth0 bnx2 concerns no NIC of the imported bonds; it is ignored. [modprobe-alias-ignored]',
        '',
      ].join('\n'),
    });
    const parsed = parseDesign(readFileSync(out, 'utf8'));
    expect(parsed.ok && parsed.design?.bonds).toEqual([
      {
        name: 'bond0',
        mode: 'active-backup',
        slaves: ['eth0', 'eth1'],
        options: { miimon: 100 },
        ipv4: { method: 'static', address: '192.168.1.3', prefix: 24, gateway: '192.168.1.1' },
        mtu: 1500,
      },
    ]);
  });

  it('exits 1 and writes nothing when the imported design has errors', async () => {
    const file = scratch('ifcfg-bond0', 'DEVICE=bond0\nBONDING_OPTS="mode=4 arp_interval=100"\n');
    const out = join(work, 'refused.json');
    const result = await cli('import', file, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      'warning  /bonds/0/slaves  Bond bond0 has no slaves, so it carries no traffic. [bond-no-slaves]',
      'error  /bonds/0/options/arp_interval  The kernel refuses arp_interval in mode 802.3ad ("mode dependency failed"), so the bond configuration fails; remove it or change the mode. [option-rejected-in-mode]',
      'Nothing was written: the import has errors.',
      '',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 when the import itself reports an error', async () => {
    const file = scratch('bond7', 'Ethernet Channel Bonding Driver: v6\n');
    const result = await cli('import', file, '--from', 'proc', '-o', join(work, 'proc.json'));
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: `error  ${file}  The text has no "Bonding Mode:" line. [proc-mode-missing]\nNothing was written: the import has errors.\n`,
    });
  });

  it.each([
    {
      name: 'a file of unknown format',
      argv: () => ['import', scratch('notes.txt', 'hello\n'), '-o', join(work, 'x.json')],
      stderr: () =>
        `error  ${join(work, 'notes.txt')}  Neither the name nor the text of this file tells its format; give it with --from. [format-unknown]\nNothing was imported.\n`,
    },
    {
      name: 'an unreadable file',
      argv: () => ['import', 'no-such-file', '-o', join(work, 'x.json')],
      stderr: () =>
        `Cannot read no-such-file: ENOENT: no such file or directory, stat '${join(SEED, 'no-such-file')}'\n`,
    },
    {
      name: 'an unknown --from',
      argv: () => ['import', 'ifcfg-bond0', '--from', 'solaris', '-o', join(work, 'x.json')],
      stderr: () =>
        'Unknown format "solaris": use one of rhel5, rhel, nm-keyfile, nmcli, netplan, networkd, ifupdown, nmstate, iproute2, ansible, proc, ip-link.\n',
    },
  ])('exits 2 on $name', async ({ argv, stderr }) => {
    expect(await cli(...argv())).toEqual({ status: 2, stdout: '', stderr: stderr() });
    expect(existsSync(join(work, 'x.json'))).toBe(false);
  });

  it('exits 2 with the usage when files or --out are missing', async () => {
    const noOut = await cli('import', 'ifcfg-bond0');
    expect(noOut.status).toBe(2);
    expect(noOut.stderr.split('\n')[0]).toBe(
      'Give the design file to write with --out DESIGN (or -o DESIGN).',
    );
    const noFiles = await cli('import', '-o', 'x.json');
    expect(noFiles.status).toBe(2);
    expect(noFiles.stderr.split('\n')[0]).toBe('Give the configuration files to import.');
  });
});

describe('bondsmith import of archives', () => {
  const seedZip = (extra: Record<string, Uint8Array> = {}): string => {
    const entries = Object.fromEntries(
      SEED_FILES.map((name) => [
        `etc/sysconfig/network-scripts/${name}`,
        new Uint8Array(readFileSync(join(SEED, name))),
      ]),
    );
    const path = join(work, `seed-${String(Object.keys(extra).length)}.zip`);
    writeFileSync(path, zipSync({ ...entries, ...extra }));
    return path;
  };

  it('reads the seed files from a zip as from the files themselves', async () => {
    const fromFiles = join(work, 'from-files.json');
    const fromZip = join(work, 'from-zip.json');
    expect((await cli('import', ...SEED_FILES, '-o', fromFiles)).status).toBe(0);
    expect((await cli('import', seedZip(), '-o', fromZip)).status).toBe(0);
    expect(readFileSync(fromZip, 'utf8')).toBe(readFileSync(fromFiles, 'utf8'));
  });

  it('refuses a zip with an entry that climbs out with .. and writes nothing', async () => {
    const out = join(work, 'climb.json');
    const zip = seedZip({ '../../etc/passwd': new TextEncoder().encode('root:x:0:0\n') });
    const result = await cli('import', zip, '-o', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('../../etc/passwd climbs out of the archive');
    expect(result.stderr).toContain('[archive-path-parent]');
    expect(existsSync(out)).toBe(false);
  });
});

describe('import note messages', () => {
  // Every code has a message in the app's catalogue (import-catalogue.test.ts checks that); the
  // command line only rewords a few, which must be codes that exist.
  it.each(Object.keys(messages.import.notes))(
    '%s reworded by the command line is a code',
    (code) => {
      expect(Object.keys(importText.notes)).toContain(code);
    },
  );
});
