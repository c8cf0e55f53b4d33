/** Simplified Chinese strings of the export dialog and bundle download (keys as en/export.ts). */
import type { exportText as en } from '../en/export';

export const exportText: typeof en = {
  dialog: {
    title: '导出配置',
    close: '关闭',
    loading: '正在加载导出器…',
    targets: '目标格式',
    noTarget: '请至少选择一种目标格式。',
    preview: '配置包中的文件',
    fileCount_one: '{{count}} 个文件',
    fileCount_other: '{{count}} 个文件',
    download: '下载配置包',
    blocked: '修复以下错误后才能生成配置包：',
    warnings: '警告（仍可生成配置包）：',
    fileMode: '权限 {{mode}}',
    preparing: '正在准备配置包…',
    failed: '无法准备配置包：{{reason}}',
  },
};
