/**
 * Target rhel5: the classic RHEL/CentOS 5 bonding setup of the seed write-up, corrected: ifcfg
 * files for bonds and slaves, bonding options in /etc/modprobe.conf, ifenslave in rc.local and
 * a README. Formats: shared/reference/peers-and-formats.md §3(a), kernel-bonding.md §4.1–4.3.
 */
import type { ValidDesign } from '../../model/types';
import type { ExportContext, ExportFile, ExportTarget } from '../types';
import { checkRhel5 } from './rhel5/check';
import { bondsInLoadOrder, slaveNics } from './rhel5/design-lookup';
import { bondIfcfg, slaveIfcfg } from './rhel5/ifcfg';
import { modprobeConf } from './rhel5/modprobe-conf';
import { rcLocal } from './rhel5/rc-local';
import { readme } from './rhel5/readme';

function render(design: ValidDesign, ctx: ExportContext = {}): ExportFile[] {
  const ifcfgs = bondsInLoadOrder(design).flatMap((bond) => [
    bondIfcfg(bond),
    ...slaveNics(design, bond).map((nic) => slaveIfcfg(nic, bond)),
  ]);
  return [...ifcfgs, modprobeConf(design), rcLocal(design), readme(design, ctx)];
}

/** The rhel5 export target. */
export const rhel5Target: ExportTarget = { id: 'rhel5', check: checkRhel5, render };
