import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOWS } from './flow-schema';
import { parseLabSettings } from './lab-settings';

const defaults = parseLabSettings(null);

describe('parseLabSettings', () => {
  it('starts from the defaults when nothing is stored', () => {
    expect(defaults).toEqual({
      bondName: null,
      scratchMode: 'balance-xor',
      kernel: 'current',
      scenario: 'many-clients',
      flows: [...DEFAULT_FLOWS],
      rate: 20,
    });
  });

  it('gives back a stored setup with the flows exactly as typed, bad ones included', () => {
    const stored = {
      bondName: 'bond0',
      scratchMode: '802.3ad',
      kernel: 'rhel5',
      scenario: 'custom',
      flows: [
        {
          src_ip: '10.0.0.1',
          dst_ip: 'not an ip',
          proto: 'udp',
          src_port: '53',
          dst_port: 'x',
          packets: '5',
        },
      ],
      rate: 500,
    };
    expect(parseLabSettings(JSON.stringify(stored))).toEqual(stored);
  });

  it('falls back field by field for values that do not parse', () => {
    const stored = { bondName: 'bond0', kernel: 'windows', rate: -3, flows: 'lots' };
    expect(parseLabSettings(JSON.stringify(stored))).toEqual({ ...defaults, bondName: 'bond0' });
  });

  it.each(['{', 'null', '42', '"text"'])('ignores a corrupt stored value %s', (stored) => {
    expect(parseLabSettings(stored)).toEqual(defaults);
  });
});
