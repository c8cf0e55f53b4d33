/**
 * Simplified Chinese names and descriptions of the export targets, the messages of the export
 * layer's finding codes (`exportFindings`) and the command line's strings (`cli`); same keys
 * and placeholders as en/targets.ts. Commands, options and file names stay as they are.
 */
import type * as en from '../en/targets';

/** Title and one-line description per target id (`targets.<id>.{title,description}`). */
export const targets: typeof en.targets = {
  rhel5: {
    title: 'RHEL / CentOS 5',
    description:
      '适用于 Red Hat Enterprise Linux 5 和 CentOS 5 的 ifcfg 文件、/etc/modprobe.conf 选项以及 rc.local 中的 ifenslave 命令',
  },
  rhel: {
    title: 'RHEL / CentOS 6–8',
    description:
      '带 TYPE=Bond 和 BONDING_OPTS（mode 在前）的 ifcfg 文件，适用于 Red Hat Enterprise Linux 和 CentOS 6、7、8，由 initscripts 或 NetworkManager 读取',
  },
  'nm-keyfile': {
    title: 'NetworkManager keyfile',
    description:
      '为每个绑定及其每个端口生成 .nmconnection 配置文件，适用于 NetworkManager 1.40 及以上版本（RHEL 9、Fedora、Debian 12、Ubuntu）',
  },
  nmcli: {
    title: 'NetworkManager nmcli 脚本',
    description: '一个由 nmcli 命令组成的 bash 脚本，创建同样的绑定和端口配置，可安全地重复运行',
  },
  netplan: {
    title: 'netplan（Ubuntu）',
    description: '一个 netplan YAML 文件，端口位于 ethernets 下，绑定位于 bonds 下',
  },
  networkd: {
    title: 'systemd-networkd',
    description: '供 systemd-networkd 使用的 .netdev 和 .network 文件，时间值带明确的单位',
  },
  ifupdown: {
    title: 'Debian / Ubuntu（ifupdown）',
    description:
      '带 ifenslave bond-* 选项的 /etc/network/interfaces，适用于 Debian 和 Ubuntu 的 ifupdown',
  },
  nmstate: {
    title: 'nmstate（声明式 YAML）',
    description:
      '一个 nmstatectl 状态文件，包含绑定及其端口、IPv4 和默认路由，另附一个将它们删除的状态',
  },
  iproute2: {
    title: 'iproute2 运行时脚本',
    description:
      '一个一次性脚本，立即用 ip link 建立绑定，并附带对应的撤销脚本；重启后不保留任何配置',
  },
  ansible: {
    title: 'Ansible（linux-system-roles network）',
    description: '一个通过 network 角色创建绑定及其端口的 playbook，附带回滚 play 和示例 inventory',
  },
};

/** Messages of src/export/findings.ts EXPORT_FINDING_CODES (`findings.<code>`). */
export const exportFindings: typeof en.exportFindings = {
  'target-unknown': '没有名为“{{target}}”的导出目标格式。',
  'target-option-unsupported':
    '目标格式 {{target}} 无法表达选项 {{option}}：它写出的文件（或这些文件所面向系统的绑定驱动）没有对应的设置。请删除该选项，或导出时不选 {{target}}。',
  'target-option-value-unsupported':
    '选项 {{option}} = {{value}} 无法在目标格式 {{target}} 中表达；其绑定驱动只认识 {{values}}。',
  'target-option-needs':
    '目标格式 {{target}} 在没有 {{needs}} 时无法写出 {{option}}：其工具会拒绝这样的文件（内核只会忽略它）。请设置 {{needs}} 或删除 {{option}}。',
  'target-bond-name-unsupported':
    '目标格式 {{target}} 无法创建绑定 {{bond}}：其绑定驱动按加载顺序把绑定命名为 bond0、bond1、…，因此绑定必须命名为 bond0 到 {{last}}。',
};

