/**
 * Simplified Chinese explanations of the seven bonding modes, keyed like src/i18n/en/modes.ts.
 * True to the kernel driver (mode 2 is balance-xor, mode 3 broadcast), not to the seed blog;
 * typed by the English catalogue so a missing or extra key fails the typecheck.
 */
import type { modes as en } from '../en/modes';

export const modes: typeof en = {
  'balance-rr': {
    title: 'balance-rr（模式 0）：轮询',
    summary: '依次轮流在各个从属接口上发送数据包；唯一能把单个连接分散到多条链路上的模式。',
    transmit:
      '逐个数据包在各从属接口之间轮转（每轮发送 packets_per_slave 个数据包）。单个 TCP 连接可以用上所有链路，代价是数据包会乱序到达。',
    receive: '每个从属接口都接收交换机发给它的流量；入站流量如何分布由交换机决定。',
    survives:
      '只要开启了链路监测，可承受除最后一条以外任意链路的故障。内核默认 miimon 为 0（不监测，也不做故障切换），因此务必设置 miimon。',
    switch:
      '需要不带 LACP 的静态链路聚合（EtherChannel “mode on”、trunk group）。否则交换机会在多个端口上看到绑定的 MAC 地址，流量在这些端口之间来回漂移。',
    nic: '无特殊要求；所有从属接口都使用绑定的 MAC 地址。',
    choose:
      '单个流必须超过一条链路的速率、且对端能容忍乱序时（可调高 net.ipv4.tcp_reordering）。其他情况优先选择 802.3ad。',
  },
  'active-backup': {
    title: 'active-backup（模式 1）：主备容错',
    summary: '由一个从属接口承载全部流量，它故障时由另一个接管。不做负载均衡。',
    transmit: '只有活动从属接口发送，其余接口处于等待状态；增加从属接口只增加冗余，从不增加带宽。',
    receive:
      '只有活动从属接口把流量交给主机；到达备用从属接口的帧会被丢弃（除非开启了 all_slaves_active）。',
    survives:
      '可承受除一条之外所有链路的故障，即使这些链路接在两台相互独立的交换机上。需要链路监测：内核默认 miimon 为 0（不做故障切换），因此请设置 miimon（通常为 100）或启用 ARP 监测。',
    switch:
      '无需任何配置：任何一台或一对交换机都可以，不必配置链路聚合。故障切换时，对端通过免费 ARP 获知新的端口。',
    nic: '无特殊要求。即使网卡无法修改自身的 MAC 地址也能工作（fail_over_mac=active）。',
    choose:
      '适合简单、可靠的冗余，尤其是从属接口分别接在两台不同交换机上时。可用 primary 指定优先使用更快或更便宜的链路。',
  },
  'balance-xor': {
    title: 'balance-xor（模式 2）：异或均衡（静态哈希）',
    summary: '按地址哈希把每个流固定在一个从属接口上；交换机上需要配置静态链路聚合。',
    transmit:
      '由 xmit_hash_policy 选定的哈希（默认按 MAC 地址，即 layer2）为每个流选出一个从属接口。单个流永远不会使用多于一条链路；使用 layer2 时，发往网关的全部流量都走同一个从属接口。',
    receive: '每个从属接口都接收；入站流量如何分布由交换机决定。',
    survives:
      '只要开启了链路监测（内核默认 miimon 为 0：请设置它），可承受除最后一条以外任意链路的故障。故障链路上的流会转移到其余链路上。',
    switch: '需要不带 LACP 的静态链路聚合（EtherChannel “mode on”）。',
    nic: '无特殊要求；所有从属接口都使用绑定的 MAC 地址。',
    choose:
      '交换机支持静态链路聚合但不支持 LACP 时。如果可以使用 LACP，802.3ad 是更好的选择，因为它能发现接线错误。',
  },
  broadcast: {
    title: 'broadcast（模式 3）：广播，每个帧发往所有从属接口',
    summary: '在所有从属接口上复制每一个帧；用于同时接入两个相互独立的网络，而不是为了提速。',
    transmit: '每个帧都复制到每个处于 up 状态的从属接口。位于同一共享网络上的对端会收到重复的帧。',
    receive: '每个从属接口都接收。',
    survives:
      '开启链路监测时（内核默认 miimon 为 0：请设置它），可承受除最后一条以外任意链路的故障。',
    switch:
      '用于它真正的场景——两个相互独立的网络——时，无需任何配置。如果所有从属接口都接到同一台交换机，这些端口必须组成静态聚合组，否则交换机会看到 MAC 地址来回漂移。',
    nic: '无特殊要求。',
    choose: '很少使用：同一份流量必须到达两个彼此不相连的独立网络时才用。它不做负载均衡。',
  },
  '8023ad': {
    title: '802.3ad（模式 4）：LACP 动态链路聚合',
    summary: '通过 LACP 与交换机协商的动态链路聚合；各个流按哈希分布到活动聚合组的端口上。',
    transmit:
      '与 balance-xor 相同：xmit_hash_policy 把每个流固定到活动聚合组中的一个端口。单个流永远不会超过一条链路的速率；若有大量流发往同一个对端，请使用 layer3+4。',
    receive: '活动聚合组的所有端口都接收；入站流量如何分布由交换机自己的哈希决定。',
    survives:
      '可承受任意端口的故障；LACP 还能发现虽然链路为 up、但接错了位置的端口。miimon 保持为 0 时会被强制设为 100；不接受 ARP 监测。',
    switch:
      '需要启用 LACP 的端口聚合（例如 Cisco 的 “channel-group N mode active”）。仅有静态链路聚合是不够的。跨两台交换机时只能借助 MLAG 或堆叠。',
    nic: '驱动必须能报告速率和双工模式（ethtool）；只有速率相同且为全双工的端口才会聚合在一起。',
    choose:
      '交换机支持 LACP 时，兼顾带宽与冗余的常规选择。lacp_rate fast 能在几秒内发现故障，而不是一分半钟。',
  },
  'balance-tlb': {
    title: 'balance-tlb（模式 5）：自适应发送负载均衡',
    summary: '按负载把出站流量分布到各从属接口；入站流量只走一个从属接口。无需配置交换机。',
    transmit:
      'IPv4 和 IPv6 单播按负载分布（tlb_dynamic_lb 关闭时按哈希分布）；广播、组播和其他流量从活动从属接口发出。每个从属接口用自己的 MAC 地址发送。',
    receive: '只有活动从属接口接收。',
    survives:
      '可承受除最后一条以外任意链路的故障；活动从属接口的角色和 MAC 地址会转移到仍然正常的接口上。miimon 保持为 0 时会被强制设为 100；不接受 ARP 监测。',
    switch: '无需任何配置：适用于任何交换机，不必配置链路聚合。',
    nic: '驱动必须能报告链路速率（ethtool）；速率未知的从属接口被视为 down。',
    choose: '主机发送量远大于接收量（例如文件服务器或 Web 服务器）且交换机无法配置时。',
  },
  'balance-alb': {
    title: 'balance-alb（模式 6）：自适应负载均衡',
    summary: '在 balance-tlb 的基础上，通过 ARP 协商实现 IPv4 接收负载均衡。无需配置交换机。',
    transmit:
      '与 balance-tlb 相同：出站单播按负载分布到各从属接口，每个从属接口使用自己的 MAC 地址。',
    receive:
      '在 ARP 应答中向不同的 IPv4 对端提供不同从属接口的 MAC 地址，使不同对端发往不同的从属接口。IPv6 接收不做均衡；来自同一个对端（或经由同一个路由器）的流量仍然到达同一个从属接口。',
    survives:
      '可承受除最后一条以外任意链路的故障；通过 ARP 通知对端更新。miimon 保持为 0 时会被强制设为 100；不接受 ARP 监测。',
    switch: '无需任何配置：适用于任何交换机，不必配置链路聚合。',
    nic: '驱动必须能报告链路速率，并且能在接口处于 up 状态时修改 MAC 地址。',
    choose:
      '本地网络中有大量 IPv4 对端、需要分担入站和出站负载，而交换机不支持 LACP 时。经由单个路由器的流量收益甚微。',
  },
};
