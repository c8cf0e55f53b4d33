/**
 * Target nm-keyfile: NetworkManager keyfile profiles (.nmconnection, mode 0600), one per bond and
 * one per slave, readable by NetworkManager 1.40 and later, and a README. Formats:
 * shared/reference/peers-and-formats.md §3(c); checked with libnm's keyfile reader.
 */
import type { Design, Finding, ValidDesign } from '../../model/types';
import type { ExportContext, ExportFile, ExportTarget } from '../types';
import { connectionFile } from './nm-keyfile/connection-file';
import { nmProfiles } from './nm-keyfile/profiles';
import { nmKeyfileReadme } from './nm-keyfile/readme';
import { checkNmProfiles } from './nm-keyfile/support';

const TARGET = 'nm-keyfile';

function render(design: ValidDesign, ctx: ExportContext = {}): ExportFile[] {
  const profiles = nmProfiles(design);
  return [...profiles.map(connectionFile), nmKeyfileReadme(design, profiles, ctx)];
}

function check(design: Design): Finding[] {
  return checkNmProfiles(design, TARGET);
}

/** The nm-keyfile export target. */
export const nmKeyfileTarget: ExportTarget = { id: TARGET, check, render };
