/**
 * The nmcli files through the real tools (validators.md §3, §5): every MATRIX design's script
 * passes bash -n and shellcheck; every `connection add` argument list is accepted by
 * `nmcli --offline` and yields the same bond options and port links as the nm-keyfile target;
 * and the script itself, run twice against a stand-in nmcli that keeps profiles in a folder and
 * adds them through the real `nmcli --offline`, ends with exactly its own profiles.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkShellScript, nmcliOfflineAdd, tempDir } from '../../../tools/validators/index';
import { MATRIX } from '../testing/matrix';
import { asValid } from '../testing/designs';
import { nmKeyfileTarget } from './nm-keyfile';
import { keyfilePath } from './nm-keyfile/connection-file';
import { nmProfiles } from './nm-keyfile/profiles';
import { NM_OPTION_SUPPORT } from './nm-keyfile/support';
import { nmcliTarget } from './nmcli';
import { nmcliAddArgs } from './nmcli/commands';

const workDir = tempDir('bondsmith-nmcli-');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function group(text: string, name: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(`[${name}]`);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && (line === '' || line.startsWith('[')));
  return lines.slice(start + 1, end < 0 ? undefined : end).sort();
}

function writeScript(name: string, contents: string): string {
  const path = join(workDir, `${name}.sh`);
  writeFileSync(path, contents, { mode: 0o755 });
  return path;
}

const accepted = MATRIX.filter((c) => nmcliTarget.check(c.design).length === 0);
const scripts = new Map<string, string>();
let shellcheckComplaints: string[] = [];

// One shellcheck run for every script (validators.md §5 flags), as checkShellScript would do
// file by file; the negative control below goes through checkShellScript itself.
beforeAll(() => {
  for (const c of accepted) {
    scripts.set(c.name, writeScript(c.name, nmcliTarget.render(asValid(c.design))[0]!.contents));
  }
  const result = spawnSync('shellcheck', ['-S', 'warning', '-f', 'gcc', ...scripts.values()], {
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  shellcheckComplaints = `${result.stdout}${result.stderr}`.split('\n').filter((l) => l !== '');
  if (result.status !== 0 && shellcheckComplaints.length === 0) {
    throw new Error(`shellcheck failed without output (status ${String(result.status)})`);
  }
});

describe('nmcli matrix through bash -n, shellcheck and nmcli --offline', () => {
  it('exports at least 28 of the 30 matrix designs; refusals name options NM lacks', () => {
    expect(accepted.length).toBeGreaterThanOrEqual(28);
    for (const c of MATRIX.filter((m) => !accepted.includes(m))) {
      for (const finding of nmcliTarget.check(c.design)) {
        expect(finding.code).toBe('target-option-unsupported');
        const option = String(finding.params?.option);
        expect(option === 'arp_ip_target' || !(option in NM_OPTION_SUPPORT)).toBe(true);
      }
    }
  });

  it.each(accepted.map((c) => [c.name] as const))(
    '%s: the script passes bash -n and shellcheck',
    (name) => {
      const path = scripts.get(name)!;
      expect(spawnSync('bash', ['-n', path], { encoding: 'utf8' })).toMatchObject({
        status: 0,
        stderr: '',
      });
      expect(shellcheckComplaints.filter((line) => line.startsWith(`${path}:`))).toEqual([]);
    },
  );

  it.each(accepted.map((c) => [c.name, c.design] as const))(
    '%s: nmcli --offline accepts every add and writes what nm-keyfile writes',
    (_name, design) => {
      const keyfiles = new Map(
        nmKeyfileTarget.render(asValid(design)).map((f) => [f.path, f.contents]),
      );
      for (const profile of nmProfiles(design)) {
        const { problems, keyfile } = nmcliOfflineAdd(nmcliAddArgs(profile));
        expect(problems).toEqual([]);
        const ours = keyfiles.get(keyfilePath(profile)) ?? '';
        expect(group(keyfile, 'bond')).toEqual(group(ours, 'bond'));
        expect(group(keyfile, 'bond-port')).toEqual(group(ours, 'bond-port'));
        expect(group(keyfile, 'ethernet')).toEqual(group(ours, 'ethernet'));
        expect(group(keyfile, 'connection')).toEqual(group(ours, 'connection'));
      }
    },
  );
});

// A stand-in for nmcli with a daemon: profiles live as files in $STUB_STORE, `connection add`
// goes through the real nmcli --offline (which prints the keyfile) and, like the daemon, refuses
// a UUID that already exists.
const STUB = `#!/bin/bash
set -euo pipefail
store=$STUB_STORE
by_id() { grep -lx "id=$1" "$store"/* 2>/dev/null | head -n 1; }
[ "$1" = connection ] || exit 2
case "$2 \${3:-}" in
  "show uuid") [ -f "$store/$4" ] ;;
  "show id") [ -n "$(by_id "$4")" ] ;;
  "delete uuid") rm "$store/$4" ;;
  "delete id") f=$(by_id "$4"); rm "$f" ;;
  "up uuid") [ -f "$store/$4" ] ;;
  add\\ *)
    shift 2
    out=$(/usr/bin/nmcli --offline connection add "$@")
    uuid=$(sed -n 's/^uuid=//p' <<<"$out")
    if [ -e "$store/$uuid" ]; then echo "UUID $uuid exists" >&2; exit 1; fi
    printf '%s\\n' "$out" > "$store/$uuid" ;;
  *) echo "unexpected: $*" >&2; exit 2 ;;
esac
`;

describe('nmcli script run twice against a stand-in nmcli', () => {
  const stubDir = join(workDir, 'stub-bin');
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(join(stubDir, 'nmcli'), STUB, { mode: 0o755 });

  function run(script: string, store: string): { status: number | null; stderr: string } {
    const result = spawnSync('bash', [script], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${stubDir}:${process.env.PATH ?? ''}`, STUB_STORE: store },
    });
    return { status: result.status, stderr: result.stderr };
  }

  it.each(['balance-xor-arp-static'])(
    '%s: each run ends with exactly the profiles of the design, a stale same-name profile removed',
    (name) => {
      const design = MATRIX.find((c) => c.name === name)!.design;
      const script = writeScript(`run-${name}`, nmcliTarget.render(asValid(design))[0]!.contents);
      const store = join(workDir, `store-${name}`);
      mkdirSync(store, { recursive: true });
      const stale = nmcliOfflineAdd(['type', 'bond', 'con-name', 'bond0', 'ifname', 'bond0']);
      writeFileSync(join(store, 'stale-uuid'), stale.keyfile);
      const expected = nmProfiles(design)
        .map((p) => p.uuid)
        .sort();
      for (const attempt of [1, 2]) {
        expect({ attempt, ...run(script, store) }).toEqual({ attempt, status: 0, stderr: '' });
        expect(readdirSync(store).sort()).toEqual(expected);
      }
      const bond0 = readFileSync(join(store, nmProfiles(design)[0]!.uuid), 'utf8');
      expect(group(bond0, 'bond')).toEqual(
        group(nmKeyfileTarget.render(asValid(design))[0]!.contents, 'bond'),
      );
    },
    // Two runs of three real `nmcli --offline` adds and a dozen stand-in calls.
    30_000,
  );
});

describe('nmcli negative controls: the tools catch broken output', () => {
  it('shellcheck and bash -n catch an unterminated quote', () => {
    const [file] = nmcliTarget.render(asValid(MATRIX[0]!.design));
    const broken = file!.contents.replace('ipv6.method ignore', "ipv6.method 'ignore");
    expect(checkShellScript(writeScript('broken', broken))).not.toEqual([]);
  });

  it.each([
    ['an option of another mode', 'mode=active-backup,lacp_rate=fast'],
    ['an unknown option', 'mode=active-backup,frobnicate=1'],
    [
      'an unescaped ARP target list',
      'mode=active-backup,arp_interval=100,arp_ip_target=10.0.0.1,10.0.0.2',
    ],
  ])('nmcli --offline refuses %s', (_name, options) => {
    expect(
      nmcliOfflineAdd(['type', 'bond', 'con-name', 'b', 'ifname', 'b', 'bond.options', options])
        .problems,
    ).not.toEqual([]);
  });
});
