/**
 * Target rhel: RHEL/CentOS 6–8 ifcfg files, read by initscripts and by NetworkManager's
 * ifcfg-rh plugin: a bond file with TYPE=Bond, BONDING_MASTER=yes and BONDING_OPTS (mode
 * first), one file per slave with MASTER/SLAVE, and a README. No modprobe file: RHEL 6 and later
 * take bonding options only from BONDING_OPTS. Formats: peers-and-formats.md §3(b).
 */
import type { Design, ValidDesign } from '../../model/types';
import { optionSupportFindings } from '../option-support';
import { idleArpTargetFindings } from './nm-keyfile/support';
import type { ExportContext, ExportFile, ExportTarget } from '../types';
import { RHEL_OPTION_SUPPORT } from './rhel/bonding-opts';
import { bondIfcfg, slaveIfcfg } from './rhel/ifcfg';
import { readme } from './rhel/readme';
import { slaveNics } from './rhel5/design-lookup';

// RHEL 8 reads these files through NetworkManager's ifcfg-rh, so libnm's rules apply too.
function check(design: Design) {
  return [
    ...optionSupportFindings(design, 'rhel', RHEL_OPTION_SUPPORT),
    ...idleArpTargetFindings(design, 'rhel'),
  ];
}

function render(design: ValidDesign, ctx: ExportContext = {}): ExportFile[] {
  const ifcfgs = design.bonds.flatMap((bond) => [
    bondIfcfg(bond),
    ...slaveNics(design, bond).map((nic) => slaveIfcfg(nic, bond)),
  ]);
  return [...ifcfgs, readme(design, ctx)];
}

/** The rhel export target (RHEL/CentOS 6–8 ifcfg with BONDING_OPTS). */
export const rhelTarget: ExportTarget = { id: 'rhel', check, render };
