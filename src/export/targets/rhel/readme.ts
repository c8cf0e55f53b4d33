/**
 * The rhel bundle's README.txt outline: where the ifcfg files go, how RHEL/CentOS 6 and 7
 * (network service) and 8 (NetworkManager reading ifcfg files) apply and roll them back.
 */
import type { Design } from '../../../model/types';
import { renderReadme, type ReadmeFile } from '../../format/readme';
import type { ExportContext, ExportFile } from '../../types';
import { slaveNics } from '../rhel5/design-lookup';
import { ifcfgPath, IFCFG_DIR, slaveConnectionName } from './ifcfg';

const BACKUP = '/root/bondsmith-backup';

function files(design: Design): ReadmeFile[] {
  return design.bonds.flatMap((bond) => [
    {
      path: ifcfgPath(bond.name),
      destination: `/${ifcfgPath(bond.name)}`,
      what: `the bond ${bond.name} (new file)`,
    },
    ...bond.slaves.map((slave) => ({
      path: ifcfgPath(slave),
      destination: `/${ifcfgPath(slave)}`,
      what: `NIC ${slave}, slave of ${bond.name} (replaces the NIC's file)`,
    })),
  ]);
}

/** README.txt for the rhel bundle. */
export function readme(design: Design, ctx: ExportContext = {}): ExportFile {
  const paths = design.bonds.flatMap((bond) => [bond.name, ...bond.slaves]).map(ifcfgPath);
  const connectionsUp = design.bonds.flatMap((bond) => [
    ...slaveNics(design, bond).map(
      (nic) => `    nmcli connection up ${slaveConnectionName(bond, nic)}`,
    ),
    `    nmcli connection up ${bond.name}`,
  ]);
  return renderReadme(
    design,
    {
      title: 'Red Hat Enterprise Linux / CentOS 6, 7 and 8 with ifcfg files (target rhel)',
      files: files(design),
      backup: [`mkdir -p ${BACKUP}`, `cp -a /${IFCFG_DIR} ${BACKUP}/`],
      apply: [
        'cd into this rhel folder, then:',
        ...paths.map((path) => `cp ${path} /${path}`),
        'RHEL/CentOS 6 and 7 (network service):',
        '    service network restart',
        'RHEL/CentOS 8 (NetworkManager reads the ifcfg files):',
        '    nmcli connection reload',
        ...connectionsUp,
      ],
      check: [
        ...design.bonds.map((bond) => `ip -d link show ${bond.name}`),
        'RHEL/CentOS 8: nmcli device status      (each slave "connected" to its bond)',
      ],
      rollback: [
        ...design.bonds.map((bond) => `rm -f /${ifcfgPath(bond.name)}`),
        `cp -a ${BACKUP}/network-scripts/. /${IFCFG_DIR}/      (restores the NIC files)`,
        ...design.bonds.map((bond) => `ip link delete ${bond.name}`),
        'RHEL/CentOS 6 and 7: service network restart',
        'RHEL/CentOS 8: nmcli connection reload && systemctl restart NetworkManager',
      ],
      notes: [
        'BONDING_OPTS starts with mode=: initscripts write each option to sysfs in the order given,',
        'and an option the mode in force refuses would fail if it came before the mode.',
        'No modprobe file: initscripts and NetworkManager load the bonding module themselves.',
        'Remove old "alias bondN bonding" / "options bondN ..." lines from /etc/modprobe.d and',
        '/etc/modprobe.conf: RHEL 6 and later want bonding options only in BONDING_OPTS.',
        'On RHEL/CentOS 6 and 7 with NetworkManager running, either let it manage these files or',
        'add NM_CONTROLLED=no to each so that only the network service reads them.',
        'RHEL 9 and later read keyfiles instead: use the nm-keyfile target there.',
      ],
    },
    ctx,
  );
}