/** Strings of the `bondsmith` command line (`cli.*`). */
export const cli: typeof en.cli = {
  usage:
    '用法：\n  bondsmith check DESIGN [--json]\n  bondsmith export DESIGN --target ID[,ID…] --out OUT   （OUT 以 .zip 结尾时写出 zip 文件，否则写入文件夹）\n  bondsmith targets\n  bondsmith simulate DESIGN --bond NAME --packets FILE [--down IF[,IF…]] [--kernel current|rhel5] [--json]\n  bondsmith import FILE… [--from FORMAT] --out DESIGN\n  bondsmith convert FILE… [--from FORMAT] --target ID[,ID…] --out OUT',
  unknownCommand: '未知命令“{{command}}”。',
  badArguments: '{{detail}}',
  missingDesign: '请给出要读取的设计文件。',
  missingTarget: '请用 --target ID[,ID…] 给出目标格式（参见“bondsmith targets”）。',
  missingOut: '请用 --out OUT 给出输出位置（一个文件夹，或以 .zip 结尾的文件）。',
  unknownTarget: '未知的目标格式“{{target}}”（参见“bondsmith targets”）。',
  unreadable: '无法读取 {{file}}：{{detail}}',
  tooLarge: '无法读取 {{file}}：它超过 {{limit}} 字节，不可能是设计文件。',
  notJson: '{{file}} 不是 JSON：{{detail}}',
  notADesign: '{{file}} 不是 Bondsmith 设计文件：{{detail}}',
  unsupportedVersion: '{{file}} 是不受支持版本的设计文件：{{detail}}',
  cannotWrite: '无法写入 {{out}}：{{detail}}',
  summary: '{{errors}} 个错误，{{warnings}} 个警告',
  noFindings: '没有错误或警告。',
  refused: '未写入任何文件：设计中有错误。',
  written: '已将 {{count}} 个文件写入 {{out}}。',
  import: {
    missingFiles: '请给出要导入的配置文件。',
    missingOut: '请用 --out DESIGN（或 -o DESIGN）给出要写入的设计文件。',
    unknownFormat: '未知格式“{{format}}”：请使用 {{formats}} 之一。',
    tooLarge: '无法读取 {{file}}：它超过 {{limit}} 字节，超出一次导入能读取的上限。',
    failed: '未导入任何内容。',
    refused: '未写入任何文件：导入结果中有错误。',
    written: '已写入 {{out}}（{{bonds}} 个绑定，{{nics}} 个网卡）。',
    /** Import notes the command line words differently from the app's `import.notes`. */
    notes: {
      'format-unknown': '无法从文件名或内容判断此文件的格式；请用 --from 指定。',
      'no-files': '没有给出文件。',
    },
  },
  simulate: {
    missingBond: '请用 --bond NAME 给出要模拟的绑定。',
    missingPackets: '请用 --packets FILE 给出数据包文件（由数据包组成的 JSON 数组）。',
    badKernel: '未知内核“{{kernel}}”：请使用 current 或 rhel5。',
    badPackets: '{{file}} 不是有效的数据包列表：{{where}}{{detail}}',
    designErrors: '未进行模拟：设计中有错误。',
    unknownBond: '设计中没有绑定“{{bond}}”。',
    unknownDown: '--down {{name}} 不是 {{bond}} 的从属接口。',
    header: '#  从属接口  原因',
    skipped: '（跳过 {{names}}）',
    lost: ' — 丢失：载波已断开，但监测尚未察觉',
    reason: {
      'hash-usable': '{{policy}} 哈希 {{hash}} % {{count}} 个可用从属接口 = 索引 {{index}}',
      'hash-all':
        '{{policy}} 哈希 {{hash}} % {{count}} 个从属接口 = 索引 {{index}}，再从该处起取第一个可用的',
      'round-robin': '轮询：计数器 {{counter}}，id {{id}} % {{count}} 个从属接口 = 索引 {{start}}',
      'igmp-active': 'IGMP 总是从活动从属接口发出',
      'igmp-first-usable': 'IGMP 从第一个可用的从属接口发出（没有活动从属接口）',
      active: '活动从属接口 {{active}}：{{cause}}',
      broadcast: '广播：在每个处于 up 状态的从属接口上各发一份副本',
      'tlb-fresh': '哈希 {{hash}}，桶 {{bucket}} 新分配给 {{assigned}}（空闲容量最大）',
      'tlb-held': '哈希 {{hash}}，桶 {{bucket}} 已由 {{assigned}} 持有',
      rlb: 'ARP 由接收负载均衡处理：此对端由 {{assigned}} 服务',
    },
    cause: {
      'active-backup': 'active-backup 把所有流量都从这里发出',
      'not-ip': '不是 IPv4/IPv6，因此不做均衡',
      'not-unicast': '组播或广播目的地址不做均衡',
      igmp: 'IGMP 不做均衡',
      'ipv6-excluded': 'IPv6 全节点组播和重复地址检测不做均衡',
      arp: 'ARP 不做均衡',
      unassigned: '没有从属接口能承接该流',
    },
    drop: {
      'no-slaves': '丢弃：绑定没有从属接口',
      'no-usable-slave': '丢弃：没有能发送的从属接口',
      'no-active-slave': '丢弃：没有活动从属接口',
    },
  },
};
