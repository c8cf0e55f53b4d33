/**
 * The rhel files through real tools over the whole MATRIX: `bash -n` and the strict ifcfg line
 * check on every ifcfg file (validators.md §8; never sourced), and NetworkManager's own bond
 * option rules (`nmcli --offline`, §3a) on each BONDING_OPTS, which RHEL 8 reads through ifcfg-rh.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { asValid } from '../testing/designs';
import { MATRIX } from '../testing/matrix';
import { checkIfcfg, nmcliOfflineAdd, tempDir } from '../../../tools/validators/index';
import { rhelTarget } from './rhel';

const workDir = tempDir('bondsmith-rhel-');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

// Each case spawns several tools; a busy machine can take seconds for them.
const TOOL_TIMEOUT = 30_000;

function writeBundle(caseName: string, design: Design): string[] {
  return rhelTarget.render(asValid(design)).map((file) => {
    const full = join(workDir, caseName, file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, file.contents, { mode: file.mode });
    return full;
  });
}

function bondingOpts(ifcfg: string): string | undefined {
  return /^BONDING_OPTS="([^"]*)"$/m.exec(ifcfg)?.[1];
}

// nmcli separates options with commas, so the commas inside a list value are escaped.
function nmcliBondOptions(opts: string): string {
  return opts
    .split(' ')
    .map((word) => word.replaceAll(',', '\\,'))
    .join(',');
}

describe.each(MATRIX.map((entry) => [entry.name, entry.design] as const))(
  'rhel %s through real tools',
  (caseName, design) => {
    const findings = rhelTarget.check(design);

    it('is accepted: every matrix option is one RHEL 6–8 can express', () => {
      expect(findings).toEqual([]);
    });

    it(
      'every ifcfg file passes bash -n and the line check',
      () => {
        const files = writeBundle(caseName, design).filter((path) => path.includes('/ifcfg-'));
        expect(files.length).toBe(
          design.bonds.length + design.bonds.flatMap((b) => b.slaves).length,
        );
        expect(files.flatMap(checkIfcfg)).toEqual([]);
      },
      TOOL_TIMEOUT,
    );

    it(
      'NetworkManager accepts each BONDING_OPTS',
      () => {
        const problems = rhelTarget
          .render(asValid(design))
          .map((file) => bondingOpts(file.contents))
          .filter((opts) => opts !== undefined)
          .flatMap(
            (opts) =>
              nmcliOfflineAdd([
                'type',
                'bond',
                'ifname',
                'bond0',
                'con-name',
                'bond0',
                'bond.options',
                nmcliBondOptions(opts),
              ]).problems,
          );
        expect(problems).toEqual([]);
      },
      TOOL_TIMEOUT,
    );
  },
);

describe('rhel real-tool negative controls', () => {
  it('the ifcfg check catches unquoted BONDING_OPTS and an unbalanced quote', () => {
    const path = join(workDir, 'broken', 'ifcfg-bond0');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, 'DEVICE=bond0\nBONDING_OPTS=mode=1 miimon=100\nNAME="bond0\n');
    expect(checkIfcfg(path).length).toBeGreaterThanOrEqual(2);
  });

  it('nmcli catches an option the mode refuses', () => {
    const { problems } = nmcliOfflineAdd([
      'type',
      'bond',
      'ifname',
      'bond0',
      'con-name',
      'bond0',
      'bond.options',
      'mode=active-backup,lacp_rate=fast',
    ]);
    expect(problems).toHaveLength(1);
  });
});
