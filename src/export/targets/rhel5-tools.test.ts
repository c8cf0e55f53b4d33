/**
 * The rhel5 files through the real tools (tools/validators, recipes of validators.md §5, §6, §8):
 * bash -n and the strict ifcfg lint on every ifcfg file, modprobe --showconfig with empty stderr
 * on modprobe.conf, sh -n, bash -n and shellcheck on rc.local; for the hand-built designs and
 * for every design of the matrix, plus negative controls showing the checks can fail.
 */
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkIfcfg,
  checkModprobeConf,
  checkShellScript,
  tempDir,
} from '../../../tools/validators/index';
import { validateDesign } from '../../model/validate';
import type { Design } from '../../model/types';
import { asValid, seedDesign, twoBondDesign } from '../testing/designs';
import { MATRIX } from '../testing/matrix';
import type { ExportFile } from '../types';
import { rhel5Target } from './rhel5';

const work = tempDir('bondsmith-rhel5-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function writeFiles(folder: string, files: readonly ExportFile[]): string[] {
  return files.map((file) => {
    const full = join(work, folder, file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, file.contents);
    chmodSync(full, file.mode);
    return full;
  });
}

/** Every complaint of the tools about the rendered bundle of `design`. */
function complaints(folder: string, design: Design): string[] {
  return writeFiles(folder, rhel5Target.render(asValid(design))).flatMap((full) => {
    if (full.includes('/ifcfg-')) return checkIfcfg(full);
    if (full.endsWith('/modprobe.conf')) return checkModprobeConf(full);
    if (full.endsWith('/rc.local')) return checkShellScript(full);
    return [];
  });
}

function oddModel(): Design {
  const design = seedDesign();
  design.nics[0]!.model = `Model "quoted" $(reboot) \`id\`; rm -rf / \\ it's`;
  return design;
}

describe('rhel5 through real tools', { timeout: 60_000 }, () => {
  it.each([
    ['seed', seedDesign()],
    ['two-bonds', twoBondDesign()],
    ['odd-model', oddModel()],
  ])('%s: no tool complains', (name, design) => {
    expect(complaints(name, design)).toEqual([]);
  });

  it.each(MATRIX.map((c) => [c.name, c.design] as const))(
    'matrix %s: refused by check() with target codes only, or accepted by every tool',
    (name, design) => {
      expect(validateDesign(design).valid).toBeDefined();
      const refusals = rhel5Target.check(design);
      // A refused design must be refused only for what RHEL5 cannot express; others must pass.
      const problems =
        refusals.length > 0
          ? refusals
              .filter((f) => f.severity !== 'error' || !f.code.startsWith('target-'))
              .map((f) => `${f.code} ${f.path}`)
          : complaints(`matrix-${name}`, design);
      expect(problems).toEqual([]);
    },
  );

  it('negative controls: the tools flag broken files', () => {
    const [ifcfg, modprobe, rcLocal] = writeFiles('broken', [
      { path: 'ifcfg-bond0', contents: 'DEVICE=bond0\nslave = yes\n', mode: 0o644 },
      { path: 'modprobe.conf', contents: 'alias bond0\noptions bond0\n', mode: 0o644 },
      { path: 'rc.local', contents: '#!/bin/sh\nifenslave bond0 "eth0\n', mode: 0o755 },
    ]);
    expect(checkIfcfg(ifcfg!)).not.toEqual([]);
    expect(checkModprobeConf(modprobe!)).toHaveLength(2);
    expect(checkShellScript(rcLocal!)).not.toEqual([]);
  });
});
