/**
 * The prose of the netplan bundle's README.txt in each language (netplan/readme.ts builds the
 * commands around it). Paths, file names and option names are passed in, never translated.
 */
import type { ReadmeLanguage } from '../../format/readme-text';

/** The netplan README prose of one language. */
export interface NetplanReadmeText {
  title: string;
  what: string;
  cdInto: string;
  removeSlaves: (slaves: readonly string[]) => string;
  cloudInit: readonly string[];
  generateNote: string;
  applyNote: string;
  getNote: string;
  deleteNote: string;
  notes: readonly string[];
}

/** The netplan README prose per language. */
export const NETPLAN_README_TEXT: Record<ReadmeLanguage, NetplanReadmeText> = {
  en: {
    title: 'Ubuntu / Debian with netplan 0.106 or newer, renderer networkd (target netplan)',
    what: 'the bonds and their slaves (mode 0600, owner root)',
    cdInto: 'cd into this netplan folder, then:',
    removeSlaves: (slaves) =>
      `Remove ${slaves.length > 0 ? slaves.join(', ') : 'the slaves'} from every other file in /etc/netplan`,
    cloudInit: [
      '(e.g. 50-cloud-init.yaml; then also put "network: {config: disabled}" into',
      '/etc/cloud/cloud.cfg.d/99-disable-network-config.cfg so cloud-init does not write them back).',
    ],
    generateNote: '(prints nothing when the files are valid)',
    applyNote: '(not "netplan try": it cannot roll back bond parameters)',
    getNote: '(the merged configuration netplan uses)',
    deleteNote: '(netplan apply leaves old bonds in place)',
    notes: [
      'Numbers are milliseconds as netplan reads them (learn-packet-interval: seconds); netplan',
      'writes MIIMonitorSec=100ms for networkd and miimon=100 for NetworkManager.',
      'all-members-active and packets-per-member are the names since netplan 0.106; older',
      'netplan knows them as all-slaves-active and packets-per-slave.',
      'The file sets renderer networkd for the whole system (Ubuntu Server default). On a',
      'desktop managed by NetworkManager, change it to "renderer: NetworkManager".',
      'Checked with netplan 0.106 and the parser of systemd 252.',
    ],
  },
  'zh-CN': {
    title: 'Ubuntu / Debian，netplan 0.106 或更高版本，renderer 为 networkd（目标格式 netplan）',
    what: '绑定及其从属接口（权限 0600，属主 root）',
    cdInto: '进入本 netplan 文件夹，然后执行：',
    removeSlaves: (slaves) =>
      `从 /etc/netplan 中的其他所有文件里删除 ${slaves.length > 0 ? slaves.join('、') : '各从属接口'}`,
    cloudInit: [
      '（例如 50-cloud-init.yaml；这时还要把 “network: {config: disabled}” 写入',
      '/etc/cloud/cloud.cfg.d/99-disable-network-config.cfg，以免 cloud-init 把它们写回去）。',
    ],
    generateNote: '（文件有效时不输出任何内容）',
    applyNote: '（不要用 “netplan try”：它无法回滚绑定参数）',
    getNote: '（netplan 实际使用的合并后配置）',
    deleteNote: '（netplan apply 不会删除旧的绑定）',
    notes: [
      '数值按 netplan 的读法以毫秒为单位（learn-packet-interval 以秒为单位）；netplan',
      '为 networkd 写出 MIIMonitorSec=100ms，为 NetworkManager 写出 miimon=100。',
      'all-members-active 和 packets-per-member 是 netplan 0.106 起的名称；更早的',
      'netplan 称之为 all-slaves-active 和 packets-per-slave。',
      '该文件为整个系统设置 renderer networkd（Ubuntu Server 的默认值）。在由',
      'NetworkManager 管理的桌面系统上，请改为 “renderer: NetworkManager”。',
      '已用 netplan 0.106 和 systemd 252 的解析器检查。',
    ],
  },
};
