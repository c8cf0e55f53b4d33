/**
 * The README.txt every target folder carries, built from one outline: the bonds, where each file
 * goes, then back up, apply, check (/proc/net/bonding as kernel-bonding.md §4.5 lays it out),
 * switch configuration (from the mode's needs) and roll back. Plain English file content.
 */
import { BOND_MODE_INFO, type BondModeInfo } from '../../model/bond-modes';
import { enumNumber, formatOptionValue, OPTION_NAMES } from '../../model/options';
import type { Bond, Design } from '../../model/types';
import { FILE_MODE, type ExportContext, type ExportFile } from '../types';
import { assertOneLine } from './line-safety';

/** What the switch ports facing a bond's slaves must be, per mode family. */
export const SWITCH_ADVICE: Record<BondModeInfo['switchConfig'], string> = {
  none: 'no switch configuration: ordinary access ports in the same VLAN (they may sit on two switches).',
  static:
    'one static link aggregation WITHOUT LACP (Cisco "channel-group N mode on", a "trunk" on HP ProCurve).',
  lacp: 'one LACP (802.3ad) link aggregation (Cisco "channel-group N mode active").',
};

/** One file of the bundle: its path in the target folder, where it goes, and what it is. */
export interface ReadmeFile {
  path: string;
  destination: string;
  what: string;
}

/** The parts of a README that differ between targets. */
export interface ReadmeOutline {
  /** e.g. "Ubuntu 18.04+ with netplan (target netplan)". */
  title: string;
  files: ReadmeFile[];
  backup: string[];
  apply: string[];
  /** Commands beyond `cat /proc/net/bonding/<bond>`, e.g. `networkctl status bond0`. */
  check: string[];
  rollback: string[];
  /** Target-specific remarks (units converted, versions needed…). */
  notes?: string[];
}

function addressing(bond: Bond): string {
  const ipv4 = bond.ipv4;
  const mtu = bond.mtu === undefined ? '' : `, MTU ${bond.mtu}`;
  if (ipv4?.method === 'static') {
    const gateway = ipv4.gateway === undefined ? '' : `, gateway ${ipv4.gateway}`;
    return `IPv4 ${ipv4.address}/${ipv4.prefix}${gateway}${mtu}`;
  }
  return ipv4?.method === 'dhcp' ? `IPv4 by DHCP${mtu}` : `no IPv4 address${mtu}`;
}

/** A bond in three lines: mode and slaves, addressing, kernel options. */
export function bondSummary(bond: Bond): string[] {
  const info = BOND_MODE_INFO[bond.mode];
  const slaves = bond.slaves.length > 0 ? bond.slaves.join(' ') : '(none)';
  const options = OPTION_NAMES.flatMap((name) => {
    const value = bond.options[name];
    return value === undefined ? [] : [`${name}=${formatOptionValue(name, value)}`];
  });
  return [
    `${bond.name}  ${bond.mode} (mode ${info.number}), slaves ${slaves}`,
    `       ${addressing(bond)}`,
    `       options: ${options.length > 0 ? options.join(' ') : '(kernel defaults)'}`,
  ];
}

/** The lines of /proc/net/bonding/<bond> a healthy bond shows on a current kernel. */
export function expectedProcLines(bond: Bond): string[] {
  const info = BOND_MODE_INFO[bond.mode];
  const { options } = bond;
  const arp = (options.arp_interval ?? 0) > 0;
  const miimon = options.miimon ?? (info.forcesMiimon && !arp ? 100 : 0);
  const lines = [`Bonding Mode: ${info.procName}`];
  const hashShown =
    bond.mode === 'balance-xor' ||
    bond.mode === '802.3ad' ||
    ((bond.mode === 'balance-tlb' || bond.mode === 'balance-alb') &&
      options.tlb_dynamic_lb === 'off');
  if (hashShown) {
    const policy = options.xmit_hash_policy ?? 'layer2';
    lines.push(`Transmit Hash Policy: ${policy} (${enumNumber('xmit_hash_policy', policy) ?? 0})`);
  }
  if (info.supportsPrimary) {
    lines.push(
      `Primary Slave: ${options.primary ?? 'None'}`,
      `Currently Active Slave: ${options.primary ?? bond.slaves[0] ?? 'None'}`,
    );
  }
  lines.push('MII Status: up', `MII Polling Interval (ms): ${miimon}`);
  if (arp) {
    lines.push(
      `ARP Polling Interval (ms): ${options.arp_interval ?? 0}`,
      `ARP IP target/s (n.n.n.n form): ${(options.arp_ip_target ?? []).join(', ')}`,
    );
  }
  if (bond.mode === '802.3ad')
    lines.push('802.3ad info', `LACP rate: ${options.lacp_rate ?? 'slow'}`);
  lines.push(...bond.slaves.flatMap((slave) => [`Slave Interface: ${slave}`, 'MII Status: up']));
  return lines;
}

/** One line per bond: what its slaves' switch ports must be configured as. */
export function switchAdvice(bond: Bond): string {
  const ports = bond.slaves.length > 0 ? bond.slaves.join(', ') : 'the slaves';
  const info = BOND_MODE_INFO[bond.mode];
  return `  ${bond.name} (${bond.mode}): switch ports of ${ports}: ${SWITCH_ADVICE[info.switchConfig]}`;
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `  ${line}`);
}

/** README.txt for a target folder from its outline. */
export function renderReadme(
  design: Design,
  outline: ReadmeOutline,
  ctx: ExportContext = {},
): ExportFile {
  const host = design.host?.name;
  const width = Math.max(...outline.files.map((file) => file.path.length));
  const lines = [
    `Bondsmith bundle for ${outline.title}`,
    ...(host ? [`Host: ${host}`] : []),
    ...(ctx.generatedAt ? [`Generated: ${ctx.generatedAt}`] : []),
    '',
    'Bonds',
    '-----',
    ...design.bonds.flatMap(bondSummary),
    '',
    'Files and where they go (paths in this folder -> on the server)',
    '----------------------------------------------------------------',
    ...outline.files.map(
      (file) => `${file.path.padEnd(width)}  ->  ${file.destination}: ${file.what}`,
    ),
    '',
    '1. Back up the current configuration (needed to roll back)',
    ...indent(outline.backup),
    '',
    '2. Apply (work from the console or an out-of-band session: the network restarts)',
    ...indent(outline.apply),
    '',
    '3. Check',
    ...design.bonds.flatMap((bond) => [
      `  cat /proc/net/bonding/${bond.name}`,
      '    expect (among other lines):',
      ...expectedProcLines(bond).map((line) => `      ${line}`),
    ]),
    ...indent(outline.check),
    '',
    '4. Switch configuration',
    ...design.bonds.map(switchAdvice),
    '',
    '5. Roll back',
    ...indent(outline.rollback),
    ...(outline.notes && outline.notes.length > 0 ? ['', 'Notes', '-----', ...outline.notes] : []),
  ];
  lines.forEach((line) => assertOneLine(line, 'README line'));
  return { path: 'README.txt', contents: `${lines.join('\n')}\n`, mode: FILE_MODE };
}
