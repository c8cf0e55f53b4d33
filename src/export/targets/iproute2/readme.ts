/**
 * The iproute2 bundle's README.txt outline: save the current state, stop other network managers,
 * run the up script, check, and undo with the down script. Prose from readme-text.ts.
 */
import type { Design } from '../../../model/types';
import { renderReadme } from '../../format/readme';
import { readmeLanguage } from '../../format/readme-text';
import type { ExportContext, ExportFile } from '../../types';
import { DOWN_SCRIPT, UP_SCRIPT } from './paths';
import { IPROUTE2_README_TEXT } from './readme-text';

const SAVED = '/root/bondsmith-before';

/** README.txt for the iproute2 bundle. */
export function readme(design: Design, ctx: ExportContext = {}): ExportFile {
  const text = IPROUTE2_README_TEXT[readmeLanguage(ctx)];
  const slaves = design.bonds.flatMap((bond) => bond.slaves);
  return renderReadme(
    design,
    {
      title: text.title,
      files: [
        { path: UP_SCRIPT, destination: `/root/${UP_SCRIPT}`, what: text.upWhat },
        { path: DOWN_SCRIPT, destination: `/root/${DOWN_SCRIPT}`, what: text.downWhat(UP_SCRIPT) },
      ],
      backup: [
        `mkdir -p ${SAVED}`,
        `ip -d link show > ${SAVED}/links.txt`,
        `ip address show > ${SAVED}/addresses.txt`,
        `ip route show > ${SAVED}/routes.txt`,
      ],
      apply: [...text.stopOthers(slaves), `bash ${UP_SCRIPT}`, ...text.afterRun],
      check: design.bonds.flatMap((bond) => [
        `ip -d link show ${bond.name}`,
        `ip address show dev ${bond.name}`,
      ]),
      rollback: [`bash ${DOWN_SCRIPT}`, ...text.restore(SAVED)],
      notes: [...text.notes],
    },
    ctx,
  );
}
