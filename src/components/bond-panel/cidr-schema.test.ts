// CIDR text pasted into the address field must split exactly, and anything else must not.
import { describe, expect, it } from 'vitest';
import { cidrSchema } from './cidr-schema';

describe('cidrSchema', () => {
  it.each([
    ['192.168.1.3/24', { address: '192.168.1.3', prefix: 24 }],
    [' 10.0.0.5/255.255.255.0 ', { address: '10.0.0.5', prefix: 24 }],
    ['172.16.0.1/16', { address: '172.16.0.1', prefix: 16 }],
  ])('splits %j', (text, expected) => {
    expect(cidrSchema.safeParse(text)).toEqual({ success: true, data: expected });
  });

  it.each([
    '192.168.1.3',
    '192.168.1.3/',
    '192.168.1.3/33',
    '192.168.1/24',
    '1.2.3.4/24/1',
    'x/24',
  ])('refuses %j', (text) => {
    expect(cidrSchema.safeParse(text).success).toBe(false);
  });
});
