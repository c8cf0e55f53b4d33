/**
 * README.txt of the nmcli bundle: what the script does, how to back up, run, check and roll
 * back. The checks, notes and roll-back match the nm-keyfile bundle (same profiles); prose from
 * readme-text.ts.
 */
import type { Design } from '../../../model/types';
import { renderReadme } from '../../format/readme';
import { commented, readmeLanguage } from '../../format/readme-text';
import type { ExportContext, ExportFile } from '../../types';
import type { NmProfile } from '../nm-keyfile/profiles';
import {
  nmBackupLines,
  nmCheckLines,
  nmNotes,
  nmOldProfileLines,
  nmRollbackLines,
} from '../nm-keyfile/readme';
import { NMCLI_README_TEXT } from './readme-text';
import { NMCLI_SCRIPT } from './script';

/** README.txt for the nmcli bundle. */
export function nmcliReadme(
  design: Design,
  profiles: readonly NmProfile[],
  ctx: ExportContext = {},
): ExportFile {
  const language = readmeLanguage(ctx);
  const text = NMCLI_README_TEXT[language];
  return renderReadme(
    design,
    {
      title: text.title,
      files: [
        {
          path: NMCLI_SCRIPT,
          destination: text.destination(NMCLI_SCRIPT),
          what: text.what(profiles.map((profile) => profile.id)),
        },
      ],
      backup: nmBackupLines(),
      apply: [
        text.readFirst,
        ...nmOldProfileLines(profiles, language),
        commented(`bash ${NMCLI_SCRIPT}`, text.runNote),
      ],
      check: nmCheckLines(profiles, language),
      rollback: nmRollbackLines(profiles, language),
      notes: nmNotes(design, profiles, language),
    },
    ctx,
  );
}
