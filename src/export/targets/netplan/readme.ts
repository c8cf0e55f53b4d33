/**
 * The netplan bundle's README.txt outline: where the YAML goes (root only, 0600), how to apply it
 * with `netplan apply`, check and roll back. The shared layout comes from format/readme.ts, the
 * prose from readme-text.ts.
 */
import type { Design } from '../../../model/types';
import { renderReadme } from '../../format/readme';
import { commented, readmeLanguage } from '../../format/readme-text';
import type { ExportContext, ExportFile } from '../../types';
import { NETPLAN_README_TEXT } from './readme-text';

const BACKUP = '/root/bondsmith-backup';

/** README.txt for the netplan file at `path` (relative to the target folder). */
export function netplanReadme(design: Design, path: string, ctx: ExportContext): ExportFile {
  const text = NETPLAN_README_TEXT[readmeLanguage(ctx)];
  const bonds = design.bonds.map((bond) => bond.name);
  const slaves = design.bonds.flatMap((bond) => bond.slaves);
  return renderReadme(
    design,
    {
      title: text.title,
      files: [{ path, destination: `/${path}`, what: text.what }],
      backup: [`mkdir -p ${BACKUP}`, `cp -a /etc/netplan ${BACKUP}/`],
      apply: [
        text.cdInto,
        `install -m 600 -o root -g root ${path} /${path}`,
        text.removeSlaves(slaves),
        ...text.cloudInit,
        commented('netplan generate', text.generateNote),
        commented('netplan apply', text.applyNote),
      ],
      check: [
        ...bonds.map((bond) => `networkctl status ${bond}`),
        commented('netplan get bonds', text.getNote),
      ],
      rollback: [
        `rm -f /${path}`,
        `cp -a ${BACKUP}/netplan/. /etc/netplan/`,
        ...bonds.map((bond) => commented(`ip link delete ${bond}`, text.deleteNote)),
        'netplan apply',
      ],
      notes: [...text.notes],
    },
    ctx,
  );
}
