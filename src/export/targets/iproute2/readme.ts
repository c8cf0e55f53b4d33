/**
 * The iproute2 bundle's README.txt outline: save the current state, stop other network managers,
 * run the up script, check, and undo with the down script.
 */
import type { Design } from '../../../model/types';
import { renderReadme } from '../../format/readme';
import type { ExportContext, ExportFile } from '../../types';
import { DOWN_SCRIPT, UP_SCRIPT } from './paths';

const SAVED = '/root/bondsmith-before';

/** README.txt for the iproute2 bundle. */
export function readme(design: Design, ctx: ExportContext = {}): ExportFile {
  const slaves = design.bonds.flatMap((bond) => bond.slaves);
  return renderReadme(
    design,
    {
      title: 'any Linux with iproute2, at runtime only (target iproute2)',
      files: [
        {
          path: UP_SCRIPT,
          destination: `/root/${UP_SCRIPT}`,
          what: 'builds the bonds now (mode 0755; nothing is kept at reboot)',
        },
        {
          path: DOWN_SCRIPT,
          destination: `/root/${DOWN_SCRIPT}`,
          what: `undoes ${UP_SCRIPT} (mode 0755)`,
        },
      ],
      backup: [
        `mkdir -p ${SAVED}`,
        `ip -d link show > ${SAVED}/links.txt`,
        `ip address show > ${SAVED}/addresses.txt`,
        `ip route show > ${SAVED}/routes.txt`,
      ],
      apply: [
        `Stop whatever else manages ${slaves.length > 0 ? slaves.join(', ') : 'these NICs'} (NetworkManager, systemd-networkd,`,
        'ifupdown), or it may undo or fight these changes. Then, as root:',
        `bash ${UP_SCRIPT}`,
        'It checks the NICs and that no bond of the same name exists before it changes anything,',
        'and stops at the first command that fails.',
      ],
      check: design.bonds.flatMap((bond) => [
        `ip -d link show ${bond.name}`,
        `ip address show dev ${bond.name}`,
      ]),
      rollback: [
        `bash ${DOWN_SCRIPT}`,
        `Then restore the slaves' addresses and routes (saved in ${SAVED}) or restart the`,
        "distribution's network service, or reboot.",
      ],
      notes: [
        'A default route is set with "ip route replace": it takes the place of any earlier one.',
        'DHCP is not part of iproute2: the script runs dhclient, else dhcpcd, for DHCP bonds.',
        'iproute2 calls peer_notif_delay "peer_notify_delay"; the script uses its spelling.',
        'For a setup that survives a reboot use one of the other targets.',
      ],
    },
    ctx,
  );
}
