/**
 * The prose of the networkd bundle's README.txt in each language (networkd/readme.ts builds the
 * commands around it). Paths, file names and option names are passed in, never translated.
 */
import type { ReadmeLanguage } from '../../format/readme-text';

/** The networkd README prose of one language. */
export interface NetworkdReadmeText {
  title: string;
  netdevWhat: (bond: string) => string;
  bondNetworkWhat: (bond: string) => string;
  slaveNetworkWhat: (slave: string, bond: string) => string;
  cdInto: string;
  removeOthers: (dir: string) => readonly string[];
  deleteNote: string;
  orReboot: string;
  listNote: string;
  notes: readonly string[];
}

/** The networkd README prose per language. */
export const NETWORKD_README_TEXT: Record<ReadmeLanguage, NetworkdReadmeText> = {
  en: {
    title: 'systemd-networkd (target networkd)',
    netdevWhat: (bond) => `creates ${bond} with its mode and options`,
    bondNetworkWhat: (bond) => `addressing and MTU of ${bond}`,
    slaveNetworkWhat: (slave, bond) => `enslaves ${slave} to ${bond}`,
    cdInto: 'cd into this networkd folder, then:',
    removeOthers: (dir) => [
      `Remove any other .network file in ${dir}, /run/systemd/network or`,
      '/usr/lib/systemd/network that matches these NICs with a lower file name (networkd uses',
      'the first match), and any other tool managing them (ifupdown, NetworkManager, netplan).',
    ],
    deleteNote: '(only if it exists: networkd does not reconfigure an existing bond)',
    orReboot: '(or reboot)',
    listNote: '(the bonds and their slaves "configured", "routable" where addressed)',
    notes: [
      'Times carry their unit (MIIMonitorSec=100ms): networkd reads a bare number as seconds.',
      "primary is written as PrimarySlave=true in that slave's .network, not on the bond.",
      'Loading the bonding module by hand creates bond0 with default options, which networkd',
      "then leaves alone; systemd's /usr/lib/modprobe.d/systemd.conf (max_bonds=0) prevents it.",
      'Checked with the parser of systemd 252.',
    ],
  },
  'zh-CN': {
    title: 'systemd-networkd（目标格式 networkd）',
    netdevWhat: (bond) => `创建 ${bond}，包括其模式和选项`,
    bondNetworkWhat: (bond) => `${bond} 的地址配置和 MTU`,
    slaveNetworkWhat: (slave, bond) => `把 ${slave} 加入绑定 ${bond}`,
    cdInto: '进入本 networkd 文件夹，然后执行：',
    removeOthers: (dir) => [
      `删除 ${dir}、/run/systemd/network 或 /usr/lib/systemd/network 中匹配这些网卡、`,
      '且文件名排在前面的其他 .network 文件（networkd 只使用第一个匹配的文件），',
      '并停用管理这些网卡的其他工具（ifupdown、NetworkManager、netplan）。',
    ],
    deleteNote: '（仅当它已存在时执行：networkd 不会重新配置已有的绑定）',
    orReboot: '（或重启）',
    listNote: '（绑定及其从属接口应为 configured，配置了地址的为 routable）',
    notes: [
      '时间值带有单位（MIIMonitorSec=100ms）：networkd 把不带单位的数字当作秒。',
      'primary 写成该从属接口 .network 文件中的 PrimarySlave=true，而不是写在绑定上。',
      '手动加载 bonding 模块会以默认选项创建 bond0，networkd 之后不会再改动它；',
      'systemd 的 /usr/lib/modprobe.d/systemd.conf（max_bonds=0）可以防止这种情况。',
      '已用 systemd 252 的解析器检查。',
    ],
  },
};
