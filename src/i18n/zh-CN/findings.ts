/**
 * Simplified Chinese messages of the model's finding codes (src/model/findings.ts FINDING_CODES),
 * same keys and {{param}} placeholders as en/findings.ts: what is wrong and, where useful, why.
 */
import type { findings as en } from '../en/findings';

export const findings: typeof en = {
  'value-wrong-type': '此值的类型不对：应为 {{expected}}。',
  'value-missing': '缺少必需的值：应为 {{expected}}。',
  'unknown-key': '未知的键“{{key}}”（可能是拼写错误），请删除或更正。',
  'version-unsupported': '不支持设计文件版本 {{version}}；本工具读取版本 1。',
  'host-name-invalid':
    '主机名“{{name}}”无效：请使用字母、数字和“-”，以点分隔为若干段，每段不超过 63 个字符。',
  'ifname-empty': '接口名为空。',
  'ifname-too-long': '接口名“{{name}}”超过 {{max}} 个字符，内核会拒绝。',
  'ifname-dot': '不允许使用接口名“{{name}}”：内核拒绝“.”和“..”。',
  'ifname-leading-dash': '接口名“{{name}}”以“-”开头，命令会把它当作选项。',
  'ifname-bad-char':
    '接口名“{{name}}”含有“{{char}}”：请只使用字母、数字、“_”、“-”和“.”，以便该名称在配置文件和命令中安全使用。',
  'name-duplicate': '名称“{{name}}”被使用了两次；网卡和绑定共用同一套接口名。',
  'nic-driver-invalid':
    '驱动“{{driver}}”不是内核模块名（应由字母、数字、“_”和“-”组成，例如 bnx2）。',
  'nic-mac-invalid':
    'MAC 地址“{{mac}}”无效；请写成以冒号分隔的六组十六进制数，例如 00:1a:64:6a:55:98。',
  'nic-mac-not-unicast': 'MAC 地址 {{mac}} 是组播地址或全零地址；网卡需要单播地址。',
  'nic-mac-duplicate': 'MAC 地址 {{mac}} 也出现在 {{nic}} 上；两个端口很少共用同一个出厂地址。',
  'nic-speed-invalid': '速率“{{speed}}”必须是 1 到 {{max}} 之间的整数（单位 Mb/s）。',
  'nic-model-invalid':
    '型号文本必须写在一行内（不含换行或控制字符，最多 200 个字符）：它会被写入一行注释。',
  'bond-mode-invalid':
    '“{{mode}}”不是绑定模式；请使用 balance-rr、active-backup、balance-xor、broadcast、802.3ad、balance-tlb 或 balance-alb。',
  'bond-no-slaves': '绑定 {{bond}} 没有从属接口，因此不承载任何流量。',
  'bond-one-slave': '绑定 {{bond}} 只有一个从属接口，任何一条链路故障都无法承受。',
  'slave-unknown': '从属接口“{{slave}}”不是本设计中的网卡。',
  'slave-is-bond': '{{slave}} 是一个绑定；这里只能把网卡加入绑定。',
  'slave-duplicate': '{{slave}} 在此绑定中出现了两次。',
  'slave-in-two-bonds': '{{slave}} 已是 {{bond}} 的从属接口；一个网卡只能属于一个绑定。',
  'lacp-speed-mismatch':
    '{{bond}} 的从属接口速率不同（{{speeds}} Mb/s）；802.3ad 只聚合同一速率的端口，因此部分端口不会被使用。',
  'option-rejected-in-mode':
    '内核在模式 {{mode}} 下拒绝 {{option}}（“mode dependency failed”），绑定配置会因此失败；请删除该选项或更换模式。',
  'option-inert-in-mode': '模式 {{mode}} 接受 {{option}}，但它在该模式下不起作用。',
  'option-not-integer': '{{option}}：“{{value}}”不是整数。',
  'option-out-of-range': '{{option}}：{{value}} 超出范围；内核接受 {{min}} 到 {{max}}。',
  'option-not-in-enum': '{{option}}：“{{value}}”不是以下值之一：{{values}}。',
  'option-ifname-invalid': '{{option}}：“{{value}}”不是有效的接口名。',
  'option-mac-invalid': '{{option}}：“{{value}}”不是 MAC 地址（以冒号分隔的六组十六进制数）。',
  'miimon-and-arp-interval':
    'MII 链路监测（miimon {{miimon}}）与 ARP 监测（arp_interval {{arp_interval}}）互斥；内核只保留最后设置的那一种。请二选一。',
  'delay-without-miimon':
    '{{option}} 需要 MII 链路监测：miimon 为 0 时内核会拒绝它。请设置 miimon（例如 100）或删除 {{option}}。',
  'delay-not-multiple':
    '{{option}} {{value}} ms 不是 miimon {{miimon}} ms 的整数倍；内核会将其向下取整为 {{rounded}} ms。',
  'option-inert-without-miimon': '{{option}} 只影响 MII 链路监测，而它当前已关闭（miimon 0）。',
  'option-inert-without-arp': '{{option}} 只影响 ARP 监测，而它当前已关闭（arp_interval 0）。',
  'arp-interval-without-targets':
    'ARP 监测至少需要一个 arp_ip_target（或 ns_ip6_target）；没有目标时，每个从属接口都会被视为已断开。',
  'arp-all-targets-without-validate': '只有设置了 arp_validate，arp_all_targets 才有意义。',
  'arp-target-invalid': '“{{value}}”不是 IPv4 地址（点分十进制，例如 192.168.1.1）。',
  'arp-target-forbidden':
    '内核不接受 {{value}} 作为 ARP 目标（不允许 0.x.x.x 和 255.255.255.255）。',
  'arp-target-duplicate': 'ARP 目标 {{value}} 出现了两次。',
  'arp-target-too-many': '给出了 {{count}} 个 ARP 目标；内核最多接受 {{max}} 个。',
  'ns-target-invalid': '“{{value}}”不是 IPv6 地址。',
  'ns-target-forbidden': '内核不接受 {{value}} 作为 NS 目标（不允许 ::、::1 和组播地址）。',
  'ns-target-duplicate': 'NS 目标 {{value}} 出现了两次。',
  'ns-target-too-many': '给出了 {{count}} 个 NS 目标；内核最多接受 {{max}} 个。',
  'no-link-monitoring':
    '绑定 {{bond}} 没有链路监测（miimon 为 0 且未设置 arp_interval）：链路故障永远不会被发现，因此不会发生故障切换。请设置 miimon（通常为 100）。',
  'primary-not-slave': '主接口 {{primary}} 不是 {{bond}} 的从属接口。',
  'active-slave-not-slave': '活动从属接口 {{slave}} 不是 {{bond}} 的从属接口。',
  'primary-reselect-without-primary': '只有设置了主接口，primary_reselect 才有意义。',
  'xmit-hash-policy-inert-alb':
    '在 balance-alb 模式下，只有关闭 tlb_dynamic_lb 时才会使用 xmit_hash_policy；按当前设置，它不起作用。',
  'notify-counts-differ':
    'num_grat_arp（{{num_grat_arp}}）和 num_unsol_na（{{num_unsol_na}}）在内核中是同一个设置；请为二者设置相同的值，或只设置其中一个。',
  'ad-actor-system-multicast': 'ad_actor_system {{value}} 是组播 MAC 地址，内核会拒绝。',
  'queue-id-invalid':
    '“{{value}}”不是有效的 queue_id 条目；请写成“从属接口:队列”，例如 eth0:2（队列 0–65535）。',
  'queue-id-not-slave': 'queue_id 中的 {{slave}} 不是 {{bond}} 的从属接口。',
  'queue-id-duplicate-slave': 'queue_id 对 {{slave}} 设置了两次。',
  'queue-id-duplicate-queue': '队列 {{queue}} 被分给了两个从属接口；非零的队列 ID 必须唯一。',
  'ipv4-method-invalid': '未知的 IPv4 方式“{{method}}”；请使用 static、dhcp 或 none。',
  'ipv4-address-invalid': '“{{address}}”不是 IPv4 地址（点分十进制，例如 192.168.1.3）。',
  'ipv4-address-reserved':
    '{{address}} 不能用作主机地址（0.x.x.x、环回地址 127.x.x.x、组播地址、保留地址或广播地址）。',
  'ipv4-address-network': '{{address}} 是 {{network}}/{{prefix}} 的网络地址，主机不能使用。',
  'ipv4-address-broadcast': '{{address}} 是 {{network}}/{{prefix}} 的广播地址，主机不能使用。',
  'ipv4-prefix-invalid':
    '前缀“{{prefix}}”无效；请给出 0–32 之间的值（例如 24）或子网掩码（例如 255.255.255.0）。',
  'ipv4-gateway-invalid': '“{{gateway}}”不是 IPv4 地址。',
  'ipv4-gateway-reserved':
    '{{gateway}} 不能用作网关（0.x.x.x、环回地址、组播地址、保留地址或广播地址）。',
  'ipv4-gateway-outside-subnet':
    '网关 {{gateway}} 不在该绑定的子网 {{network}}/{{prefix}} 内，因此无法到达，主机也就没有默认路由。',
  'ipv4-gateway-is-address': '网关 {{gateway}} 就是该绑定自己的地址。',
  'ipv4-gateway-point-to-point':
    '这是 /31 点对点子网：请确认 {{gateway}} 是链路的另一端，并且目标系统支持 /31 地址。',
  'ipv4-address-duplicate': '{{address}} 也是 {{bond}} 的地址；两个接口使用同一地址会发生冲突。',
  'ipv4-subnet-shared':
    '此绑定与 {{bond}} 共用子网 {{network}}/{{prefix}}；回复可能会从另一个绑定发出。',
  'ipv4-multiple-gateways': '{{bond}} 已有默认网关；主机只使用一条默认路由。',
  'mtu-invalid': 'MTU“{{mtu}}”无效；请使用 {{min}} 到 {{max}} 之间的整数。',
  'mtu-above-jumbo': 'MTU {{mtu}} 超过 {{max}}，超出了大多数网卡和交换机的承载能力。',
  'draft-pointer-unknown': '为未知字段输入了文本（{{pointer}}）。',
};
