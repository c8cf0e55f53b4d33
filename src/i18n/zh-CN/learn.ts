/**
 * Simplified Chinese strings of the Learn view (namespace `learn`), keyed like
 * src/i18n/en/learn.ts: the tour of the seven modes and the quiz on the misconceptions of
 * shared/reference/kernel-bonding.md §1.4 (same questions, same right answers).
 */
import type { learn as en } from '../en/learn';

export const learn: typeof en = {
  heading: '学习网卡绑定',
  intro: '逐一了解七种模式，然后做个测验检验一下。所有答案都以内核绑定驱动为准，而不是网上的博客。',
  tour: {
    heading: '七种模式导览',
    step: '模式 {{number}}，第 {{index}} 个，共 {{total}} 个',
    previous: '上一个模式',
    next: '下一个模式',
    transmit: '如何发送',
    receive: '如何接收',
    survives: '能承受哪些故障',
    switch: '交换机需要什么配置',
    nic: '网卡需要什么',
    choose: '何时选择它',
  },
  quiz: {
    heading: '测验',
    progress: '第 {{index}} 题，共 {{total}} 题',
    score: '得分：已答 {{answered}} 题，答对 {{correct}} 题（共 {{total}} 题）。',
    correct: '正确。',
    wrong: '不太对：正确答案是“{{answer}}”。',
    previous: '上一题',
    next: '下一题',
    restart: '重新开始',
    questions: {
      modeTwoThree: {
        prompt: '最初那篇 RHEL5 文章把模式 2 和模式 3 都标成了“balance-xor”。它们实际上是什么？',
        choices: {
          xorBroadcast:
            '模式 2 是 balance-xor（哈希），模式 3 是 broadcast（每个帧发往所有从属接口）',
          broadcastXor: '模式 2 是 broadcast，模式 3 是 balance-xor',
          bothXor: '两者都是 balance-xor，只是哈希策略不同',
        },
        explanation:
          '内核的编号是 2 = balance-xor，3 = broadcast。模式 3 把每个帧复制到每个从属接口；模式 2 按哈希为每个流选择一个从属接口。',
      },
      activeBackupBalance: {
        prompt: '两个 1 Gb/s 的从属接口组成 active-backup（模式 1）绑定，主机最多能发送多少？',
        choices: {
          oneLink: '1 Gb/s：只有活动从属接口发送',
          twoLinks: '2 Gb/s：两个从属接口分担负载',
          half: '每个从属接口各 500 Mb/s',
        },
        explanation:
          'active-backup 从不做负载均衡：备用接口一直等到活动从属接口故障才接替。增加从属接口只增加冗余，不增加带宽。只有模式 0、2、4、5 和 6 会分散流量。',
      },
      promiscuous: {
        prompt: '那篇 RHEL5 博客说，eth0 和 eth1 加入绑定后会进入混杂模式。是这样吗？',
        choices: {
          no: '不是：从属接口共用绑定的 MAC 地址（模式 5/6 中使用各自的 MAC 地址）；只有绑定接口本身进入混杂模式时，从属接口才随之进入',
          yes: '是：每个从属接口都必须接收线路上的每一个帧',
          activeOnly: '只有活动从属接口始终处于混杂模式',
        },
        explanation:
          '从属接口并不处于混杂模式。它们接收发往绑定 MAC 地址的帧；只有当绑定接口本身被设为混杂模式时，内核才把混杂模式传递给从属接口。',
      },
      whoBalances: {
        prompt: '由哪个组件决定每个数据包从哪个从属接口发出？',
        choices: {
          kernel: '内核的绑定驱动（bonding）',
          ifenslave: 'ifenslave',
          switch: '交换机',
        },
        explanation:
          '内核中的 bonding 模块为每个数据包选择从属接口。ifenslave 只是告诉内核要加入哪些从属接口，而且这个 C 语言工具早已过时。',
      },
      slaveLowercase: {
        prompt: 'ifcfg-eth0 文件中写的是“slave=yes”。RHEL5 的 initscripts 会怎么处理它？',
        choices: {
          ignored: '忽略它：键名必须是大写的 SLAVE=yes，因此 eth0 在启动时永远不会加入绑定',
          same: '把它当作 SLAVE=yes 处理',
          error: '拒绝启用该接口',
        },
        explanation:
          'Shell 变量区分大小写：initscripts 检查的是 ${SLAVE} = yes。小写的键会被忽略，这正是那篇博客不得不在 rc.local 中执行 ifenslave 的原因。',
      },
      staticTrunk: {
        prompt: 'balance-rr 或 balance-xor 绑定所连接的交换机端口必须配置成什么？',
        choices: {
          static: '不带 LACP 的静态链路聚合（EtherChannel “mode on”、trunk group）',
          nothing: '无需配置：普通的 access 端口即可',
          lacp: '启用 LACP 的端口聚合',
        },
        explanation:
          '模式 0 和 2 从多个端口发出带有绑定 MAC 地址的帧；如果没有静态聚合组，交换机会看到该 MAC 地址在端口之间漂移，并且只从其中一个端口回送流量。',
      },
      lacpNeeded: {
        prompt: '802.3ad（模式 4）能否与不带 LACP 的静态链路聚合配合工作？',
        choices: {
          lacp: '不能：交换机必须在这些端口上运行 LACP',
          yes: '能：静态聚合和动态聚合是一回事',
          ifFast: '只有 lacp_rate 为 fast 时才能',
        },
        explanation:
          '802.3ad 是动态链路聚合协议：从属接口与交换机交换 LACPDU，只有处在双方协商一致的聚合组中的端口才承载流量。',
      },
      tlbSwitch: {
        prompt: 'balance-tlb 和 balance-alb 需要交换机做什么配置？',
        choices: {
          none: '不需要任何配置',
          static: '静态链路聚合',
          lacp: 'LACP',
        },
        explanation:
          '模式 5 和 6 让每个从属接口使用各自的 MAC 地址，因此交换机不会在多个端口上看到同一个 MAC 地址。与 active-backup 一样，它们适用于任何交换机。',
      },
      hashPolicyModes: {
        prompt: '在哪些模式中，由 xmit_hash_policy 选择发送数据包的从属接口？',
        choices: {
          hashModes: 'balance-xor、802.3ad、balance-tlb，以及 tlb_dynamic_lb 关闭时的 balance-alb',
          all: '全部七种模式',
          rrBackup: 'balance-rr 和 active-backup',
        },
        explanation:
          '该选项在每种模式下都能设置，但只有模式 2、4、5 会读取它，模式 6 仅在 tlb_dynamic_lb 为 0 时读取。轮询模式按数据包计数；active-backup 使用活动从属接口。',
      },
      policyNumbers: {
        prompt: 'xmit_hash_policy 的 layer3+4 和 layer2+3 在内核中的编号分别是多少？',
        choices: {
          kernel: 'layer3+4 = 1，layer2+3 = 2',
          alphabetical: 'layer2+3 = 1，layer3+4 = 2',
          same: '两者都是 2',
        },
        explanation:
          'layer2 = 0，layer3+4 = 1，layer2+3 = 2：编号按它们加入内核的先后顺序排列，而不是按字母顺序。写 xmit_hash_policy=1 得到的是 layer3+4。',
      },
      miimonDefault: {
        prompt:
          '你创建了一个 active-backup 绑定，既没有设置 miimon，也没有设置 arp_interval。会发生什么？',
        choices: {
          none: '没有链路监测：miimon 默认为 0，链路断开永远不会被发现',
          hundred: '默认使用 miimon 100',
          carrier: '内核每秒轮询一次载波状态',
        },
        explanation:
          '在模式 0 到 3 中，miimon 的内核默认值为 0；只有在 802.3ad、balance-tlb 和 balance-alb 中才会被强制设为 100。NetworkManager 等工具会自行加上 miimon=100。',
      },
      oneFlow: {
        prompt:
          '两个 1 Gb/s 的从属接口组成 802.3ad 绑定，使用 layer3+4 哈希，承载一次大型 TCP 传输。它最快能达到多少？',
        choices: {
          oneLink: '1 Gb/s：一个流总是哈希到同一个从属接口',
          twoLinks: '2 Gb/s',
          depends: 'lacp_rate 为 fast 时可达 2 Gb/s',
        },
        explanation:
          '同一个流的每个数据包哈希输入都相同，因此总是走同一个从属接口。只有 balance-rr 能把一个流分散到多条链路上（同时会导致数据包乱序）。',
      },
      twoSwitches: {
        prompt:
          '从属接口分别连接两台相互独立的交换机（没有堆叠，也没有 MLAG）。哪种模式能在其中一台交换机宕机时保持主机可达？',
        choices: {
          activeBackup: 'active-backup',
          lacp: '802.3ad',
          xor: 'balance-xor',
        },
        explanation:
          '802.3ad 聚合必须终结在同一台交换机上，或终结在一对表现为一台的交换机上（MLAG、堆叠）。active-backup（或 broadcast）可以跨独立的交换机工作。',
      },
      modeChange: {
        prompt: '如何修改一个正在运行、带有两个从属接口的绑定的模式？',
        choices: {
          downEmpty: '先停用绑定并移出所有从属接口，再写入新模式',
          live: '在运行时直接把新模式写入 sysfs',
          downOnly: '停用绑定即可；从属接口可以保留',
        },
        explanation:
          '绑定处于 up 状态或仍有从属接口时，内核会拒绝修改模式：绑定必须已停用且为空。因此配置文件总是先设置模式，再加入从属接口。',
      },
      monitorsExclusive: {
        prompt: '先设置 miimon=100，再设置 arp_interval=1000，会发生什么？',
        choices: {
          exclusive: 'ARP 监测接管，miimon 被置为 0',
          both: '两种监测同时运行',
          refused: '写入 arp_interval 会被拒绝',
        },
        explanation: 'MII 链路监测和 ARP 监测互斥：启用其中一个会把另一个清零。每个绑定只选一种。',
      },
      broadcastUse: {
        prompt: 'broadcast 模式（模式 3）真正的用途是什么？',
        choices: {
          separateNetworks: '把同一份流量发送到两个完全独立的网络中，以实现容错',
          speed: '让吞吐量翻倍',
          multicast: '只发送广播帧和组播帧',
        },
        explanation:
          '模式 3 把每个帧复制到每个从属接口，因此位于同一共享网络上的对端会收到重复的帧。它的用途是在互不相连的网络之间提供冗余。',
      },
    },
  },
};
