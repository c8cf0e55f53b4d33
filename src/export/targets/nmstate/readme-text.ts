/**
 * The prose of the nmstate bundle's README.txt in each language (nmstate/readme.ts builds the
 * commands around it). Paths, file names and option names are passed in, never translated.
 */
import type { ReadmeLanguage } from '../../format/readme-text';

/** The nmstate README prose of one language. */
export interface NmstateReadmeText {
  title: string;
  stateWhat: string;
  rollbackWhat: string;
  cdInto: string;
  /** Two lines, indented, after the `nmstatectl apply --no-commit` command. */
  verifies: (timeoutSeconds: number) => readonly string[];
  checkThenCommit: string;
  orAtBoot: string;
  renamesNote: string;
  /** Prefixes `nmstatectl rollback`. */
  beforeCommit: string;
  afterCommit: string;
  restoresNics: string;
  notes: readonly string[];
}

/** The nmstate README prose per language. */
export const NMSTATE_README_TEXT: Record<ReadmeLanguage, NmstateReadmeText> = {
  en: {
    title:
      'nmstate 1.0+ over NetworkManager (RHEL 8.4+, RHEL 9, CentOS Stream, Fedora) (target nmstate)',
    stateWhat: 'the bonds, their ports and addresses as nmstate desired state',
    rollbackWhat: 'removes the bonds again (never put it in /etc/nmstate)',
    cdInto: 'cd into this nmstate folder, then:',
    verifies: (timeoutSeconds) => [
      '  (nmstate verifies the result and undoes it by itself on failure; it also undoes it',
      `  after ${timeoutSeconds} s unless you commit, so a lost session heals itself)`,
    ],
    checkThenCommit: 'check as in 3. below, then keep the change:',
    orAtBoot: 'or, instead of the apply above, let nmstate.service apply it at the next boot:',
    renamesNote: '(it renames it .applied)',
    beforeCommit: 'before "nmstatectl commit": ',
    afterCommit: 'after it:',
    restoresNics: '(brings the NICs back as they were)',
    notes: [
      'nmstate writes NetworkManager profiles; "nmcli connection show" lists them afterwards.',
      'miimon is always written: NetworkManager would otherwise turn on miimon 100 by itself.',
      'IPv6 is disabled on the bonds: the design gives them IPv4 only.',
      'Option names are the kernel names; use_carrier, tlb_dynamic_lb and lacp_active are',
      'written as true/false, all_slaves_active as dropped/delivered, queue_id as ports-config.',
      'arp_missed_max, lacp_active and ns_ip6_target need a recent nmstate and NetworkManager.',
    ],
  },
  'zh-CN': {
    title:
      'nmstate 1.0+，基于 NetworkManager（RHEL 8.4+、RHEL 9、CentOS Stream、Fedora）（目标格式 nmstate）',
    stateWhat: '以 nmstate 期望状态描述的绑定、其端口和地址',
    rollbackWhat: '再次删除这些绑定（切勿放入 /etc/nmstate）',
    cdInto: '进入本 nmstate 文件夹，然后执行：',
    verifies: (timeoutSeconds) => [
      '  （nmstate 会验证结果，失败时自动撤销；如果你没有在',
      `  ${timeoutSeconds} 秒内提交，它同样会撤销，因此断开的会话能够自行恢复）`,
    ],
    checkThenCommit: '按下面第 3 步检查，然后保留这次改动：',
    orAtBoot: '或者不执行上面的 apply，而是让 nmstate.service 在下次开机时应用它：',
    renamesNote: '（它会把文件改名为 .applied）',
    beforeCommit: '执行 “nmstatectl commit” 之前：',
    afterCommit: '执行之后：',
    restoresNics: '（把网卡恢复到原来的状态）',
    notes: [
      'nmstate 写出的是 NetworkManager 连接配置；之后可用 “nmcli connection show” 列出它们。',
      'miimon 总是会写出：否则 NetworkManager 会自行启用 miimon 100。',
      '绑定上的 IPv6 已禁用：设计只为它们配置了 IPv4。',
      '选项名称即内核名称；use_carrier、tlb_dynamic_lb 和 lacp_active 写为 true/false，',
      'all_slaves_active 写为 dropped/delivered，queue_id 写入 ports-config。',
      'arp_missed_max、lacp_active 和 ns_ip6_target 需要较新的 nmstate 和 NetworkManager。',
    ],
  },
};
