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
import { networkdReadme, type DescribedFile } from './networkd/readme';

const TARGET = 'networkd';

function check(design: Design): Finding[] {
  return optionSupportFindings(design, TARGET, NETWORKD_SUPPORT);
}

function render(design: ValidDesign, ctx: ExportContext = {}): ExportFile[] {
  const described = design.bonds.flatMap((bond): DescribedFile[] => {
    // Written as a boolean on a slave's own file, so a name outside the slaves would vanish.
    for (const chosen of [bond.options.primary, bond.options.active_slave]) {
      if (chosen !== undefined && !bond.slaves.includes(chosen)) {
        throw new Error(`bond ${bond.name}: ${chosen} is not one of its slaves`);
      }
    }
    return [
      { file: bondNetdev(design, bond), what: `creates ${bond.name} with its mode and options` },
      { file: bondNetwork(design, bond), what: `addressing and MTU of ${bond.name}` },
      ...bond.slaves.map((slave) => ({
        file: slaveNetwork(design, bond, slave),
        what: `enslaves ${slave} to ${bond.name}`,
      })),
    ];
  });
  const paths = new Set(described.map(({ file }) => file.path));
  if (paths.size !== described.length) throw new Error('two interfaces share a file name');
  return [...described.map(({ file }) => file), networkdReadme(design, described, ctx)];
}

/** The networkd export target. */
export const networkdTarget: ExportTarget = { id: TARGET, check, render };
