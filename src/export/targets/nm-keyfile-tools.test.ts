/**
 * The nm-keyfile files through the real tools (validators.md §3b): every MATRIX design's
 * .nmconnection files, written with their modes, go through libnm's keyfile reader and verify()
 * in one batch; each bond profile is also read back by `nmcli --offline connection modify`,
 * which normalises it as NetworkManager does, to prove no option is dropped silently.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNmKeyfiles, tempDir } from '../../../tools/validators/index';
import { MATRIX } from '../testing/matrix';
import { asValid } from '../testing/designs';
import { nmKeyfileTarget } from './nm-keyfile';
import { NM_OPTION_SUPPORT } from './nm-keyfile/support';

const workDir = tempDir('bondsmith-nm-keyfile-');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The key=value lines of one [group] of a key file, sorted (NetworkManager sorts [bond]). */
function group(text: string, name: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(`[${name}]`);
  if (start < 0) return [];
  const end = lines.findIndex(
    (line, index) => index > start && (line === '' || line.startsWith('[')),
  );
  return lines.slice(start + 1, end < 0 ? undefined : end).sort();
}

// NetworkManager 1.42 writes the gateway after the address (address1=A/P,G) and adds may-fail.
function ipv4Settings(text: string): string[] {
  const lines = group(text, 'ipv4').filter((line) => line !== 'may-fail=true');
  const gateway = lines.find((line) => line.startsWith('gateway='))?.slice('gateway='.length);
  return lines
    .filter((line) => !line.startsWith('gateway='))
    .map((line) =>
      gateway !== undefined && line.startsWith('address1=') ? `${line},${gateway}` : line,
    );
}

interface Written {
  keyfiles: string[];
  bonds: string[];
}

function writeCase(name: string): Written {
  const matrixCase = MATRIX.find((c) => c.name === name);
  const written: Written = { keyfiles: [], bonds: [] };
  for (const file of nmKeyfileTarget.render(asValid(matrixCase!.design))) {
    const full = join(workDir, name, file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, file.contents, { mode: file.mode });
    if (full.endsWith('.nmconnection')) {
      written.keyfiles.push(full);
      if (file.contents.includes('\ntype=bond\n')) written.bonds.push(full);
    }
  }
  return written;
}

const accepted = MATRIX.filter((c) => nmKeyfileTarget.check(c.design).length === 0);
const refused = MATRIX.filter((c) => nmKeyfileTarget.check(c.design).length > 0);
const cases = new Map<string, Written>();
let complaints: string[] = [];

beforeAll(() => {
  for (const c of accepted) cases.set(c.name, writeCase(c.name));
  complaints = checkNmKeyfiles([...cases.values()].flatMap((w) => w.keyfiles));
});

describe('nm-keyfile matrix through libnm', () => {
  it('covers most of the matrix (at least 28 of 30 designs are exported)', () => {
    expect(MATRIX.length).toBeGreaterThanOrEqual(30);
    expect(accepted.length).toBeGreaterThanOrEqual(28);
  });

  it('refuses matrix designs only for options NetworkManager cannot express', () => {
    for (const finding of refused.flatMap((c) => nmKeyfileTarget.check(c.design))) {
      expect(finding.severity).toBe('error');
      expect(finding.code).toBe('target-option-unsupported');
      const option = String(finding.params?.option);
      expect(option === 'arp_ip_target' || !(option in NM_OPTION_SUPPORT)).toBe(true);
    }
  });

  it.each(accepted.map((c) => [c.name]))(
    '%s: libnm reads every profile without a complaint',
    (name) => {
      const files = cases.get(name)!.keyfiles;
      expect(files.length).toBeGreaterThanOrEqual(2);
      expect(complaints.filter((line) => line.startsWith(join(workDir, name, '/')))).toEqual([]);
      for (const file of files) expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
    },
  );

  it.each(accepted.map((c) => [c.name]))(
    '%s: NetworkManager keeps every bond option and the IPv4 settings when it loads the profile',
    (name) => {
      for (const file of cases.get(name)!.bonds) {
        const ours = readFileSync(file, 'utf8');
        const result = spawnSync(
          'nmcli',
          ['--offline', 'connection', 'modify', 'connection.autoconnect-slaves', '1'],
          { input: ours, encoding: 'utf8' },
        );
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(group(result.stdout, 'bond')).toEqual(group(ours, 'bond'));
        expect(ipv4Settings(result.stdout)).toEqual(ipv4Settings(ours));
      }
    },
  );
});

describe('nm-keyfile negative controls: the checker catches broken profiles', () => {
  const seedCase = MATRIX.find((c) => c.name === 'active-backup-mii-static')!;
  const bondText = nmKeyfileTarget.render(asValid(seedCase.design))[0]!.contents;

  it.each([
    ['an unknown mode', bondText.replace('mode=active-backup', 'mode=active-bogus')],
    ['an option of another mode', bondText.replace('[bond]\n', '[bond]\nlacp_rate=fast\n')],
    [
      'ARP targets without an interval',
      bondText.replace('[bond]\n', '[bond]\narp_ip_target=10.0.0.1\n'),
    ],
    [
      'the NetworkManager 1.46 port key',
      bondText.replace('autoconnect-slaves=1', 'controller=bond9'),
    ],
    ['a broken line', bondText.replace('[ipv4]', '[ipv4\n')],
  ])('%s', (_name, text) => {
    const path = join(workDir, 'negative', `${_name.replaceAll(' ', '-')}.nmconnection`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { mode: 0o600 });
    expect(text).not.toBe(bondText);
    expect(checkNmKeyfiles([path])).not.toEqual([]);
  });
});
