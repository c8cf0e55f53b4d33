/**
 * The rhel5 bundle's README.txt, through the shared README outline (format/readme.ts): where
 * each file goes, how to back up, apply with the RHEL5 service scripts, check and roll back, and
 * why several bonds load several instances of the bonding module.
 */
import type { Bond, Design } from '../../../model/types';
import { renderReadme, type ReadmeFile } from '../../format/readme';
import type { ExportContext, ExportFile } from '../../types';
import { bondsInLoadOrder } from './design-lookup';
import { moduleParams } from './modprobe-conf';
import { ifcfgPath, MODPROBE_CONF, RC_LOCAL } from './paths';

const BACKUP = '/root/bondsmith-backup';

function files(bonds: Bond[]): ReadmeFile[] {
  const at = (path: string, what: string): ReadmeFile => ({ path, destination: `/${path}`, what });
  return [
    ...bonds.flatMap((bond) => [
      at(ifcfgPath(bond.name), `the bond ${bond.name} (new file)`),
      ...bond.slaves.map((slave) =>
        at(ifcfgPath(slave), `NIC ${slave}, slave of ${bond.name} (replaces the NIC's file)`),
      ),
    ]),
    at(
      MODPROBE_CONF,
      'merge, do not replace: keep its other lines (scsi_hostadapter ...), drop older lines for these bonds and NICs',
    ),
    at(
      RC_LOCAL,
      "RHEL5's stock script plus ifenslave lines (mode 0755); if yours has lines of its own, append only ours",
    ),
  ];
}

/** README.txt for the rhel5 bundle. */
export function readme(design: Design, ctx: ExportContext = {}): ExportFile {
  const bonds = bondsInLoadOrder(design);
  const bondFiles = bonds.flatMap((bond) => [bond.name, ...bond.slaves]).map(ifcfgPath);
  // One bond loads the module as "bonding"; several load one instance per bond, named after it.
  const ours = bonds.length > 1 ? bonds.map((bond) => bond.name) : ['bonding'];
  const gateways = bonds.flatMap((bond) =>
    bond.ipv4?.method === 'static' && bond.ipv4.gateway !== undefined ? [bond.ipv4.gateway] : [],
  );
  return renderReadme(
    design,
    {
      title: 'Red Hat Enterprise Linux 5 / CentOS 5 (target rhel5)',
      files: files(bonds),
      backup: [
        `mkdir -p ${BACKUP}`,
        `cp -a /etc/sysconfig/network-scripts /etc/modprobe.conf /etc/rc.d/rc.local ${BACKUP}/`,
      ],
      apply: [
        'cd into this rhel5 folder, then:',
        ...bondFiles.map((path) => `cp ${path} /${path}`),
        `vi /${MODPROBE_CONF}      (merge ${MODPROBE_CONF} as described above)`,
        `cp ${RC_LOCAL} /${RC_LOCAL} && chmod 755 /${RC_LOCAL}`,
        'service network stop',
        `rmmod ${[...new Set(['bonding', ...ours])].join(' ')}      (so the new options apply; "not loaded" messages are fine)`,
        'service network start      (or reboot)',
      ],
      check: [
        ...bonds.map(
          (bond) => `ifconfig ${bond.name}      (flags UP ... MASTER; its slaves show SLAVE)`,
        ),
        ...gateways.map((gateway) => `ping -c 3 ${gateway}`),
      ],
      rollback: [
        'service network stop',
        `rmmod ${ours.join(' ')}`,
        ...bonds.map((bond) => `rm -f /${ifcfgPath(bond.name)}`),
        `cp -a ${BACKUP}/network-scripts/. /etc/sysconfig/network-scripts/      (restores the NIC files)`,
        `cp -a ${BACKUP}/modprobe.conf /etc/modprobe.conf`,
        `cp -a ${BACKUP}/rc.local /etc/rc.d/rc.local`,
        'service network start',
      ],
      notes: [
        `Bonding options go to /${MODPROBE_CONF} as module parameters (enumerations as numbers):`,
        ...bonds.map(
          (bond) =>
            `  ${bond.name}: ${moduleParams(bond)
              .map(([key, value]) => `${key}=${value}`)
              .join(' ')}`,
        ),
        ...(bonds.length > 1
          ? [
              'With several bonds, each loads its own instance of the bonding module ("-o bondN"),',
              'because one instance gives all its bonds the same options. RHEL5 creates the bonds',
              'bond0, bond1, ... in load order, which is why their names must be bond0 and up.',
            ]
          : []),
        'ifenslave in rc.local (package iputils) only repeats what SLAVE=yes already does at boot.',
      ],
    },
    ctx,
  );
}
