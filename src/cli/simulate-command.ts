/**
 * `bondsmith simulate DESIGN --bond NAME --packets FILE [--down IF[,IF…]] [--kernel current|rhel5]
 * [--json]`: a freshly created bond on one CPU, slaves enslaved in design order and all up except
 * --down, sends the packets in order. Exit 0, 1 design errors, 2 unusable input.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { hasErrors } from '../model/findings';
import { validateDesign } from '../model/validate';
import { parseIp, parseMac } from '../sim/packet';
import { simBondFromDesign } from '../sim/simulate-design';
import { createSimulator } from '../sim/simulator';
import type { Decision, Kernel, Reason, SimPacket } from '../sim/types';
import { EXIT, findingLines, writeLines, type CliIo } from './cli-io';
import { loadDesign } from './design-file';

/** Options of the simulate command, already parsed from argv. */
export interface SimulateArgs {
  design: string;
  bond: string;
  packets: string;
  down: string[];
  kernel: Kernel;
  json: boolean;
}

/** A packet file larger than this is a wrong file. */
export const MAX_PACKETS_BYTES = 16 * 1024 * 1024;

const uint = (max: number) => z.number().int().min(0).max(max);

/** The packet file: a JSON array of the CLI's packet fields; unknown keys are refused. */
export const packetsSchema = z.array(
  z
    .strictObject({
      src_mac: z.string().refine((text) => parseMac(text) !== undefined, 'not a MAC address'),
      dst_mac: z.string().refine((text) => parseMac(text) !== undefined, 'not a MAC address'),
      ethertype: uint(0xffff).optional(),
      vlan: uint(0xffff).optional(),
      src_ip: z
        .string()
        .refine((text) => parseIp(text) !== undefined, 'not an IP address')
        .optional(),
      dst_ip: z
        .string()
        .refine((text) => parseIp(text) !== undefined, 'not an IP address')
        .optional(),
      proto: z.union([z.enum(['tcp', 'udp', 'icmp', 'icmpv6']), uint(255)]).optional(),
      src_port: uint(0xffff).optional(),
      dst_port: uint(0xffff).optional(),
      icmp_type: uint(255).optional(),
      icmp_id: uint(0xffff).optional(),
      fragment: z.boolean().optional(),
      size: z.number().int().min(1).max(0xffff).optional(),
    })
    .refine(
      (packet) =>
        (packet.src_ip === undefined) === (packet.dst_ip === undefined) &&
        (packet.src_ip === undefined ||
          parseIp(packet.src_ip)?.family === parseIp(packet.dst_ip ?? '')?.family),
      'src_ip and dst_ip go together and must be of one family',
    ),
);

type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

function loadPackets(t: TFunction, cwd: string, file: string): Loaded<SimPacket[]> {
  let text: string;
  try {
    const path = resolve(cwd, file);
    if (statSync(path).size > MAX_PACKETS_BYTES) {
      return { ok: false, message: t('cli.tooLarge', { file, limit: MAX_PACKETS_BYTES }) };
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'no such file' : String(error);
    return { ok: false, message: t('cli.unreadable', { file, detail }) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: t('cli.notJson', { file, detail: String(error) }) };
  }
  const parsed = packetsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).map((part) => `[${String(part)}]`).join('');
    const where = path === '' ? '' : `${path}: `;
    return {
      ok: false,
      message: t('cli.simulate.badPackets', { file, where, detail: issue?.message ?? '' }),
    };
  }
  return { ok: true, value: parsed.data };
}

function skippedText(t: TFunction, skipped: readonly string[]): string {
  return skipped.length === 0 ? '' : t('cli.simulate.skipped', { names: skipped.join(', ') });
}

/** One line of English for a decision's reason. */
export function reasonText(t: TFunction, reason: Reason): string {
  switch (reason.kind) {
    case 'hash':
      return (
        t(`cli.simulate.reason.hash-${reason.pool}`, {
          policy: reason.policy,
          hash: reason.hash,
          count: reason.count,
          index: reason.index,
        }) + skippedText(t, reason.skipped)
      );
    case 'round-robin':
      return (
        t('cli.simulate.reason.round-robin', {
          counter: reason.counter,
          id: reason.id,
          count: reason.slaveCount,
          start: reason.startIndex,
        }) + skippedText(t, reason.skipped)
      );
    case 'igmp':
      return t(`cli.simulate.reason.igmp-${reason.via}`) + skippedText(t, reason.skipped);
    case 'active':
      return t('cli.simulate.reason.active', {
        active: reason.active,
        cause: t(`cli.simulate.cause.${reason.cause}`),
      });
    case 'broadcast':
      return t('cli.simulate.reason.broadcast') + skippedText(t, reason.skipped);
    case 'tlb':
      return t(`cli.simulate.reason.tlb-${reason.fresh ? 'fresh' : 'held'}`, {
        hash: reason.hash,
        bucket: reason.bucket,
        assigned: reason.assigned,
      });
    case 'rlb':
      return t('cli.simulate.reason.rlb', { assigned: reason.assigned });
    case 'dropped':
      return t(`cli.simulate.drop.${reason.why}`);
  }
}

function decisionLine(t: TFunction, index: number, decision: Decision): string {
  const slaves = decision.slaves.length === 0 ? '-' : decision.slaves.join(',');
  const lost = decision.lost === true ? t('cli.simulate.lost') : '';
  return `${index + 1}  ${slaves}  ${reasonText(t, decision.reason)}${lost}`;
}

/** Runs `simulate`; returns the exit status. */
export function runSimulate(t: TFunction, io: CliIo, args: SimulateArgs): number {
  const loaded = loadDesign(t, io.cwd, args.design);
  if (!loaded.ok) {
    writeLines(io.stderr, loaded.message);
    return EXIT.unusable;
  }
  const packets = loadPackets(t, io.cwd, args.packets);
  if (!packets.ok) {
    writeLines(io.stderr, packets.message);
    return EXIT.unusable;
  }
  const findings = [
    ...loaded.findings,
    ...(loaded.design ? validateDesign(loaded.design).findings : []),
  ];
  if (loaded.design === undefined || hasErrors(findings)) {
    const errors = findings.filter((finding) => finding.severity === 'error');
    writeLines(io.stderr, [...findingLines(t, errors), t('cli.simulate.designErrors')]);
    return EXIT.errors;
  }
  const design = loaded.design;
  const bond = design.bonds.find((candidate) => candidate.name === args.bond);
  if (bond === undefined) {
    writeLines(io.stderr, t('cli.simulate.unknownBond', { bond: args.bond }));
    return EXIT.unusable;
  }
  const stranger = args.down.find((name) => !bond.slaves.includes(name));
  if (stranger !== undefined) {
    writeLines(io.stderr, t('cli.simulate.unknownDown', { name: stranger, bond: bond.name }));
    return EXIT.unusable;
  }
  const simBond = simBondFromDesign(design, bond.name, args.down);
  if (simBond === undefined) {
    writeLines(io.stderr, t('cli.simulate.unknownBond', { bond: args.bond }));
    return EXIT.unusable;
  }
  const simulator = createSimulator(simBond, { kernel: args.kernel });
  const decisions = packets.value.map((packet) => simulator.send(packet));
  if (args.json) {
    io.stdout.write(
      `${JSON.stringify({ packets: decisions.map((decision) => ({ slaves: decision.slaves })) })}\n`,
    );
  } else {
    writeLines(io.stdout, [
      t('cli.simulate.header'),
      ...decisions.map((decision, index) => decisionLine(t, index, decision)),
    ]);
  }
  return EXIT.ok;
}
