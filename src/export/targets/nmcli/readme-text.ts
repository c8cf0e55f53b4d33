/**
 * The prose of the nmcli bundle's README.txt in each language (nmcli/readme.ts builds the
 * commands around it; the parts shared with nm-keyfile live in nm-keyfile/readme-text.ts).
 */
import type { ReadmeLanguage } from '../../format/readme-text';

/** The nmcli README prose of one language. */
export interface NmcliReadmeText {
  title: string;
  destination: (script: string) => string;
  what: (ids: readonly string[]) => string;
  readFirst: string;
  runNote: string;
}

/** The nmcli README prose per language. */
export const NMCLI_README_TEXT: Record<ReadmeLanguage, NmcliReadmeText> = {
  en: {
    title: 'NetworkManager 1.40 or later, nmcli script (target nmcli)',
    destination: (script) => `anywhere, e.g. /root/${script}`,
    what: (ids) => `creates the profiles ${ids.join(', ')} and brings the bonds up`,
    readFirst:
      'Read the script first: it deletes profiles with the same UUIDs or names, then adds them.',
    runNote: '(as root; running it again gives the same profiles)',
  },
  'zh-CN': {
    title: 'NetworkManager 1.40 或更高版本，nmcli 脚本（目标格式 nmcli）',
    destination: (script) => `任意位置，例如 /root/${script}`,
    what: (ids) => `创建连接配置 ${ids.join('、')} 并启用绑定`,
    readFirst: '请先阅读脚本：它会先删除 UUID 或名称相同的连接配置，再重新添加。',
    runNote: '（以 root 身份运行；重复运行会得到相同的连接配置）',
  },
};
