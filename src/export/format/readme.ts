/**
 * The README.txt every target folder carries, built from one outline: the bonds, where each file
 * goes, then back up, apply, check (/proc/net/bonding as kernel-bonding.md §4.5 lays it out),
 * switch configuration (from the mode's needs) and roll back. The prose comes from readme-text.ts
 * in the context's language; commands and kernel output are the same in every language.
 */
import { BOND_MODE_INFO } from '../../model/bond-modes';
import { enumNumber, formatOptionValue, OPTION_NAMES } from '../../model/options';
import type { Bond, Design } from '../../model/types';
import { FILE_MODE, type ExportContext, type ExportFile } from '../types';
import { assertOneLine } from './line-safety';
import { README_TEXT, readmeLanguage, type ReadmeText } from './readme-text';

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

function addressing(bond: Bond, text: ReadmeText): string {
  const ipv4 = bond.ipv4;
  const mtu = bond.mtu === undefined ? '' : text.mtu(bond.mtu);
  if (ipv4?.method === 'static') {
    return `${text.ipv4Static(`${ipv4.address}/${ipv4.prefix}`, ipv4.gateway)}${mtu}`;
  }
  return `${ipv4?.method === 'dhcp' ? text.ipv4Dhcp : text.noIpv4}${mtu}`;
}

/** A bond in three lines: mode and slaves, addressing, kernel options. */
export function bondSummary(bond: Bond, text: ReadmeText = README_TEXT.en): string[] {
  const info = BOND_MODE_INFO[bond.mode];
  const options = OPTION_NAMES.flatMap((name) => {
    const value = bond.options[name];
    return value === undefined ? [] : [`${name}=${formatOptionValue(name, value)}`];
  });
  return [
    text.bondLine(bond.name, bond.mode, info.number, bond.slaves),
    `       ${addressing(bond, text)}`,
    `       ${text.options(options)}`,
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
export function switchAdvice(bond: Bond, text: ReadmeText = README_TEXT.en): string {
  const advice = text.switchAdvice[BOND_MODE_INFO[bond.mode].switchConfig];
  return `  ${text.switchLine(bond.name, bond.mode, bond.slaves, advice)}`;
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `  ${line}`);
}

/** README.txt for a target folder from its outline, its prose in `ctx.language`. */
export function renderReadme(
  design: Design,
  outline: ReadmeOutline,
  ctx: ExportContext = {},
): ExportFile {
  const text = README_TEXT[readmeLanguage(ctx)];
  const host = design.host?.name;
  const width = Math.max(...outline.files.map((file) => file.path.length));
  const lines = [
    text.bundleFor(outline.title),
    ...(host ? [text.host(host)] : []),
    ...(ctx.generatedAt ? [text.generated(ctx.generatedAt)] : []),
    '',
    ...text.bonds,
    ...design.bonds.flatMap((bond) => bondSummary(bond, text)),
    '',
    ...text.files,
    ...outline.files.map((file) =>
      text.fileRow(file.path.padEnd(width), file.destination, file.what),
    ),
    '',
    text.backup,
    ...indent(outline.backup),
    '',
    text.apply,
    ...indent(outline.apply),
    '',
    text.check,
    ...design.bonds.flatMap((bond) => [
      `  cat /proc/net/bonding/${bond.name}`,
      text.expectProc,
      ...expectedProcLines(bond).map((line) => `      ${line}`),
    ]),
    ...indent(outline.check),
    '',
    text.switchConfig,
    ...design.bonds.map((bond) => switchAdvice(bond, text)),
    '',
    text.rollback,
    ...indent(outline.rollback),
    ...(outline.notes && outline.notes.length > 0 ? ['', ...text.notes, ...outline.notes] : []),
  ];
  lines.forEach((line) => assertOneLine(line, 'README line'));
  return { path: 'README.txt', contents: `${lines.join('\n')}\n`, mode: FILE_MODE };
}
