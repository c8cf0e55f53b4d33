/**
 * The ifupdown file through real tools over the whole MATRIX (validators.md §4): ifupdown's
 * `ifquery --list` and `ifup -n`, ifupdown2's `--syntax-check`, and the installed ifenslave
 * hook itself: every bond-* key we write must be one the hook reads, or it would be dropped.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../model/types';
import { asValid } from '../testing/designs';
import { MATRIX } from '../testing/matrix';
import { checkInterfaces, tempDir } from '../../../tools/validators/index';
import { ifupdownTarget } from './ifupdown';
import { IFUPDOWN_OPTION_SUPPORT, INTERFACES_PATH } from './ifupdown/interfaces';

const IFENSLAVE_HOOK = '/etc/network/if-pre-up.d/ifenslave';

// ifupdown2 is a Python program that starts in 1–2 s, and more on a busy machine.
const TOOL_TIMEOUT = 60_000;

const workDir = tempDir('bondsmith-ifupdown-');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function write(caseName: string, contents: string): string {
  const full = join(workDir, caseName, INTERFACES_PATH);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, contents);
  return full;
}

function isHonestRefusal(finding: Finding): boolean {
  const option = String(finding.params?.option);
  return (
    finding.severity === 'error' &&
    finding.code === 'target-option-unsupported' &&
    finding.params?.target === 'ifupdown' &&
    IFUPDOWN_OPTION_SUPPORT[option as keyof typeof IFUPDOWN_OPTION_SUPPORT] === undefined
  );
}

/** The bond-* keys of a file that the ifenslave hook never reads (as IF_BOND_<KEY>). */
function keysTheHookIgnores(interfaces: string): string[] {
  const hook = readFileSync(IFENSLAVE_HOOK, 'utf8');
  const keys = [...interfaces.matchAll(/^ {4}(bond-[a-z-]+) /gm)].map((match) => match[1] ?? '');
  return keys.filter((key) => {
    const variable = `IF_${key.replaceAll('-', '_').toUpperCase()}`;
    // bond-slaves arrives as IF_BOND_SLAVES; the hook reads it under that name too.
    return !hook.includes(variable);
  });
}

const ACCEPTED = MATRIX.filter((entry) => ifupdownTarget.check(entry.design).length === 0);
const REFUSED = MATRIX.filter((entry) => ifupdownTarget.check(entry.design).length > 0);

describe('ifupdown refusals over the matrix', () => {
  it('accepts most of the matrix', () => {
    expect(ACCEPTED.length).toBeGreaterThanOrEqual(25);
  });

  it.each(REFUSED.map((entry) => [entry.name, entry.design] as const))(
    '%s is refused only for options the ifenslave hook lacks',
    (_, design) => {
      const findings = ifupdownTarget.check(design);
      expect(findings.filter((finding) => !isHonestRefusal(finding))).toEqual([]);
    },
  );
});

describe.each(ACCEPTED.map((entry) => [entry.name, entry.design] as const))(
  'ifupdown %s through real tools',
  (caseName, design) => {
    it(
      'passes ifquery, ifup -n and ifupdown2 --syntax-check, with keys the hook reads',
      () => {
        const file = ifupdownTarget
          .render(asValid(design))
          .find((entry) => entry.path === INTERFACES_PATH);
        expect(file).toBeDefined();
        const contents = file?.contents ?? '';
        expect(checkInterfaces(write(caseName, contents))).toEqual([]);
        expect(keysTheHookIgnores(contents)).toEqual([]);
      },
      TOOL_TIMEOUT,
    );
  },
);

describe('ifupdown real-tool negative controls', () => {
  it(
    'catches a bad bond-mode value (ifupdown2) and a misplaced option (ifquery)',
    () => {
      const badMode = write(
        'bad-mode',
        'auto bond0\niface bond0 inet manual\n    bond-mode bogus-mode\n    bond-slaves none\n',
      );
      expect(checkInterfaces(badMode).join('\n')).toContain('bogus-mode');
      const misplaced = write(
        'misplaced',
        'bond-mode active-backup\nauto bond0\niface bond0 inet manual\n',
      );
      expect(checkInterfaces(misplaced).join('\n')).toContain('misplaced option');
    },
    TOOL_TIMEOUT,
  );

  it('notices a bond-* key the ifenslave hook would ignore', () => {
    expect(keysTheHookIgnores('iface bond0 inet manual\n    bond-min-links 1\n')).toEqual([
      'bond-min-links',
    ]);
  });
});
