/**
 * The custom-flow table's zod schema: a row typed as text becomes a `FlowRow` of src/sim or a
 * list of field problems. Addresses are checked by the model's own predicates; messages are
 * i18n keys.
 */
import { z } from 'zod';
import { isIpv4, isIpv6 } from '../../model/addressing';
import type { FlowRow } from '../../sim/scenarios';

/** One row of the table as the user typed it. */
export interface FlowDraft {
  src_ip: string;
  dst_ip: string;
  proto: 'tcp' | 'udp' | 'icmp' | 'icmpv6';
  src_port: string;
  dst_port: string;
  packets: string;
}

/** The editable fields of a row, in column order. */
export const FLOW_FIELDS = [
  'src_ip',
  'dst_ip',
  'proto',
  'src_port',
  'dst_port',
  'packets',
] as const;

/** The protocols the table offers. */
export const FLOW_PROTOS = ['tcp', 'udp', 'icmp', 'icmpv6'] as const;

/** A table's most packets per flow: enough to see a share, few enough to stay instant. */
export const MAX_FLOW_PACKETS = 1000;

/** ICMP echo is an IPv4 protocol and ICMPv6 echo an IPv6 one; TCP and UDP run over both. */
const ICMP_FAMILY: Partial<Record<FlowDraft['proto'], (address: string) => boolean>> = {
  icmp: isIpv4,
  icmpv6: isIpv6,
};

const ip = z
  .string()
  .trim()
  .refine((text) => isIpv4(text) || isIpv6(text), {
    message: 'lab.flows.errors.ip',
  });

function wholeNumber(min: number, max: number, message: string) {
  return z
    .string()
    .trim()
    .regex(/^\d{1,7}$/, { message })
    .transform(Number)
    .refine((value) => value >= min && value <= max, { message });
}

const port = z
  .string()
  .trim()
  .regex(/^\d{0,5}$/, { message: 'lab.flows.errors.port' })
  .transform((text) => (text === '' ? undefined : Number(text)))
  .refine((value) => value === undefined || value <= 65535, { message: 'lab.flows.errors.port' });

const flowSchema = z
  .object({
    src_ip: ip,
    dst_ip: ip,
    proto: z.enum(FLOW_PROTOS),
    src_port: port,
    dst_port: port,
    packets: wholeNumber(1, MAX_FLOW_PACKETS, 'lab.flows.errors.packets'),
  })
  .refine((row) => isIpv6(row.src_ip) === isIpv6(row.dst_ip), {
    path: ['dst_ip'],
    message: 'lab.flows.errors.family',
  })
  .refine((row) => ICMP_FAMILY[row.proto]?.(row.src_ip) ?? true, {
    path: ['proto'],
    message: 'lab.flows.errors.icmpFamily',
  });

/** The row as a FlowRow, or the i18n key of the first problem of each field. */
export function parseFlowDraft(
  draft: FlowDraft,
): { ok: true; row: FlowRow } | { ok: false; errors: Partial<Record<keyof FlowDraft, string>> } {
  const result = flowSchema.safeParse(draft);
  if (result.success) {
    const { src_port, dst_port, ...rest } = result.data;
    return {
      ok: true,
      row: {
        ...rest,
        ...(src_port === undefined ? {} : { src_port }),
        ...(dst_port === undefined ? {} : { dst_port }),
      },
    };
  }
  const errors: Partial<Record<keyof FlowDraft, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && field in draft && !(field in errors)) {
      errors[field as keyof FlowDraft] = issue.message;
    }
  }
  return { ok: false, errors };
}

/** The rows the table starts with: one TCP flow and one UDP flow to two servers. */
export const DEFAULT_FLOWS: readonly FlowDraft[] = [
  {
    src_ip: '192.0.2.10',
    dst_ip: '198.51.100.20',
    proto: 'tcp',
    src_port: '40000',
    dst_port: '443',
    packets: '20',
  },
  {
    src_ip: '192.0.2.10',
    dst_ip: '198.51.100.53',
    proto: 'udp',
    src_port: '40001',
    dst_port: '53',
    packets: '10',
  },
];
