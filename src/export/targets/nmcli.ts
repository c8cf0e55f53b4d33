/**
 * Target nmcli: one bash script of `nmcli connection add` commands creating the same
 * NetworkManager profiles as the nm-keyfile target (same names, UUIDs and settings), safe to
 * read and to run twice, and a README. Formats: shared/reference/peers-and-formats.md §3(d).
 */
import type { Design, Finding, ValidDesign } from '../../model/types';
import type { ExportContext, ExportFile, ExportTarget } from '../types';
import { nmBondProfiles } from './nm-keyfile/profiles';
import { checkNmProfiles } from './nm-keyfile/support';
import { nmcliReadme } from './nmcli/readme';
import { nmcliScript } from './nmcli/script';

const TARGET = 'nmcli';

function render(design: ValidDesign, ctx: ExportContext = {}): ExportFile[] {
  const bonds = nmBondProfiles(design);
  const profiles = bonds.flatMap(({ bond, ports }) => [bond, ...ports]);
  return [nmcliScript(design, bonds), nmcliReadme(design, profiles, ctx)];
}

function check(design: Design): Finding[] {
  return checkNmProfiles(design, TARGET);
}

/** The nmcli export target. */
export const nmcliTarget: ExportTarget = { id: TARGET, check, render };
