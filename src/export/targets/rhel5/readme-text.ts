/**
 * The prose of the rhel5 bundle's README.txt in each language (rhel5/readme.ts builds the
 * commands around it). Paths, file names and option names are passed in, never translated.
 */
import type { ReadmeLanguage } from '../../format/readme-text';

/** The rhel5 README prose of one language. */
export interface Rhel5ReadmeText {
  title: string;
  bondFile: (bond: string) => string;
  slaveFile: (slave: string, bond: string) => string;
  modprobeConf: string;
  rcLocal: string;
  cdInto: string;
  mergeNote: (conf: string) => string;
  rmmodNote: string;
  orReboot: string;
  ifconfigNote: string;
  restoresNics: string;
  moduleParams: (conf: string) => string;
  severalBonds: readonly string[];
  ifenslave: string;
}

/** The rhel5 README prose per language. */
export const RHEL5_README_TEXT: Record<ReadmeLanguage, Rhel5ReadmeText> = {
  en: {
    title: 'Red Hat Enterprise Linux 5 / CentOS 5 (target rhel5)',
    bondFile: (bond) => `the bond ${bond} (new file)`,
    slaveFile: (slave, bond) => `NIC ${slave}, slave of ${bond} (replaces the NIC's file)`,
    modprobeConf:
      'merge, do not replace: keep its other lines (scsi_hostadapter ...), drop older lines for these bonds and NICs',
    rcLocal:
      "RHEL5's stock script plus ifenslave lines (mode 0755); if yours has lines of its own, append only ours",
    cdInto: 'cd into this rhel5 folder, then:',
    mergeNote: (conf) => `(merge ${conf} as described above)`,
    rmmodNote: '(so the new options apply; "not loaded" messages are fine)',
    orReboot: '(or reboot)',
    ifconfigNote: '(flags UP ... MASTER; its slaves show SLAVE)',
    restoresNics: '(restores the NIC files)',
    moduleParams: (conf) =>
      `Bonding options go to ${conf} as module parameters (enumerations as numbers):`,
    severalBonds: [
      'With several bonds, each loads its own instance of the bonding module ("-o bondN"),',
      'because one instance gives all its bonds the same options. RHEL5 creates the bonds',
      'bond0, bond1, ... in load order, which is why their names must be bond0 and up.',
    ],
    ifenslave:
      'ifenslave in rc.local (package iputils) only repeats what SLAVE=yes already does at boot.',
  },
  'zh-CN': {
    title: 'Red Hat Enterprise Linux 5 / CentOS 5（目标格式 rhel5）',
    bondFile: (bond) => `绑定 ${bond}（新文件）`,
    slaveFile: (slave, bond) => `网卡 ${slave}，${bond} 的从属接口（替换该网卡原有的文件）`,
    modprobeConf:
      '合并，不要替换：保留其中的其他行（scsi_hostadapter ...），删除针对这些绑定和网卡的旧行',
    rcLocal:
      'RHEL5 自带的脚本加上 ifenslave 行（权限 0755）；如果你的文件里另有内容，只追加我们的行',
    cdInto: '进入本 rhel5 文件夹，然后执行：',
    mergeNote: (conf) => `（按上文说明合并 ${conf}）`,
    rmmodNote: '（让新参数生效；出现 “not loaded” 提示没有关系）',
    orReboot: '（或重启）',
    ifconfigNote: '（标志为 UP ... MASTER；其从属接口显示 SLAVE）',
    restoresNics: '（恢复网卡文件）',
    moduleParams: (conf) => `绑定选项以模块参数的形式写入 ${conf}（枚举值写为数字）：`,
    severalBonds: [
      '有多个绑定时，每个绑定加载各自的 bonding 模块实例（“-o bondN”），因为同一个实例',
      '下的所有绑定只能使用相同的选项。RHEL5 按加载顺序创建 bond0、bond1……，',
      '所以它们的名称必须从 bond0 起依次编号。',
    ],
    ifenslave:
      'rc.local 中的 ifenslave（iputils 软件包）只是重复 SLAVE=yes 在开机时已经完成的操作。',
  },
};
