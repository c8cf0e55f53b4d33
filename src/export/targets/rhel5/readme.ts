/**
 * The rhel5 bundle's README.txt, through the shared README outline (format/readme.ts): where
 * each file goes, how to back up, apply with the RHEL5 service scripts, check and roll back, and
 * why several bonds load several instances of the bonding module. Prose from readme-text.ts.
 */
import type { Bond, Design } from '../../../model/types';
import { renderReadme, type ReadmeFile } from '../../format/readme';
import { commented, readmeLanguage } from '../../format/readme-text';
import type { ExportContext, ExportFile } from '../../types';
import { bondsInLoadOrder } from './design-lookup';
import { moduleParams } from './modprobe-conf';
import { ifcfgPath, MODPROBE_CONF, RC_LOCAL } from './paths';
import { RHEL5_README_TEXT, type Rhel5ReadmeText } from './readme-text';

const BACKUP = '/root/bondsmith-backup';

function files(bonds: Bond[], text: Rhel5ReadmeText): ReadmeFile[] {
  const at = (path: string, what: string): ReadmeFile => ({ path, destination: `/${path}`, what });
  return [
    ...bonds.flatMap((bond) => [
      at(ifcfgPath(bond.name), text.bondFile(bond.name)),
      ...bond.slaves.map((slave) => at(ifcfgPath(slave), text.slaveFile(slave, bond.name))),
    ]),
    at(MODPROBE_CONF, text.modprobeConf),
    at(RC_LOCAL, text.rcLocal),
  ];
}

/** README.txt for the rhel5 bundle. */
export function readme(design: Design, ctx: ExportContext = {}): ExportFile {
  const text = RHEL5_README_TEXT[readmeLanguage(ctx)];
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
      title: text.title,
      files: files(bonds, text),
      backup: [
        `mkdir -p ${BACKUP}`,
        `cp -a /etc/sysconfig/network-scripts /etc/modprobe.conf /etc/rc.d/rc.local ${BACKUP}/`,
      ],
      apply: [
        text.cdInto,
        ...bondFiles.map((path) => `cp ${path} /${path}`),
        commented(`vi /${MODPROBE_CONF}`, text.mergeNote(MODPROBE_CONF)),
        `cp ${RC_LOCAL} /${RC_LOCAL} && chmod 755 /${RC_LOCAL}`,
        'service network stop',
        commented(`rmmod ${[...new Set(['bonding', ...ours])].join(' ')}`, text.rmmodNote),
        commented('service network start', text.orReboot),
      ],
      check: [
        ...bonds.map((bond) => commented(`ifconfig ${bond.name}`, text.ifconfigNote)),
        ...gateways.map((gateway) => `ping -c 3 ${gateway}`),
      ],
      rollback: [
        'service network stop',
        `rmmod ${ours.join(' ')}`,
        ...bonds.map((bond) => `rm -f /${ifcfgPath(bond.name)}`),
        commented(
          `cp -a ${BACKUP}/network-scripts/. /etc/sysconfig/network-scripts/`,
          text.restoresNics,
        ),
        `cp -a ${BACKUP}/modprobe.conf /etc/modprobe.conf`,
        `cp -a ${BACKUP}/rc.local /etc/rc.d/rc.local`,
        'service network start',
      ],
      notes: [
        text.moduleParams(`/${MODPROBE_CONF}`),
        ...bonds.map(
          (bond) =>
            `  ${bond.name}: ${moduleParams(bond)
              .map(([key, value]) => `${key}=${value}`)
              .join(' ')}`,
        ),
        ...(bonds.length > 1 ? text.severalBonds : []),
        text.ifenslave,
      ],
    },
    ctx,
  );
}
