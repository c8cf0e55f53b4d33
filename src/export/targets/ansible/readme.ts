/**
 * The ansible bundle's README.txt: install the role, adapt the inventory, run the play, check
 * on the host, and remove the profiles with the roll-back play. Commands per the
 * linux-system-roles network role README and ansible-playbook(1).
 */
import type { Design } from '../../../model/types';
import { renderReadme } from '../../format/readme';
import type { ExportContext, ExportFile } from '../../types';
import { INVENTORY, inventoryHost, PLAYBOOK, ROLE, ROLLBACK_PLAYBOOK } from './playbooks';

const BACKUP = '/root/bondsmith-backup';

/** README.txt for the ansible bundle. */
export function ansibleReadme(design: Design, ctx: ExportContext = {}): ExportFile {
  const host = inventoryHost(design);
  const onHost = (command: string): string =>
    `ansible -i ${INVENTORY} ${host} -b -m shell -a '${command}'`;
  const controlNode = (path: string): string => `(control node) ./${path}`;
  return renderReadme(
    design,
    {
      title: `Ansible with the ${ROLE} role over NetworkManager (RHEL 7-10, Fedora, CentOS Stream) (target ansible)`,
      files: [
        {
          path: PLAYBOOK,
          destination: controlNode(PLAYBOOK),
          what: `the play: the ${ROLE} role with this host's network_connections`,
        },
        {
          path: ROLLBACK_PLAYBOOK,
          destination: controlNode(ROLLBACK_PLAYBOOK),
          what: 'the play that deletes those bond and port profiles again',
        },
        {
          path: INVENTORY,
          destination: controlNode(INVENTORY),
          what: 'an example inventory entry for the host (or add it to yours)',
        },
      ],
      backup: [
        onHost(`mkdir -p ${BACKUP} && cp -a /etc/NetworkManager/system-connections ${BACKUP}/`),
      ],
      apply: [
        'on the control node, in this ansible folder:',
        `ansible-galaxy role install ${ROLE}      (1.7.0 or later)`,
        `  (or on RHEL: dnf install rhel-system-roles, and write rhel-system-roles.network in the plays)`,
        `edit ${INVENTORY}: the address Ansible reaches ${host} at today`,
        `ansible-playbook -i ${INVENTORY} ${PLAYBOOK}`,
        '  (the role applies through a NetworkManager checkpoint and undoes it when activation fails)',
      ],
      check: [onHost('nmcli -f NAME,TYPE,DEVICE,STATE connection show --active')],
      rollback: [
        `ansible-playbook -i ${INVENTORY} ${ROLLBACK_PLAYBOOK}`,
        "  (deletes the bond and port profiles; the NICs' earlier profiles take over again)",
        'if a NIC stays without its address, on the console of the host:',
        `cp -a ${BACKUP}/system-connections/. /etc/NetworkManager/system-connections/ && nmcli connection reload`,
      ],
      notes: [
        'network_provider is nm on purpose: the initscripts provider writes only mode and miimon',
        'and drops every other bond option without a word.',
        'The role writes all bond options through NetworkManager since 1.7.0; controller and',
        'port_type exist since 1.3.0 (before: master and slave_type).',
        'Option names converted: all_slaves_active -> all_ports_active, packets_per_slave ->',
        'packets_per_port, num_unsol_na -> num_grat_arp (one kernel value); use_carrier,',
        'tlb_dynamic_lb and all_ports_active as true/false; arp_ip_target comma-separated.',
        'miimon is always written: NetworkManager would otherwise turn on miimon 100 by itself.',
        'IPv6 is disabled on the bonds (ipv6_disabled): the design gives them IPv4 only.',
        'Port profiles are named "<bond> port <nic>"; the NICs\' own profiles stay untouched.',
        "For many hosts: export each host's design and run each play, or move its",
        'network_connections into host_vars/<host>.yml and share one play for a group.',
      ],
    },
    ctx,
  );
}
