/**
 * Target iproute2: a one-shot runtime script that builds the bonds with `ip link`/`ip address`/
 * `ip route` (set -eu, every word quoted) and its matching undo script, plus a README.
 * Commands: ip-link(8) `type bond`, peers-and-formats.md §3(i).
 */
import type { Design, ValidDesign } from '../../model/types';
import { optionSupportFindings } from '../option-support';
import type { ExportContext, ExportFile, ExportTarget } from '../types';
import { downScript } from './iproute2/down-script';
import { IPROUTE2_OPTION_SUPPORT } from './iproute2/ip-args';
import { readme } from './iproute2/readme';
import { upScript } from './iproute2/up-script';

function check(design: Design) {
  return optionSupportFindings(design, 'iproute2', IPROUTE2_OPTION_SUPPORT);
}

function render(design: ValidDesign, ctx: ExportContext = {}): ExportFile[] {
  return [upScript(design), downScript(design), readme(design, ctx)];
}

/** The iproute2 export target (runtime script and its undo script). */
export const iproute2Target: ExportTarget = { id: 'iproute2', check, render };
