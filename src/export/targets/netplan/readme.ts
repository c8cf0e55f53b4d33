/**
 * The netplan bundle's README.txt outline: where the YAML goes (root only, 0600), how to apply it
 * with `netplan apply`, check and roll back. Plain English file content; the shared layout comes
 * from format/readme.ts.
 */
import type { Design } from '../../../model/types';
import { renderReadme } from '../../format/readme';
import type { ExportContext, ExportFile } from '../../types';

const BACKUP = '/root/bondsmith-backup';

/** README.txt for the netplan file at `path` (relative to the target folder). */
export function netplanReadme(design: Design, path: string, ctx: ExportContext): ExportFile {
  const bonds = design.bonds.map((bond) => bond.name);
  const slaves = design.bonds.flatMap((bond) => bond.slaves);
  return renderReadme(
    design,
    {
      title: 'Ubuntu / Debian with netplan 0.106 or newer, renderer networkd (target netplan)',
      files: [
        {
          path,
          destination: `/${path}`,
          what: 'the bonds and their slaves (mode 0600, owner root)',
        },
      ],
      backup: [`mkdir -p ${BACKUP}`, `cp -a /etc/netplan ${BACKUP}/`],
      apply: [
        'cd into this netplan folder, then:',
        `install -m 600 -o root -g root ${path} /${path}`,
        `Remove ${slaves.length > 0 ? slaves.join(', ') : 'the slaves'} from every other file in /etc/netplan`,
        '(e.g. 50-cloud-init.yaml; then also put "network: {config: disabled}" into',
        '/etc/cloud/cloud.cfg.d/99-disable-network-config.cfg so cloud-init does not write them back).',
        'netplan generate      (prints nothing when the files are valid)',
        'netplan apply      (not "netplan try": it cannot roll back bond parameters)',
      ],
      check: [
        ...bonds.map((bond) => `networkctl status ${bond}`),
        'netplan get bonds      (the merged configuration netplan uses)',
      ],
      rollback: [
        `rm -f /${path}`,
        `cp -a ${BACKUP}/netplan/. /etc/netplan/`,
        ...bonds.map(
          (bond) => `ip link delete ${bond}      (netplan apply leaves old bonds in place)`,
        ),
        'netplan apply',
      ],
      notes: [
        'Numbers are milliseconds as netplan reads them (learn-packet-interval: seconds); netplan',
        'writes MIIMonitorSec=100ms for networkd and miimon=100 for NetworkManager.',
        'all-members-active and packets-per-member are the names since netplan 0.106; older',
        'netplan knows them as all-slaves-active and packets-per-slave.',
        'The file sets renderer networkd for the whole system (Ubuntu Server default). On a',
        'desktop managed by NetworkManager, change it to "renderer: NetworkManager".',
        'Checked with netplan 0.106 and the parser of systemd 252.',
      ],
    },
    ctx,
  );
}
