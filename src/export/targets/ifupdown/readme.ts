/**
 * The ifupdown bundle's README.txt outline: install ifenslave, replace /etc/network/interfaces,
 * restart networking, check with ifquery and /proc/net/bonding, roll back from the copy. Prose
 * from readme-text.ts.
 */
import type { Design } from '../../../model/types';
import { renderReadme } from '../../format/readme';
import { commented, readmeLanguage } from '../../format/readme-text';
import type { ExportContext, ExportFile } from '../../types';
import { INTERFACES_PATH } from './interfaces';
import { IFUPDOWN_README_TEXT } from './readme-text';

const BACKUP = '/root/interfaces.bondsmith-backup';

/** README.txt for the ifupdown bundle. */
export function readme(design: Design, ctx: ExportContext = {}): ExportFile {
  const text = IFUPDOWN_README_TEXT[readmeLanguage(ctx)];
  const bonds = design.bonds.map((bond) => bond.name);
  return renderReadme(
    design,
    {
      title: text.title,
      files: [{ path: INTERFACES_PATH, destination: `/${INTERFACES_PATH}`, what: text.what }],
      backup: [`cp -a /${INTERFACES_PATH} ${BACKUP}`],
      apply: [
        commented('apt-get install ifenslave', text.ifenslaveNote),
        text.cdInto,
        commented(`ifquery -i ${INTERFACES_PATH} --list`, text.listNote),
        `cp ${INTERFACES_PATH} /${INTERFACES_PATH}`,
        commented('systemctl restart networking', text.orReboot),
      ],
      check: bonds.flatMap((bond) => [`ifquery ${bond}`, `ip -d link show ${bond}`]),
      rollback: [
        `ifdown ${bonds.join(' ')}`,
        `cp -a ${BACKUP} /${INTERFACES_PATH}`,
        commented('systemctl restart networking', text.orReboot),
      ],
      notes: [...text.notes],
    },
    ctx,
  );
}
