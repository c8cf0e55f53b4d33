/**
 * The prose of the rhel bundle's README.txt in each language (rhel/readme.ts builds the
 * commands around it). Paths, file names and option names are passed in, never translated.
 */
import type { ReadmeLanguage } from '../../format/readme-text';

/** The rhel README prose of one language. */
export interface RhelReadmeText {
  title: string;
  bondFile: (bond: string) => string;
  slaveFile: (slave: string, bond: string) => string;
  cdInto: string;
  rhel6And7Service: string;
  rhel8Reads: string;
  /** Prefixes a command that only RHEL/CentOS 6 and 7 need. */
  onRhel6And7: string;
  /** Prefixes a command that only RHEL/CentOS 8 needs. */
  onRhel8: string;
  deviceStatusNote: string;
  restoresNics: string;
  notes: readonly string[];
}

/** The rhel README prose per language. */
export const RHEL_README_TEXT: Record<ReadmeLanguage, RhelReadmeText> = {
  en: {
    title: 'Red Hat Enterprise Linux / CentOS 6, 7 and 8 with ifcfg files (target rhel)',
    bondFile: (bond) => `the bond ${bond} (new file)`,
    slaveFile: (slave, bond) => `NIC ${slave}, slave of ${bond} (replaces the NIC's file)`,
    cdInto: 'cd into this rhel folder, then:',
    rhel6And7Service: 'RHEL/CentOS 6 and 7 (network service):',
    rhel8Reads: 'RHEL/CentOS 8 (NetworkManager reads the ifcfg files):',
    onRhel6And7: 'RHEL/CentOS 6 and 7: ',
    onRhel8: 'RHEL/CentOS 8: ',
    deviceStatusNote: '(each slave "connected" to its bond)',
    restoresNics: '(restores the NIC files)',
    notes: [
      'BONDING_OPTS starts with mode=: initscripts write each option to sysfs in the order given,',
      'and an option the mode in force refuses would fail if it came before the mode.',
      'No modprobe file: initscripts and NetworkManager load the bonding module themselves.',
      'Remove old "alias bondN bonding" / "options bondN ..." lines from /etc/modprobe.d and',
      '/etc/modprobe.conf: RHEL 6 and later want bonding options only in BONDING_OPTS.',
      'On RHEL/CentOS 6 and 7 with NetworkManager running, either let it manage these files or',
      'add NM_CONTROLLED=no to each so that only the network service reads them.',
      'RHEL 9 and later read keyfiles instead: use the nm-keyfile target there.',
    ],
  },
  'zh-CN': {
    title: 'Red Hat Enterprise Linux / CentOS 6、7、8，使用 ifcfg 文件（目标格式 rhel）',
    bondFile: (bond) => `绑定 ${bond}（新文件）`,
    slaveFile: (slave, bond) => `网卡 ${slave}，${bond} 的从属接口（替换该网卡原有的文件）`,
    cdInto: '进入本 rhel 文件夹，然后执行：',
    rhel6And7Service: 'RHEL/CentOS 6 和 7（network 服务）：',
    rhel8Reads: 'RHEL/CentOS 8（NetworkManager 读取 ifcfg 文件）：',
    onRhel6And7: 'RHEL/CentOS 6 和 7：',
    onRhel8: 'RHEL/CentOS 8：',
    deviceStatusNote: '（每个从属接口都显示 connected，并连接到其绑定）',
    restoresNics: '（恢复网卡文件）',
    notes: [
      'BONDING_OPTS 以 mode= 开头：initscripts 按给出的顺序把每个选项写入 sysfs，',
      '当前模式不接受的选项如果排在 mode 之前，写入就会失败。',
      '没有 modprobe 文件：initscripts 和 NetworkManager 会自行加载 bonding 模块。',
      '请从 /etc/modprobe.d 和 /etc/modprobe.conf 中删除旧的 “alias bondN bonding” /',
      '“options bondN ...” 行：RHEL 6 及更高版本只接受 BONDING_OPTS 中的绑定选项。',
      '在运行 NetworkManager 的 RHEL/CentOS 6 和 7 上，要么让它管理这些文件，要么在每个',
      '文件中加上 NM_CONTROLLED=no，只让 network 服务读取它们。',
      'RHEL 9 及更高版本改为读取 keyfile：请在那里使用 nm-keyfile 目标格式。',
    ],
  },
};
