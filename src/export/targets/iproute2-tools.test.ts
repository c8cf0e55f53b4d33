/**
 * The iproute2 scripts through real tools over the whole MATRIX (validators.md §5): `bash -n`
 * and `shellcheck -S warning` on the up and the undo script, and the installed iproute2's own
 * `ip link add type bond help`: every keyword the scripts pass after `type bond` must be one it
 * parses. The scripts are never run: this machine has no bonding module.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asValid } from '../testing/designs';
import { MATRIX } from '../testing/matrix';
import { checkShellScript, tempDir } from '../../../tools/validators/index';
import { iproute2Target } from './iproute2';

const workDir = tempDir('bondsmith-iproute2-');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

// Each case spawns several tools; a busy machine can take seconds for them.
const TOOL_TIMEOUT = 30_000;

// `ip link add type bond help` prints its usage on stderr and exits non-zero.
const BOND_HELP = spawnSync('ip', ['link', 'add', 'type', 'bond', 'help'], { encoding: 'utf8' });
const KNOWN_KEYWORDS = new Set(
  [...`${BOND_HELP.stdout}${BOND_HELP.stderr}`.matchAll(/\[ ([a-z_0-9|]+) /g)].flatMap(
    (match) => match[1]?.split('|') ?? [],
  ),
);

/** The keywords after `type bond` on every `ip link add` line that iproute2 does not know. */
function unknownKeywords(script: string): string[] {
  return [...script.matchAll(/^ip link add \S+ type bond (.*)$/gm)].flatMap((match) => {
    const words = (match[1] ?? '').split(' ');
    return words.filter((word, index) => index % 2 === 0 && !KNOWN_KEYWORDS.has(word));
  });
}

describe.each(MATRIX.map((entry) => [entry.name, entry.design] as const))(
  'iproute2 %s through real tools',
  (caseName, design) => {
    it('is never refused', () => {
      expect(iproute2Target.check(design)).toEqual([]);
    });

    it(
      'both scripts pass bash -n and shellcheck; every bond keyword is known to ip',
      () => {
        const files = iproute2Target.render(asValid(design)).filter((f) => f.path.endsWith('.sh'));
        expect(files.map((file) => file.path)).toEqual(['bondsmith-up.sh', 'bondsmith-down.sh']);
        const problems = files.flatMap((file) => {
          const full = join(workDir, caseName, file.path);
          mkdirSync(dirname(full), { recursive: true });
          writeFileSync(full, file.contents, { mode: file.mode });
          return checkShellScript(full);
        });
        expect(problems).toEqual([]);
        expect(unknownKeywords(files[0]?.contents ?? '')).toEqual([]);
      },
      TOOL_TIMEOUT,
    );
  },
);

describe('iproute2 real-tool negative controls', () => {
  it('shellcheck catches an unquoted expansion and bash -n an unterminated quote', () => {
    const path = join(workDir, 'broken.sh');
    writeFileSync(path, '#!/bin/bash\nset -eu\nnic=$1\nip link set dev $nic down\necho "oops\n');
    expect(checkShellScript(path).map((problem) => problem.split(':')[0])).toEqual([
      'bash',
      'shellcheck',
    ]);
  });

  it('the keyword check knows ip’s bond keywords and flags an unknown one', () => {
    expect(KNOWN_KEYWORDS.has('miimon')).toBe(true);
    expect(KNOWN_KEYWORDS.has('peer_notify_delay')).toBe(true);
    expect(unknownKeywords('ip link add bond0 type bond mode 802.3ad frobnicate 1\n')).toEqual([
      'frobnicate',
    ]);
  });
});
