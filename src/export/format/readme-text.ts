/**
 * The prose of the shared README outline (format/readme.ts) in each bundle language: headings,
 * bond summaries, addressing and switch advice. Data only: commands, paths, option names and
 * the /proc/net/bonding lines the kernel prints never come from here, so they stay identical.
 */
import type { BondModeInfo } from '../../model/bond-modes';
import type { ExportContext } from '../types';

/** A language a bundle README can be written in. */
export type ReadmeLanguage = NonNullable<ExportContext['language']>;

/** Every README language, English first. */
export const README_LANGUAGES: readonly ReadmeLanguage[] = ['en', 'zh-CN'];

/** The README language asked for in `ctx` (English when none is given). */
export function readmeLanguage(ctx: ExportContext): ReadmeLanguage {
  return ctx.language ?? 'en';
}

/** A command followed by a remark in parentheses, e.g. `netplan apply      (…)`. */
export function commented(command: string, note: string): string {
  return `${command}      ${note}`;
}

/** A heading and the dashes under it (as wide as the heading on a terminal). */
export type Heading = readonly [title: string, underline: string];

/** The shared README prose of one language; every language fills every entry. */
export interface ReadmeText {
  bundleFor: (title: string) => string;
  host: (name: string) => string;
  generated: (at: string) => string;
  bonds: Heading;
  files: Heading;
  /** One row of the file list; `path` is already padded to the column width. */
  fileRow: (path: string, destination: string, what: string) => string;
  backup: string;
  apply: string;
  check: string;
  switchConfig: string;
  rollback: string;
  notes: Heading;
  /** Introduces the /proc/net/bonding lines, indented by four spaces. */
  expectProc: string;
  bondLine: (name: string, mode: string, modeNumber: number, slaves: readonly string[]) => string;
  ipv4Static: (cidr: string, gateway: string | undefined) => string;
  ipv4Dhcp: string;
  noIpv4: string;
  mtu: (mtu: number) => string;
  options: (options: readonly string[]) => string;
  switchLine: (bond: string, mode: string, slaves: readonly string[], advice: string) => string;
  /** What the switch ports facing a bond's slaves must be, per mode family. */
  switchAdvice: Record<BondModeInfo['switchConfig'], string>;
}

const EN: ReadmeText = {
  bundleFor: (title) => `Bondsmith bundle for ${title}`,
  host: (name) => `Host: ${name}`,
  generated: (at) => `Generated: ${at}`,
  bonds: ['Bonds', '-----'],
  files: [
    'Files and where they go (paths in this folder -> on the server)',
    '----------------------------------------------------------------',
  ],
  fileRow: (path, destination, what) => `${path}  ->  ${destination}: ${what}`,
  backup: '1. Back up the current configuration (needed to roll back)',
  apply: '2. Apply (work from the console or an out-of-band session: the network restarts)',
  check: '3. Check',
  switchConfig: '4. Switch configuration',
  rollback: '5. Roll back',
  notes: ['Notes', '-----'],
  expectProc: '    expect (among other lines):',
  bondLine: (name, mode, modeNumber, slaves) =>
    `${name}  ${mode} (mode ${modeNumber}), slaves ${slaves.length > 0 ? slaves.join(' ') : '(none)'}`,
  ipv4Static: (cidr, gateway) =>
    `IPv4 ${cidr}${gateway === undefined ? '' : `, gateway ${gateway}`}`,
  ipv4Dhcp: 'IPv4 by DHCP',
  noIpv4: 'no IPv4 address',
  mtu: (mtu) => `, MTU ${mtu}`,
  options: (options) => `options: ${options.length > 0 ? options.join(' ') : '(kernel defaults)'}`,
  switchLine: (bond, mode, slaves, advice) =>
    `${bond} (${mode}): switch ports of ${slaves.length > 0 ? slaves.join(', ') : 'the slaves'}: ${advice}`,
  switchAdvice: {
    none: 'no switch configuration: ordinary access ports in the same VLAN (they may sit on two switches).',
    static:
      'one static link aggregation WITHOUT LACP (Cisco "channel-group N mode on", a "trunk" on HP ProCurve).',
    lacp: 'one LACP (802.3ad) link aggregation (Cisco "channel-group N mode active").',
  },
};

const ZH_CN: ReadmeText = {
  bundleFor: (title) => `Bondsmith 配置包：${title}`,
  host: (name) => `主机：${name}`,
  generated: (at) => `生成时间：${at}`,
  bonds: ['绑定', '----'],
  files: [
    '文件及其去处（本文件夹中的路径 -> 服务器上的路径）',
    '--------------------------------------------------',
  ],
  fileRow: (path, destination, what) => `${path}  ->  ${destination}：${what}`,
  backup: '1. 备份当前配置（回滚时需要）',
  apply: '2. 应用（请在控制台或带外管理会话中操作：网络会重启）',
  check: '3. 检查',
  switchConfig: '4. 交换机配置',
  rollback: '5. 回滚',
  notes: ['说明', '----'],
  expectProc: '    应看到以下各行（还会有其他行）：',
  bondLine: (name, mode, modeNumber, slaves) =>
    `${name}  ${mode}（模式 ${modeNumber}），从属接口 ${slaves.length > 0 ? slaves.join(' ') : '（无）'}`,
  ipv4Static: (cidr, gateway) => `IPv4 ${cidr}${gateway === undefined ? '' : `，网关 ${gateway}`}`,
  ipv4Dhcp: 'IPv4 通过 DHCP 获取',
  noIpv4: '无 IPv4 地址',
  mtu: (mtu) => `，MTU ${mtu}`,
  options: (options) => `选项：${options.length > 0 ? options.join(' ') : '（内核默认值）'}`,
  switchLine: (bond, mode, slaves, advice) =>
    `${bond}（${mode}）：${slaves.length > 0 ? slaves.join('、') : '各从属接口'} 所连的交换机端口：${advice}`,
  switchAdvice: {
    none: '无需交换机配置：同一 VLAN 中的普通接入端口即可（可以分别接在两台交换机上）。',
    static:
      '一个不启用 LACP 的静态链路聚合（Cisco “channel-group N mode on”，HP ProCurve 上的 “trunk”）。',
    lacp: '一个 LACP（802.3ad）链路聚合（Cisco “channel-group N mode active”）。',
  },
};

/** The shared README prose per language. */
export const README_TEXT: Record<ReadmeLanguage, ReadmeText> = { en: EN, 'zh-CN': ZH_CN };
