/**
 * The nmstate bundle's README.txt: where the state file goes, apply with a checkpoint
 * (`nmstatectl apply --no-commit`, then commit or roll back), check, and remove the bonds again.
 * Commands per nmstatectl(8) and the nmstate.service behaviour (applies /etc/nmstate/*.yml).
 */
import type { Design } from '../../../model/types';
import { renderReadme } from '../../format/readme';
import type { ExportContext, ExportFile } from '../../types';

/** The state file, at the path nmstate.service reads at boot. */
export const STATE_FILE = 'etc/nmstate/bondsmith.yml';
/** The state that removes the bonds; kept with the backup, never in /etc/nmstate. */
export const ROLLBACK_FILE = 'bondsmith-rollback.yml';

const BACKUP = '/root/bondsmith-backup';
const TIMEOUT = 300;

/** README.txt for the nmstate bundle. */
export function nmstateReadme(design: Design, ctx: ExportContext = {}): ExportFile {
  const gateways = design.bonds.flatMap((bond) =>
    bond.ipv4?.method === 'static' && bond.ipv4.gateway !== undefined ? [bond.ipv4.gateway] : [],
  );
  return renderReadme(
    design,
    {
      title:
        'nmstate 1.0+ over NetworkManager (RHEL 8.4+, RHEL 9, CentOS Stream, Fedora) (target nmstate)',
      files: [
        {
          path: STATE_FILE,
          destination: `/${STATE_FILE}`,
          what: 'the bonds, their ports and addresses as nmstate desired state',
        },
        {
          path: ROLLBACK_FILE,
          destination: `${BACKUP}/${ROLLBACK_FILE}`,
          what: 'removes the bonds again (never put it in /etc/nmstate)',
        },
      ],
      backup: [
        `mkdir -p ${BACKUP}`,
        `nmstatectl show > ${BACKUP}/nmstate-before.yml`,
        `cp -a /etc/NetworkManager/system-connections ${BACKUP}/`,
        `cp ${ROLLBACK_FILE} ${BACKUP}/`,
      ],
      apply: [
        'cd into this nmstate folder, then:',
        `nmstatectl apply --no-commit --timeout ${TIMEOUT} ${STATE_FILE}`,
        `  (nmstate verifies the result and undoes it by itself on failure; it also undoes it`,
        `  after ${TIMEOUT} s unless you commit, so a lost session heals itself)`,
        'check as in 3. below, then keep the change:',
        'nmstatectl commit',
        'or, instead of the apply above, let nmstate.service apply it at the next boot:',
        `cp ${STATE_FILE} /${STATE_FILE} && systemctl enable nmstate      (it renames it .applied)`,
      ],
      check: [
        ...design.bonds.map((bond) => `nmstatectl show ${bond.name}`),
        ...gateways.map((gateway) => `ping -c 3 ${gateway}`),
      ],
      rollback: [
        'before "nmstatectl commit": nmstatectl rollback',
        'after it:',
        `nmstatectl apply ${BACKUP}/${ROLLBACK_FILE}`,
        `nmstatectl apply ${BACKUP}/nmstate-before.yml      (brings the NICs back as they were)`,
        `rm -f /${STATE_FILE} /${STATE_FILE.replace(/\.yml$/, '.applied')}`,
      ],
      notes: [
        'nmstate writes NetworkManager profiles; "nmcli connection show" lists them afterwards.',
        'miimon is always written: NetworkManager would otherwise turn on miimon 100 by itself.',
        'IPv6 is disabled on the bonds: the design gives them IPv4 only.',
        'Option names are the kernel names; use_carrier, tlb_dynamic_lb and lacp_active are',
        'written as true/false, all_slaves_active as dropped/delivered, queue_id as ports-config.',
        'arp_missed_max, lacp_active and ns_ip6_target need a recent nmstate and NetworkManager.',
      ],
    },
    ctx,
  );
}
