/**
 * Simplified Chinese strings of the saved-state banner (namespace `state`); the type ties the
 * keys to en/state.ts.
 */
import type { state as en } from '../en/state';

export const state: typeof en = {
  label: '在此浏览器中保存',
  corrupt: '已损坏的已保存设计以“{{key}}”为名保留在浏览器存储中。',
  corruptNotCopied:
    '无法读取已保存的设计，且没有空间另存一份副本，因此它保持原样，此处的更改不会自动保存。',
  downloadDamaged: '下载损坏的副本',
  dismiss: '关闭',
  newer:
    '浏览器存储中有一个由更新版本的 Bondsmith 保存的设计（保存状态版本 {{version}}；此版本最高只能读取版本 {{supported}}）。它保持不变，此处的更改不会自动保存。',
  newerSeparate:
    '你正在编辑一个单独的设计。它不会自动保存，因此较新的副本保持不变：请下载你的设计以保留它。',
  downloadNewer: '下载较新的副本',
  startSeparate: '在此开始单独的设计',
  replaceNewer: '替换较新的副本…',
  replaceTitle: '替换较新的副本？',
  replaceBody:
    '此设计将保存到更新版本 Bondsmith 的设计所在位置，此后会自动保存。较新的副本会以另一个名称保留在浏览器存储中，但更新版本的 Bondsmith 将不再自动打开它。',
  replaceConfirm: '替换较新的副本',
  replaceNoRoom: '浏览器存储没有空间保留较新的副本，因此未做任何替换。',
  replaced: '此设计现已保存；较新的副本以“{{key}}”为名保留。',
  full: '你的更改没有被保存：存储空间已满。请下载设计以保留它；下次更改时会再次尝试保存。',
  failed:
    '你的更改没有被保存：浏览器存储拒绝了写入。请下载设计以保留它；下次更改时会再次尝试保存。',
  downloadDesign: '下载设计',
  conflict:
    '此设计已在另一个标签页中被修改。在你做出选择之前，此处不会保存任何内容：“加载对方的”会用对方的设计替换此设计（撤销可恢复你的设计）；“保留我的”会在你下次更改时用此设计覆盖对方的设计。',
  loadTheirs: '加载对方的',
  keepMine: '保留我的',
  loadedTheirs: '已加载另一个标签页的设计；撤销可恢复你的设计。',
  keptMine: '已保留此标签页的设计：你在此处的下次更改会覆盖另一个标签页的设计。',
};
