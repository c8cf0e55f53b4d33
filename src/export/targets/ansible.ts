/**
 * Target ansible: a playbook applying the linux-system-roles `network` role with
 * `network_connections` (a bond profile plus one ethernet port profile per slave), a roll-back
 * play, an example inventory and a README. Format: peers-and-formats.md §1.8, §3(i) and §3.1.
 */
import type { ValidDesign } from '../../model/types';
import { FILE_MODE, type ExportContext, type ExportFile, type ExportTarget } from '../types';
import { checkAnsible } from './ansible/check';
import {
  INVENTORY,
  inventory,
  PLAYBOOK,
  playbook,
  ROLLBACK_PLAYBOOK,
  rollbackPlaybook,
} from './ansible/playbooks';
import { ansibleReadme } from './ansible/readme';

function render(design: ValidDesign, ctx: ExportContext = {}): ExportFile[] {
  return [
    { path: PLAYBOOK, contents: playbook(design), mode: FILE_MODE },
    { path: ROLLBACK_PLAYBOOK, contents: rollbackPlaybook(design), mode: FILE_MODE },
    { path: INVENTORY, contents: inventory(design), mode: FILE_MODE },
    ansibleReadme(design, ctx),
  ];
}

/** The ansible export target. */
export const ansibleTarget: ExportTarget = { id: 'ansible', check: checkAnsible, render };
