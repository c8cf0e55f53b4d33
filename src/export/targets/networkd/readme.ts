/**
 * The networkd bundle's README.txt outline: where the .netdev/.network files go, how to apply
 * them with systemd-networkd, check with networkctl and roll back. Plain English file content;
 * the shared layout comes from format/readme.ts.
 */
import type { Design } from '../../../model/types';
import { renderReadme, type ReadmeFile } from '../../format/readme';
import type { ExportContext, ExportFile } from '../../types';
import { NETWORKD_DIR } from './files';

const BACKUP = '/root/bondsmith-backup';

/** A generated file and what it does, for the README's file list. */
export interface DescribedFile {
  file: ExportFile;
  what: string;
}

/** README.txt for the networkd files (paths relative to the target folder). */
export function networkdReadme(
  design: Design,
  described: readonly DescribedFile[],
  ctx: ExportContext,
): ExportFile {
  const files = described.map(({ file }) => file);
  const listed: ReadmeFile[] = described.map(({ file, what }) => ({
    path: file.path,
    destination: `/${file.path}`,
    what,
  }));
  const bonds = design.bonds.map((bond) => bond.name);
  return renderReadme(
    design,
    {
      title: 'systemd-networkd (target networkd)',
      files: listed,
      backup: [`mkdir -p ${BACKUP}`, `cp -a /${NETWORKD_DIR} ${BACKUP}/`],
      apply: [
        'cd into this networkd folder, then:',
        `install -m 644 ${NETWORKD_DIR}/* /${NETWORKD_DIR}/`,
        `Remove any other .network file in /${NETWORKD_DIR}, /run/systemd/network or`,
        '/usr/lib/systemd/network that matches these NICs with a lower file name (networkd uses',
        'the first match), and any other tool managing them (ifupdown, NetworkManager, netplan).',
        'systemctl enable systemd-networkd',
        ...bonds.map(
          (bond) =>
            `ip link delete ${bond}      (only if it exists: networkd does not reconfigure an existing bond)`,
        ),
        'systemctl restart systemd-networkd      (or reboot)',
      ],
      check: [
        ...bonds.map((bond) => `networkctl status ${bond}`),
        'networkctl list      (the bonds and their slaves "configured", "routable" where addressed)',
      ],
      rollback: [
        ...files.map((file) => `rm -f /${file.path}`),
        ...bonds.map((bond) => `ip link delete ${bond}`),
        `cp -a ${BACKUP}/network/. /${NETWORKD_DIR}/`,
        'systemctl restart systemd-networkd',
      ],
      notes: [
        'Times carry their unit (MIIMonitorSec=100ms): networkd reads a bare number as seconds.',
        "primary is written as PrimarySlave=true in that slave's .network, not on the bond.",
        'Loading the bonding module by hand creates bond0 with default options, which networkd',
        "then leaves alone; systemd's /usr/lib/modprobe.d/systemd.conf (max_bonds=0) prevents it.",
        'Checked with the parser of systemd 252.',
      ],
    },
    ctx,
  );
}
