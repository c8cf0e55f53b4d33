/**
 * Target ifupdown: Debian/Ubuntu /etc/network/interfaces for ifupdown with the ifenslave hooks
 * (bond-* keys, mode first) and a README. Format: interfaces(5), ifenslave's README.Debian,
 * peers-and-formats.md §3(g).
 */
import type { Design, Finding, ValidDesign } from '../../model/types';
import { exportError } from '../findings';
import { optionSupportFindings } from '../option-support';
import type { ExportContext, ExportFile, ExportTarget } from '../types';
import { IFUPDOWN_OPTION_SUPPORT, interfacesFile } from './ifupdown/interfaces';
import { readme } from './ifupdown/readme';

/** The MTU range ifupdown2 validates `mtu` against; it warns about any other value. */
const MTU_RANGE = { min: 552, max: 9216 };

/*
 * ifupdown2 (Debian's other ifupdown) reads `bond-slaves none` as a slave named "none", and
 * refuses a file where two bonds claim it; the MTU must lie in its range.
 */
function ifupdown2Findings(design: Design): Finding[] {
  const empty = design.bonds.flatMap((bond, index) => (bond.slaves.length === 0 ? [index] : []));
  return [
    ...empty.slice(1).map((index) =>
      exportError('target-option-needs', `/bonds/${index}/slaves`, {
        option: 'bond-slaves none',
        needs: 'slaves',
        target: 'ifupdown',
      }),
    ),
    ...design.bonds.flatMap((bond, index) =>
      bond.mtu === undefined || (bond.mtu >= MTU_RANGE.min && bond.mtu <= MTU_RANGE.max)
        ? []
        : [
            exportError('target-option-value-unsupported', `/bonds/${index}/mtu`, {
              option: 'mtu',
              value: bond.mtu,
              values: `${MTU_RANGE.min} to ${MTU_RANGE.max}`,
              target: 'ifupdown',
            }),
          ],
    ),
  ];
}

function check(design: Design): Finding[] {
  return [
    ...optionSupportFindings(design, 'ifupdown', IFUPDOWN_OPTION_SUPPORT),
    ...ifupdown2Findings(design),
  ];
}

function render(design: ValidDesign, ctx: ExportContext = {}): ExportFile[] {
  return [interfacesFile(design), readme(design, ctx)];
}

/** The ifupdown export target (Debian /etc/network/interfaces with ifenslave). */
export const ifupdownTarget: ExportTarget = { id: 'ifupdown', check, render };
