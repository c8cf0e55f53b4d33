/**
 * The prose of the ansible bundle's README.txt in each language (ansible/readme.ts builds the
 * commands around it). Paths, file names, role and option names are passed in, never translated.
 */
import type { ReadmeLanguage } from '../../format/readme-text';

/** The ansible README prose of one language. */
export interface AnsibleReadmeText {
  title: (role: string) => string;
  controlNode: (path: string) => string;
  playWhat: (role: string) => string;
  rollbackWhat: string;
  inventoryWhat: string;
  onControlNode: string;
  versionNote: string;
  rhelRoles: string;
  editInventory: (inventory: string, host: string) => string;
  checkpoint: string;
  deletesNote: string;
  onConsole: string;
  notes: readonly string[];
}

/** The ansible README prose per language. */
export const ANSIBLE_README_TEXT: Record<ReadmeLanguage, AnsibleReadmeText> = {
  en: {
    title: (role) =>
      `Ansible with the ${role} role over NetworkManager (RHEL 7-10, Fedora, CentOS Stream) (target ansible)`,
    controlNode: (path) => `(control node) ./${path}`,
    playWhat: (role) => `the play: the ${role} role with this host's network_connections`,
    rollbackWhat: 'the play that deletes those bond and port profiles again',
    inventoryWhat: 'an example inventory entry for the host (or add it to yours)',
    onControlNode: 'on the control node, in this ansible folder:',
    versionNote: '(1.7.0 or later)',
    rhelRoles:
      '  (or on RHEL: dnf install rhel-system-roles, and write rhel-system-roles.network in the plays)',
    editInventory: (inventory, host) =>
      `edit ${inventory}: the address Ansible reaches ${host} at today`,
    checkpoint:
      '  (the role applies through a NetworkManager checkpoint and undoes it when activation fails)',
    deletesNote:
      "  (deletes the bond and port profiles; the NICs' earlier profiles take over again)",
    onConsole: 'if a NIC stays without its address, on the console of the host:',
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
  'zh-CN': {
    title: (role) =>
      `Ansible 配合 ${role} 角色，基于 NetworkManager（RHEL 7-10、Fedora、CentOS Stream）（目标格式 ansible）`,
    controlNode: (path) => `（控制节点）./${path}`,
    playWhat: (role) => `play：使用 ${role} 角色和本主机的 network_connections`,
    rollbackWhat: '再次删除这些绑定和端口连接配置的 play',
    inventoryWhat: '该主机的示例 inventory 条目（也可以加入你自己的 inventory）',
    onControlNode: '在控制节点上，进入本 ansible 文件夹：',
    versionNote: '（1.7.0 或更高版本）',
    rhelRoles:
      '  （在 RHEL 上也可以：dnf install rhel-system-roles，并在 play 中写 rhel-system-roles.network）',
    editInventory: (inventory, host) =>
      `编辑 ${inventory}：填入 Ansible 目前访问 ${host} 所用的地址`,
    checkpoint: '  （该角色通过 NetworkManager 检查点应用配置，激活失败时自动撤销）',
    deletesNote: '  （删除绑定和端口连接配置；网卡原先的连接配置重新生效）',
    onConsole: '如果某块网卡仍然没有地址，在该主机的控制台上执行：',
    notes: [
      'network_provider 特意设为 nm：initscripts provider 只写出 mode 和 miimon，',
      '并且会不加提示地丢弃其他所有绑定选项。',
      '该角色从 1.7.0 起通过 NetworkManager 写出全部绑定选项；controller 和',
      'port_type 从 1.3.0 起才有（之前为 master 和 slave_type）。',
      '转换的选项名称：all_slaves_active -> all_ports_active，packets_per_slave ->',
      'packets_per_port，num_unsol_na -> num_grat_arp（同一个内核值）；use_carrier、',
      'tlb_dynamic_lb 和 all_ports_active 写为 true/false；arp_ip_target 以逗号分隔。',
      'miimon 总是会写出：否则 NetworkManager 会自行启用 miimon 100。',
      '绑定上的 IPv6 已禁用（ipv6_disabled）：设计只为它们配置了 IPv4。',
      '端口连接配置命名为 “<bond> port <nic>”；网卡自己的连接配置保持不变。',
      '多台主机时：为每台主机导出设计并分别运行其 play，或者把它的',
      'network_connections 移到 host_vars/<host>.yml，让一组主机共用一个 play。',
    ],
  },
};
