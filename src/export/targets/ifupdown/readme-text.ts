/**
 * The prose of the ifupdown bundle's README.txt in each language (ifupdown/readme.ts builds the
 * commands around it). Paths, file names and option names are passed in, never translated.
 */
import type { ReadmeLanguage } from '../../format/readme-text';

/** The ifupdown README prose of one language. */
export interface IfupdownReadmeText {
  title: string;
  what: string;
  ifenslaveNote: string;
  cdInto: string;
  listNote: string;
  orReboot: string;
  notes: readonly string[];
}

/** The ifupdown README prose per language. */
export const IFUPDOWN_README_TEXT: Record<ReadmeLanguage, IfupdownReadmeText> = {
  en: {
    title: 'Debian / Ubuntu with ifupdown and ifenslave (target ifupdown)',
    what: 'replaces the file: copy over any other interfaces and "source" lines it has',
    ifenslaveNote: '(the bond-* lines do nothing without it)',
    cdInto: 'cd into this ifupdown folder, then:',
    listNote: '(must list lo, the slaves and the bonds)',
    orReboot: '(or reboot)',
    notes: [
      'bond-mode comes first in each bond; the ifenslave hook writes the options to sysfs in',
      'its own fixed order (miimon before the delays, the mode before what depends on it).',
      'Slaves are brought up by the bond (bond-slaves); their own stanzas only say "manual".',
      'ifupdown2 (Proxmox VE) reads this file too, but ignores bond-arp-*, bond-ad-select,',
      'bond-fail-over-mac, bond-packets-per-slave and bond-tlb-dynamic-lb: use ifupdown there.',
    ],
  },
  'zh-CN': {
    title: 'Debian / Ubuntu，使用 ifupdown 和 ifenslave（目标格式 ifupdown）',
    what: '替换原文件：请把原文件中其他接口的配置和 “source” 行一并复制过来',
    ifenslaveNote: '（没有它，bond-* 行不起作用）',
    cdInto: '进入本 ifupdown 文件夹，然后执行：',
    listNote: '（应列出 lo、各从属接口和各绑定）',
    orReboot: '（或重启）',
    notes: [
      '每个绑定中 bond-mode 排在最前；ifenslave 钩子按自己的固定顺序把选项写入 sysfs',
      '（miimon 先于各项延迟，mode 先于依赖它的选项）。',
      '从属接口由绑定启动（bond-slaves）；它们自己的段落只写 “manual”。',
      'ifupdown2（Proxmox VE）也读取此文件，但会忽略 bond-arp-*、bond-ad-select、',
      'bond-fail-over-mac、bond-packets-per-slave 和 bond-tlb-dynamic-lb：这种情况请使用 ifupdown。',
    ],
  },
};
