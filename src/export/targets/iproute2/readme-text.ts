/**
 * The prose of the iproute2 bundle's README.txt in each language (iproute2/readme.ts builds the
 * commands around it). Paths, file names and option names are passed in, never translated.
 */
import type { ReadmeLanguage } from '../../format/readme-text';

/** The iproute2 README prose of one language. */
export interface Iproute2ReadmeText {
  title: string;
  upWhat: string;
  downWhat: (upScript: string) => string;
  stopOthers: (slaves: readonly string[]) => readonly string[];
  afterRun: readonly string[];
  restore: (saved: string) => readonly string[];
  notes: readonly string[];
}

/** The iproute2 README prose per language. */
export const IPROUTE2_README_TEXT: Record<ReadmeLanguage, Iproute2ReadmeText> = {
  en: {
    title: 'any Linux with iproute2, at runtime only (target iproute2)',
    upWhat: 'builds the bonds now (mode 0755; nothing is kept at reboot)',
    downWhat: (upScript) => `undoes ${upScript} (mode 0755)`,
    stopOthers: (slaves) => [
      `Stop whatever else manages ${slaves.length > 0 ? slaves.join(', ') : 'these NICs'} (NetworkManager, systemd-networkd,`,
      'ifupdown), or it may undo or fight these changes. Then, as root:',
    ],
    afterRun: [
      'It checks the NICs and that no bond of the same name exists before it changes anything,',
      'and stops at the first command that fails.',
    ],
    restore: (saved) => [
      `Then restore the slaves' addresses and routes (saved in ${saved}) or restart the`,
      "distribution's network service, or reboot.",
    ],
    notes: [
      'A default route is set with "ip route replace": it takes the place of any earlier one.',
      'DHCP is not part of iproute2: the script runs dhclient, else dhcpcd, for DHCP bonds.',
      'iproute2 calls peer_notif_delay "peer_notify_delay"; the script uses its spelling.',
      'For a setup that survives a reboot use one of the other targets.',
    ],
  },
  'zh-CN': {
    title: '任意带 iproute2 的 Linux，仅在运行时生效（目标格式 iproute2）',
    upWhat: '立即创建绑定（权限 0755；重启后不保留）',
    downWhat: (upScript) => `撤销 ${upScript} 的改动（权限 0755）`,
    stopOthers: (slaves) => [
      `先停止管理 ${slaves.length > 0 ? slaves.join('、') : '这些网卡'} 的其他工具（NetworkManager、systemd-networkd、`,
      'ifupdown），否则它们可能撤销或干扰这些改动。然后以 root 身份执行：',
    ],
    afterRun: [
      '脚本在做任何改动之前会检查各网卡，并确认不存在同名的绑定；',
      '任何一条命令失败时，它会立即停止。',
    ],
    restore: (saved) => [
      `然后恢复从属接口的地址和路由（已保存在 ${saved} 中），或重启发行版的网络服务，`,
      '或者重启系统。',
    ],
    notes: [
      '默认路由用 “ip route replace” 设置：它会取代之前的默认路由。',
      'DHCP 不属于 iproute2：对使用 DHCP 的绑定，脚本运行 dhclient，没有时运行 dhcpcd。',
      'iproute2 把 peer_notif_delay 称为 “peer_notify_delay”；脚本使用它的写法。',
      '如需重启后仍然有效的配置，请使用其他目标格式。',
    ],
  },
};
