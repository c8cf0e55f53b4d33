/**
 * Target networkd: systemd-networkd .netdev/.network files for /etc/systemd/network (per bond a
 * .netdev and a .network, per slave a .network) and a README. Formats: systemd.netdev(5),
 * systemd.network(5); mapping in peers-and-formats.md §3.1 and §3(f).
 */
import type { Design, Finding, ValidDesign } from '../../model/types';
import { optionSupportFindings } from '../option-support';
import type { ExportContext, ExportFile, ExportTarget } from '../types';
import { NETWORKD_SUPPORT } from './networkd/bond-keys';
import { bondNetdev, bondNetwork, slaveNetwork } from './networkd/files';
import { networkdReadme } from './networkd/readme';

const TARGET = 'networkd';

function check(design: Design): Finding[] {
  return optionSupportFindings(design, TARGET, NETWORKD_SUPPORT);
}

function render(design: ValidDesign, ctx: ExportContext = {}): ExportFile[] {
  const files = design.bonds.flatMap((bond): ExportFile[] => {
    // Written as a boolean on a slave's own file, so a name outside the slaves would vanish.
    for (const chosen of [bond.options.primary, bond.options.active_slave]) {
      if (chosen !== undefined && !bond.slaves.includes(chosen)) {
        throw new Error(`bond ${bond.name}: ${chosen} is not one of its slaves`);
      }
    }
    return [
      bondNetdev(design, bond),
      bondNetwork(design, bond),
      ...bond.slaves.map((slave) => slaveNetwork(design, bond, slave)),
    ];
  });
  const paths = new Set(files.map((file) => file.path));
  if (paths.size !== files.length) throw new Error('two interfaces share a file name');
  return [...files, networkdReadme(design, files, ctx)];
}

/** The networkd export target. */
export const networkdTarget: ExportTarget = { id: TARGET, check, render };
