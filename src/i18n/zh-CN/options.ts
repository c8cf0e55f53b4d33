/**
 * Simplified Chinese label and one-line help for every bond option, keyed like
 * src/i18n/en/options.ts; option names, values and units stay as the kernel spells them.
 */
import type { options as en } from '../en/options';

export const options: typeof en = {
  miimon: {
    label: 'MII 链路监测间隔（miimon）',
    help: '每隔多少毫秒检查一次各从属接口的链路状态。0 表示关闭 MII 链路监测；内核默认为 0（在 802.3ad、balance-tlb 和 balance-alb 中被强制设为 100）。通常设为 100。',
  },
  updelay: {
    label: '启用延迟（updelay）',
    help: '链路恢复后等待多少毫秒才开始使用它；应为 miimon 的整数倍。需要 miimon。默认为 0。',
  },
  downdelay: {
    label: '停用延迟（downdelay）',
    help: '链路故障后等待多少毫秒才将其停用；应为 miimon 的整数倍。需要 miimon。默认为 0。',
  },
  peer_notif_delay: {
    label: '对端通知延迟（peer_notif_delay）',
    help: '故障切换后发送的各个免费 ARP / 非请求邻居通告（NA）之间的间隔（毫秒）；应为 miimon 的整数倍，范围 0–300000。默认为 0（一个 miimon 周期）。',
  },
  use_carrier: {
    label: '使用载波状态（use_carrier）',
    help: 'on：MII 链路监测读取驱动报告的载波状态；off：改用 MII/ethtool ioctl。默认为 on（6.18 及以后的内核只接受 on）。',
  },
  arp_interval: {
    label: 'ARP 监测间隔（arp_interval）',
    help: '每隔多少毫秒向目标发送 ARP 探测，以检查各从属接口。0 表示关闭 ARP 监测；默认为 0。与 miimon 互斥；在 802.3ad、balance-tlb 和 balance-alb 中不可用。',
  },
  arp_ip_target: {
    label: 'ARP 目标（arp_ip_target）',
    help: 'ARP 监测所探测的 IPv4 地址，例如网关；最多 16 个，以逗号分隔。',
  },
  ns_ip6_target: {
    label: 'IPv6 NS 目标（ns_ip6_target）',
    help: 'ARP 监测通过邻居请求（NS）探测的 IPv6 地址；最多 16 个（内核 5.18 及以后）。',
  },
  arp_validate: {
    label: 'ARP 校验（arp_validate）',
    help: '哪些从属接口必须收到有效的 ARP 应答才算 up：none、active、backup、all，或带 filter 的变体。默认为 none。',
  },
  arp_all_targets: {
    label: '需应答的 ARP 目标（arp_all_targets）',
    help: 'any：任一目标应答即认为从属接口 up；all：所有目标都应答才算 up。仅用于启用了 arp_validate 的 active-backup。默认为 any。',
  },
  arp_missed_max: {
    label: 'ARP 应答丢失上限（arp_missed_max）',
    help: '连续多少个 ARP 间隔没有收到应答即判定从属接口为 down，范围 1–255。默认为 2。',
  },
  primary: {
    label: '主接口（primary）',
    help: '只要其链路为 up 就作为活动接口的从属接口。仅用于 active-backup、balance-tlb 和 balance-alb。默认无。',
  },
  primary_reselect: {
    label: '主接口重选策略（primary_reselect）',
    help: '主接口恢复后：always 总是接管，better 仅在它更好（更快）时接管，failure 仅在当前活动从属接口故障时接管。默认为 always。',
  },
  active_slave: {
    label: '活动从属接口（active_slave）',
    help: '立即设为活动接口的从属接口（运行时的选择；primary 才是持久的偏好）。仅用于 active-backup、balance-tlb 和 balance-alb。',
  },
  fail_over_mac: {
    label: '故障切换时的 MAC 地址（fail_over_mac）',
    help: 'none：所有从属接口使用绑定的 MAC 地址；active：绑定接口采用活动从属接口的 MAC 地址；follow：活动从属接口采用绑定的 MAC 地址。仅用于 active-backup。默认为 none。',
  },
  num_grat_arp: {
    label: '故障切换后的免费 ARP 数（num_grat_arp）',
    help: '发送多少个免费 ARP 来通告新的活动从属接口，范围 0–255。与 num_unsol_na 是同一个设置。默认为 1。',
  },
  num_unsol_na: {
    label: '故障切换后的非请求 NA 数（num_unsol_na）',
    help: '发送多少个 IPv6 非请求邻居通告（NA）来通告新的活动从属接口，范围 0–255。与 num_grat_arp 是同一个设置。默认为 1。',
  },
  xmit_hash_policy: {
    label: '发送哈希策略（xmit_hash_policy）',
    help: '为每个流选择从属接口的依据：layer2（MAC 地址）、layer2+3（MAC 和 IP 地址）、layer3+4（IP 地址和端口）、encap 变体或 vlan+srcmac。默认为 layer2。',
  },
  packets_per_slave: {
    label: '每个从属接口的数据包数（packets_per_slave）',
    help: '在一个从属接口上发送多少个数据包后再换到下一个，范围 0–65535；0 表示为每个数据包随机选择从属接口。仅用于 balance-rr。默认为 1。',
  },
  lacp_rate: {
    label: 'LACP 速率（lacp_rate）',
    help: '要求交换机发送 LACPDU 的频率：slow 每 30 秒一次，fast 每 1 秒一次（3 秒而不是 90 秒即可发现故障）。仅用于 802.3ad。默认为 slow。',
  },
  lacp_active: {
    label: 'LACP 主动模式（lacp_active）',
    help: 'on：主动发送 LACPDU；off：仅在交换机先发送时才应答。仅用于 802.3ad，内核 5.15 及以后。默认为 on。',
  },
  ad_select: {
    label: '聚合组选择（ad_select）',
    help: '哪个聚合组成为活动聚合组：stable、bandwidth（总速率最高）或 count（端口最多）。仅用于 802.3ad。默认为 stable。',
  },
  min_links: {
    label: '最少链路数（min_links）',
    help: '只有当活动聚合组中至少有这么多个端口时，绑定接口才报告载波（carrier）。仅用于 802.3ad。默认为 0。',
  },
  tlb_dynamic_lb: {
    label: '动态负载均衡（tlb_dynamic_lb）',
    help: 'on：按当前负载分布各个流；off：仅按 xmit_hash_policy 分布。仅用于 balance-tlb 和 balance-alb。默认为 on。',
  },
  lp_interval: {
    label: '学习包间隔（lp_interval）',
    help: '发送学习包的间隔秒数（至少为 1），学习包使交换机的 MAC 地址表保持最新。仅用于 balance-tlb 和 balance-alb。默认为 1。',
  },
  ad_actor_sys_prio: {
    label: 'LACP 系统优先级（ad_actor_sys_prio）',
    help: 'LACPDU 中发送的系统优先级，范围 1–65535。仅用于 802.3ad。默认为 65535。',
  },
  ad_actor_system: {
    label: 'LACP 系统 ID（ad_actor_system）',
    help: '作为 LACP 系统 ID 发送的 MAC 地址；00:00:00:00:00:00 表示使用绑定的 MAC 地址。不能是组播地址。仅用于 802.3ad。',
  },
  ad_user_port_key: {
    label: 'LACP 用户端口键（ad_user_port_key）',
    help: 'LACP 端口键（port key）的高 10 位，范围 0–1023。仅用于 802.3ad。默认为 0。',
  },
  coupled_control: {
    label: '耦合控制（coupled_control）',
    help: 'on：收集（collecting）与分发（distributing）状态一起切换，与 802.3ad 标准一致；off：两者分别切换。仅用于 802.3ad，内核 6.9 及以后。默认为 on。',
  },
  broadcast_neighbor: {
    label: '广播邻居报文（broadcast_neighbor）',
    help: 'on：在每个活动端口上都发送 ARP 和邻居发现（ND）报文。仅用于 802.3ad，内核 6.17 及以后。默认为 off。',
  },
  all_slaves_active: {
    label: '所有从属接口均递交（all_slaves_active）',
    help: 'on：到达非活动从属接口的帧也会递交给协议栈（可能出现重复）。默认为 off。',
  },
  resend_igmp: {
    label: '故障切换后的 IGMP 报告数（resend_igmp）',
    help: '故障切换后发送多少个 IGMP 成员关系报告，范围 0–255，每个间隔 200 ms。默认为 1。',
  },
  queue_id: {
    label: '从属接口队列 ID（queue_id）',
    help: '按“从属接口:队列号”的格式把发送队列映射到从属接口，例如 eth0:2，多项以逗号分隔。仅用于 balance-rr 和 active-backup。',
  },
};
