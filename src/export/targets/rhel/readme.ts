/**
 * The rhel bundle's README.txt outline: where the ifcfg files go, how RHEL/CentOS 6 and 7
 * (network service) and 8 (NetworkManager reading ifcfg files) apply and roll them back. Prose
 * from readme-text.ts.
 */
import type { Design } from '../../../model/types';
import { renderReadme, type ReadmeFile } from '../../format/readme';
import { commented, readmeLanguage } from '../../format/readme-text';
import type { ExportContext, ExportFile } from '../../types';
import { slaveNics } from '../rhel5/design-lookup';
import { ifcfgPath, IFCFG_DIR, slaveConnectionName } from './ifcfg';
import { RHEL_README_TEXT, type RhelReadmeText } from './readme-text';

const BACKUP = '/root/bondsmith-backup';

function files(design: Design, text: RhelReadmeText): ReadmeFile[] {
  return design.bonds.flatMap((bond) => [
    {
      path: ifcfgPath(bond.name),
      destination: `/${ifcfgPath(bond.name)}`,
      what: text.bondFile(bond.name),
    },
    ...bond.slaves.map((slave) => ({
      path: ifcfgPath(slave),
      destination: `/${ifcfgPath(slave)}`,
      what: text.slaveFile(slave, bond.name),
    })),
  ]);
}

/** README.txt for the rhel bundle. */
export function readme(design: Design, ctx: ExportContext = {}): ExportFile {
  const text = RHEL_README_TEXT[readmeLanguage(ctx)];
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
      title: text.title,
      files: files(design, text),
      backup: [`mkdir -p ${BACKUP}`, `cp -a /${IFCFG_DIR} ${BACKUP}/`],
      apply: [
        text.cdInto,
        ...paths.map((path) => `cp ${path} /${path}`),
        text.rhel6And7Service,
        '    service network restart',
        text.rhel8Reads,
        '    nmcli connection reload',
        ...connectionsUp,
      ],
      check: [
        ...design.bonds.map((bond) => `ip -d link show ${bond.name}`),
        `${text.onRhel8}${commented('nmcli device status', text.deviceStatusNote)}`,
      ],
      rollback: [
        ...design.bonds.map((bond) => `rm -f /${ifcfgPath(bond.name)}`),
        commented(`cp -a ${BACKUP}/network-scripts/. /${IFCFG_DIR}/`, text.restoresNics),
        ...design.bonds.map((bond) => `ip link delete ${bond.name}`),
        `${text.onRhel6And7}service network restart`,
        `${text.onRhel8}nmcli connection reload && systemctl restart NetworkManager`,
      ],
      notes: [...text.notes],
    },
    ctx,
  );
}
