/**
 * The nmstate bundle's README.txt: where the state file goes, apply with a checkpoint
 * (`nmstatectl apply --no-commit`, then commit or roll back), check, and remove the bonds again.
 * Commands per nmstatectl(8) and the nmstate.service behaviour (applies /etc/nmstate/*.yml);
 * prose from readme-text.ts.
 */
import type { Design } from '../../../model/types';
import { renderReadme } from '../../format/readme';
import { commented, readmeLanguage } from '../../format/readme-text';
import type { ExportContext, ExportFile } from '../../types';
import { NMSTATE_README_TEXT } from './readme-text';

/** The state file, at the path nmstate.service reads at boot. */
export const STATE_FILE = 'etc/nmstate/bondsmith.yml';
/** The state that removes the bonds; kept with the backup, never in /etc/nmstate. */
export const ROLLBACK_FILE = 'bondsmith-rollback.yml';

const BACKUP = '/root/bondsmith-backup';
const TIMEOUT = 300;

/** README.txt for the nmstate bundle. */
export function nmstateReadme(design: Design, ctx: ExportContext = {}): ExportFile {
  const text = NMSTATE_README_TEXT[readmeLanguage(ctx)];
  const gateways = design.bonds.flatMap((bond) =>
    bond.ipv4?.method === 'static' && bond.ipv4.gateway !== undefined ? [bond.ipv4.gateway] : [],
  );
  return renderReadme(
    design,
    {
      title: text.title,
      files: [
        {
          path: STATE_FILE,
          destination: `/${STATE_FILE}`,
          what: text.stateWhat,
        },
        {
          path: ROLLBACK_FILE,
          destination: `${BACKUP}/${ROLLBACK_FILE}`,
          what: text.rollbackWhat,
        },
      ],
      backup: [
        `mkdir -p ${BACKUP}`,
        `nmstatectl show > ${BACKUP}/nmstate-before.yml`,
        `cp -a /etc/NetworkManager/system-connections ${BACKUP}/`,
        `cp ${ROLLBACK_FILE} ${BACKUP}/`,
      ],
      apply: [
        text.cdInto,
        `nmstatectl apply --no-commit --timeout ${TIMEOUT} ${STATE_FILE}`,
        ...text.verifies(TIMEOUT),
        text.checkThenCommit,
        'nmstatectl commit',
        text.orAtBoot,
        commented(`cp ${STATE_FILE} /${STATE_FILE} && systemctl enable nmstate`, text.renamesNote),
      ],
      check: [
        ...design.bonds.map((bond) => `nmstatectl show ${bond.name}`),
        ...gateways.map((gateway) => `ping -c 3 ${gateway}`),
      ],
      rollback: [
        `${text.beforeCommit}nmstatectl rollback`,
        text.afterCommit,
        `nmstatectl apply ${BACKUP}/${ROLLBACK_FILE}`,
        commented(`nmstatectl apply ${BACKUP}/nmstate-before.yml`, text.restoresNics),
        `rm -f /${STATE_FILE} /${STATE_FILE.replace(/\.yml$/, '.applied')}`,
      ],
      notes: [...text.notes],
    },
    ctx,
  );
}
