/**
 * The prose of the two NetworkManager bundles' README.txt (nm-keyfile and nmcli) in each
 * language: the parts they share and the nm-keyfile-only ones. Profile ids, UUIDs, commands and
 * option names are passed in, never translated.
 */
import type { ReadmeLanguage } from '../../format/readme-text';

/** The NetworkManager README prose of one language. */
export interface NmReadmeText {
  expectActivated: (ids: readonly string[]) => string;
  /** Explains how to stop other profiles of the slaves; the command line follows it. */
  otherProfiles: (slaves: readonly string[]) => readonly string[];
  /** A profile id after a command, e.g. `(bond0)`. */
  idNote: (id: string) => string;
  /** Prefixes the command that turns autoconnect back on. */
  forEachDisabled: string;
  /** Prefixes the command that brings such a profile up again. */
  then: string;
  notes: readonly string[];
  peerNotifDelay: (bond: string, delay: number, written: string) => string;
  keyfileTitle: string;
  bondProfileWhat: (id: string) => string;
  portProfileWhat: (port: { summary: string; nic: string; bond: string }) => string;
  cdInto: string;
  ownerNote: string;
}

/** The NetworkManager README prose per language. */
export const NM_README_TEXT: Record<ReadmeLanguage, NmReadmeText> = {
  en: {
    expectActivated: (ids) => `    expect ${ids.join(', ')} activated`,
    otherProfiles: (slaves) => [
      `Other profiles of ${slaves.join(', ')} (e.g. "Wired connection 1", see profiles.txt) compete`,
      'with the ports: for each of them run',
    ],
    idNote: (id) => `(${id})`,
    forEachDisabled: 'for each profile you disabled: ',
    then: '  then ',
    notes: [
      "Each port names its bond by the bond profile's UUID (master=, slave-type=bond). NetworkManager",
      '1.46 and later write controller= and port-type= instead but still read these; 1.40-1.44 know only these.',
      'The UUIDs are UUIDv5 of the profile names: exporting again gives the same UUIDs, so the new',
      'profiles replace the old ones instead of joining them.',
      'miimon=0 is written where the design sets neither miimon nor arp_interval (except in 802.3ad,',
      'balance-tlb and balance-alb, where the kernel turns 0 into 100): NetworkManager would use 100.',
      'IPv6 is left to the kernel (ipv6.method ignore): the design only sets IPv4.',
    ],
    peerNotifDelay: (bond, delay, written) =>
      `${bond}: peer_notif_delay ${delay} is written as ${written}, the multiple of miimon the kernel would round it to (NetworkManager refuses other values).`,
    keyfileTitle: 'NetworkManager 1.40 or later, keyfile profiles (target nm-keyfile)',
    bondProfileWhat: (id) => `bond profile ${id}`,
    portProfileWhat: ({ summary }) => `port profile, ${summary}`,
    cdInto: 'cd into this nm-keyfile folder, then:',
    ownerNote:
      'NetworkManager ignores keyfiles that are not owned by root with mode 0600 (install -m 600 above).',
  },
  'zh-CN': {
    expectActivated: (ids) => `    应看到 ${ids.join('、')} 均为 activated`,
    otherProfiles: (slaves) => [
      `${slaves.join('、')} 的其他连接配置（例如 “Wired connection 1”，见 profiles.txt）会与端口`,
      '连接配置争用网卡：对其中每一个执行',
    ],
    idNote: (id) => `（${id}）`,
    forEachDisabled: '对每个你停用过的连接配置执行：',
    then: '  然后执行 ',
    notes: [
      '每个端口通过绑定连接配置的 UUID 指明所属的绑定（master=、slave-type=bond）。NetworkManager',
      '1.46 及更高版本改写 controller= 和 port-type=，但仍能读取这些键；1.40-1.44 只认这些键。',
      'UUID 是连接配置名称的 UUIDv5：再次导出会得到相同的 UUID，因此新的连接配置会替换',
      '旧的，而不是与之并存。',
      '设计既未设置 miimon 也未设置 arp_interval 时写出 miimon=0（802.3ad、balance-tlb 和',
      'balance-alb 除外，内核会把其中的 0 改为 100）：否则 NetworkManager 会使用 100。',
      'IPv6 交给内核处理（ipv6.method ignore）：设计只配置了 IPv4。',
    ],
    peerNotifDelay: (bond, delay, written) =>
      `${bond}：peer_notif_delay ${delay} 写为 ${written}，即内核会向下取整到的 miimon 整数倍（NetworkManager 不接受其他值）。`,
    keyfileTitle: 'NetworkManager 1.40 或更高版本，keyfile 连接配置（目标格式 nm-keyfile）',
    bondProfileWhat: (id) => `绑定连接配置 ${id}`,
    portProfileWhat: ({ nic, bond }) => `端口连接配置，网卡 ${nic}，${bond} 的从属接口`,
    cdInto: '进入本 nm-keyfile 文件夹，然后执行：',
    ownerNote:
      'NetworkManager 会忽略属主不是 root 或权限不是 0600 的 keyfile（见上面的 install -m 600）。',
  },
};
