/**
 * The networkd bundle's README.txt outline: where the .netdev/.network files go, how to apply
 * them with systemd-networkd, check with networkctl and roll back. The shared layout comes from
 * format/readme.ts, the prose from readme-text.ts.
 */
import type { Design } from '../../../model/types';
import { renderReadme, type ReadmeFile } from '../../format/readme';
import { commented, readmeLanguage } from '../../format/readme-text';
import type { ExportContext, ExportFile } from '../../types';
import { NETWORKD_DIR, networkdPath } from './files';
import { NETWORKD_README_TEXT, type NetworkdReadmeText } from './readme-text';

const BACKUP = '/root/bondsmith-backup';

/** Each file networkd.ts writes, by path, with its description in `text`'s language. */
function descriptions(design: Design, text: NetworkdReadmeText): Map<string, string> {
  return new Map(
    design.bonds.flatMap((bond) => [
      [networkdPath(bond.name, '.netdev'), text.netdevWhat(bond.name)],
      [networkdPath(bond.name, '.network'), text.bondNetworkWhat(bond.name)],
      ...bond.slaves.map(
        (slave) =>
          [networkdPath(slave, '.network'), text.slaveNetworkWhat(slave, bond.name)] as const,
      ),
    ]),
  );
}

/** README.txt for the networkd files (paths relative to the target folder). */
export function networkdReadme(
  design: Design,
  files: readonly ExportFile[],
  ctx: ExportContext,
): ExportFile {
  const text = NETWORKD_README_TEXT[readmeLanguage(ctx)];
  const whats = descriptions(design, text);
  const listed: ReadmeFile[] = files.map((file) => {
    const what = whats.get(file.path);
    if (what === undefined) throw new Error(`no description for ${file.path}`);
    return { path: file.path, destination: `/${file.path}`, what };
  });
  const bonds = design.bonds.map((bond) => bond.name);
  return renderReadme(
    design,
    {
      title: text.title,
      files: listed,
      backup: [`mkdir -p ${BACKUP}`, `cp -a /${NETWORKD_DIR} ${BACKUP}/`],
      apply: [
        text.cdInto,
        `install -m 644 ${NETWORKD_DIR}/* /${NETWORKD_DIR}/`,
        ...text.removeOthers(`/${NETWORKD_DIR}`),
        'systemctl enable systemd-networkd',
        ...bonds.map((bond) => commented(`ip link delete ${bond}`, text.deleteNote)),
        commented('systemctl restart systemd-networkd', text.orReboot),
      ],
      check: [
        ...bonds.map((bond) => `networkctl status ${bond}`),
        commented('networkctl list', text.listNote),
      ],
      rollback: [
        ...files.map((file) => `rm -f /${file.path}`),
        ...bonds.map((bond) => `ip link delete ${bond}`),
        `cp -a ${BACKUP}/network/. /${NETWORKD_DIR}/`,
        'systemctl restart systemd-networkd',
      ],
      notes: [...text.notes],
    },
    ctx,
  );
}
