/** Simplified Chinese strings of share links (namespace `share`); the type ties keys to en/share.ts. */
import type { share as en } from '../en/share';

export const share: typeof en = {
  copied: '链接已复制。整个设计都在链接本身里，没有向任何地方发送数据。',
  copyTitle: '复制分享链接',
  copyHelp:
    '浏览器不允许在此处复制。下方的链接已选中：请按 Ctrl+C（Mac 上按 ⌘C）复制。整个设计都在链接里，不会发送到任何地方。',
  linkLabel: '分享链接',
  close: '关闭',
  confirmTitle: '打开分享的设计？',
  confirmBody: '它会替换你当前的设计（可以撤销）。',
  replace: '替换',
  keep: '保留我的设计',
  opened: '已打开分享的设计。',
  openedWithFindings: '已打开分享的设计。读取时发现：{{messages}}',
  kept: '已保留你的设计，未打开分享的设计。',
  refused: {
    'too-long': '分享链接过长，不可能是一个设计；当前设计保持不变。',
    'not-base64': '分享链接已损坏（含有意外的字符）；当前设计保持不变。',
    damaged: '分享链接已损坏或不完整；当前设计保持不变。',
    'too-large': '分享链接解压后超过 2 MB，对一个设计来说太大；当前设计保持不变。',
    'not-text': '分享链接中不是文本；当前设计保持不变。',
    'not-json': '分享链接中不是设计（不是 JSON）；当前设计保持不变。',
    'not-a-design': '分享链接中不是 Bondsmith 设计；当前设计保持不变。',
    'unsupported-version':
      '分享链接来自更新版本的 Bondsmith（不支持该设计版本）；当前设计保持不变。',
    unusable: '分享的设计无法使用；当前设计保持不变。',
  },
};
