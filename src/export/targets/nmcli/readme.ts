/**
 * README.txt of the nmcli bundle: what the script does, how to back up, run, check and roll
 * back. The checks, notes and roll-back match the nm-keyfile bundle (same profiles).
 */
import type { Design } from '../../../model/types';
import { renderReadme } from '../../format/readme';
import type { ExportContext, ExportFile } from '../../types';
import type { NmProfile } from '../nm-keyfile/profiles';
import {
  nmBackupLines,
  nmCheckLines,
  nmNotes,
  nmOldProfileLines,
  nmRollbackLines,
} from '../nm-keyfile/readme';
import { NMCLI_SCRIPT } from './script';

/** README.txt for the nmcli bundle. */
export function nmcliReadme(
  design: Design,
  profiles: readonly NmProfile[],
  ctx: ExportContext = {},
): ExportFile {
  return renderReadme(
    design,
    {
      title: 'NetworkManager 1.40 or later, nmcli script (target nmcli)',
      files: [
        {
          path: NMCLI_SCRIPT,
          destination: `anywhere, e.g. /root/${NMCLI_SCRIPT}`,
          what: `creates the profiles ${profiles.map((profile) => profile.id).join(', ')} and brings the bonds up`,
        },
      ],
      backup: nmBackupLines(),
      apply: [
        'Read the script first: it deletes profiles with the same UUIDs or names, then adds them.',
        ...nmOldProfileLines(profiles),
        `bash ${NMCLI_SCRIPT}      (as root; running it again gives the same profiles)`,
      ],
      check: nmCheckLines(profiles),
      rollback: nmRollbackLines(profiles),
      notes: nmNotes(design),
    },
    ctx,
  );
}
