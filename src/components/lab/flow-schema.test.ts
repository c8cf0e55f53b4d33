// parseFlowDraft turns a typed row into a FlowRow or names each bad field with its i18n key.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOWS, type FlowDraft, parseFlowDraft } from './flow-schema';

const base: FlowDraft = {
  src_ip: '10.0.0.1',
  dst_ip: '10.0.0.2',
  proto: 'tcp',
  src_port: '1000',
  dst_port: '80',
  packets: '5',
};

describe('parseFlowDraft', () => {
  it('parses a full row', () => {
    expect(parseFlowDraft(base)).toEqual({
      ok: true,
      row: {
        src_ip: '10.0.0.1',
        dst_ip: '10.0.0.2',
        proto: 'tcp',
        src_port: 1000,
        dst_port: 80,
        packets: 5,
      },
    });
  });

  it('leaves empty ports out and accepts IPv6 with icmpv6', () => {
    expect(
      parseFlowDraft({
        ...base,
        src_ip: '2001:db8::1',
        dst_ip: '2001:db8::2',
        proto: 'icmpv6',
        src_port: '',
        dst_port: '',
      }),
    ).toEqual({
      ok: true,
      row: { src_ip: '2001:db8::1', dst_ip: '2001:db8::2', proto: 'icmpv6', packets: 5 },
    });
  });

  it.each([
    [{ src_ip: '10.0.0.300' }, { src_ip: 'lab.flows.errors.ip' }],
    [{ dst_ip: '10.0.0.2; reboot' }, { dst_ip: 'lab.flows.errors.ip' }],
    [{ dst_ip: '2001:db8::2' }, { dst_ip: 'lab.flows.errors.family' }],
    [{ proto: 'icmpv6' as const }, { proto: 'lab.flows.errors.icmpFamily' }],
    [
      { src_ip: '2001:db8::1', dst_ip: '2001:db8::2', proto: 'icmp' as const },
      { proto: 'lab.flows.errors.icmpFamily' },
    ],
    [{ src_port: '65536' }, { src_port: 'lab.flows.errors.port' }],
    [{ dst_port: '8o' }, { dst_port: 'lab.flows.errors.port' }],
    [{ packets: '0' }, { packets: 'lab.flows.errors.packets' }],
    [{ packets: '1001' }, { packets: 'lab.flows.errors.packets' }],
  ])('refuses %j', (patch, errors) => {
    expect(parseFlowDraft({ ...base, ...patch })).toEqual({ ok: false, errors });
  });

  it('accepts TCP over IPv6', () => {
    expect(parseFlowDraft({ ...base, src_ip: '2001:db8::1', dst_ip: '2001:db8::2' }).ok).toBe(true);
  });

  it('accepts the default rows', () => {
    expect(DEFAULT_FLOWS.map((row) => parseFlowDraft(row).ok)).toEqual([true, true]);
  });
});
