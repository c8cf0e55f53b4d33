/**
 * The ansible bundle's README.txt: install the role, adapt the inventory, run the play, check
 * on the host, and remove the profiles with the roll-back play. Commands per the
 * linux-system-roles network role README and ansible-playbook(1); prose from readme-text.ts.
 */
import type { Design } from '../../../model/types';
import { renderReadme } from '../../format/readme';
import { commented, readmeLanguage } from '../../format/readme-text';
import type { ExportContext, ExportFile } from '../../types';
import { INVENTORY, inventoryHost, PLAYBOOK, ROLE, ROLLBACK_PLAYBOOK } from './playbooks';
import { ANSIBLE_README_TEXT } from './readme-text';

const BACKUP = '/root/bondsmith-backup';

/** README.txt for the ansible bundle. */
export function ansibleReadme(design: Design, ctx: ExportContext = {}): ExportFile {
  const text = ANSIBLE_README_TEXT[readmeLanguage(ctx)];
  const host = inventoryHost(design);
  const onHost = (command: string): string =>
    `ansible -i ${INVENTORY} ${host} -b -m shell -a '${command}'`;
  return renderReadme(
    design,
    {
      title: text.title(ROLE),
      files: [
        {
          path: PLAYBOOK,
          destination: text.controlNode(PLAYBOOK),
          what: text.playWhat(ROLE),
        },
        {
          path: ROLLBACK_PLAYBOOK,
          destination: text.controlNode(ROLLBACK_PLAYBOOK),
          what: text.rollbackWhat,
        },
        {
          path: INVENTORY,
          destination: text.controlNode(INVENTORY),
          what: text.inventoryWhat,
        },
      ],
      backup: [
        onHost(`mkdir -p ${BACKUP} && cp -a /etc/NetworkManager/system-connections ${BACKUP}/`),
      ],
      apply: [
        text.onControlNode,
        commented(`ansible-galaxy role install ${ROLE}`, text.versionNote),
        text.rhelRoles,
        text.editInventory(INVENTORY, host),
        `ansible-playbook -i ${INVENTORY} ${PLAYBOOK}`,
        text.checkpoint,
      ],
      check: [onHost('nmcli -f NAME,TYPE,DEVICE,STATE connection show --active')],
      rollback: [
        `ansible-playbook -i ${INVENTORY} ${ROLLBACK_PLAYBOOK}`,
        text.deletesNote,
        text.onConsole,
        `cp -a ${BACKUP}/system-connections/. /etc/NetworkManager/system-connections/ && nmcli connection reload`,
      ],
      notes: [...text.notes],
    },
    ctx,
  );
}
