/**
 * The ifupdown bundle's README.txt outline: install ifenslave, replace /etc/network/interfaces,
 * restart networking, check with ifquery and /proc/net/bonding, roll back from the copy.
 */
import type { Design } from '../../../model/types';
import { renderReadme } from '../../format/readme';
import type { ExportContext, ExportFile } from '../../types';
import { INTERFACES_PATH } from './interfaces';

const BACKUP = '/root/interfaces.bondsmith-backup';

/** README.txt for the ifupdown bundle. */
export function readme(design: Design, ctx: ExportContext = {}): ExportFile {
  const bonds = design.bonds.map((bond) => bond.name);
  return renderReadme(
    design,
    {
      title: 'Debian / Ubuntu with ifupdown and ifenslave (target ifupdown)',
      files: [
        {
          path: INTERFACES_PATH,
          destination: `/${INTERFACES_PATH}`,
          what: 'replaces the file: copy over any other interfaces and "source" lines it has',
        },
      ],
      backup: [`cp -a /${INTERFACES_PATH} ${BACKUP}`],
      apply: [
        'apt-get install ifenslave      (the bond-* lines do nothing without it)',
        'cd into this ifupdown folder, then:',
        `ifquery -i ${INTERFACES_PATH} --list      (must list lo, the slaves and the bonds)`,
        `cp ${INTERFACES_PATH} /${INTERFACES_PATH}`,
        'systemctl restart networking      (or reboot)',
      ],
      check: bonds.flatMap((bond) => [`ifquery ${bond}`, `ip -d link show ${bond}`]),
      rollback: [
        `ifdown ${bonds.join(' ')}`,
        `cp -a ${BACKUP} /${INTERFACES_PATH}`,
        'systemctl restart networking      (or reboot)',
      ],
      notes: [
        'bond-mode comes first in each bond; the ifenslave hook writes the options to sysfs in',
        'its own fixed order (miimon before the delays, the mode before what depends on it).',
        'Slaves are brought up by the bond (bond-slaves); their own stanzas only say "manual".',
        'ifupdown2 (Proxmox VE) reads this file too, but ignores bond-arp-*, bond-ad-select,',
        'bond-fail-over-mac, bond-packets-per-slave and bond-tlb-dynamic-lb: use ifupdown there.',
      ],
    },
    ctx,
  );
}
