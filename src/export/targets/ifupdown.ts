/**
 * Target ifupdown: Debian/Ubuntu /etc/network/interfaces for ifupdown with the ifenslave hooks
 * (bond-* keys, mode first) and a README. Format: interfaces(5), ifenslave's README.Debian,
 * peers-and-formats.md §3(g).
 */
import type { Design, ValidDesign } from '../../model/types';
import { optionSupportFindings } from '../option-support';
import type { ExportContext, ExportFile, ExportTarget } from '../types';
import { IFUPDOWN_OPTION_SUPPORT, interfacesFile } from './ifupdown/interfaces';
import { readme } from './ifupdown/readme';

function check(design: Design) {
  return optionSupportFindings(design, 'ifupdown', IFUPDOWN_OPTION_SUPPORT);
}

function render(design: ValidDesign, ctx: ExportContext = {}): ExportFile[] {
  return [interfacesFile(design), readme(design, ctx)];
}

/** The ifupdown export target (Debian /etc/network/interfaces with ifenslave). */
export const ifupdownTarget: ExportTarget = { id: 'ifupdown', check, render };
