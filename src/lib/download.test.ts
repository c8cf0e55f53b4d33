// Bundle file names must be safe whatever the host name holds.
import { describe, expect, it } from 'vitest';
import { bundleFileName } from './download';

describe('bundleFileName', () => {
  it.each([
    ['x3650', 'bondsmith-x3650.zip'],
    ['web-01.example.com', 'bondsmith-web-01.example.com.zip'],
    [undefined, 'bondsmith.zip'],
    ['', 'bondsmith.zip'],
    ['../../etc/passwd', 'bondsmith-etc-passwd.zip'],
    ['a b$(rm -rf)`x`', 'bondsmith-a-b-rm--rf-x.zip'],
    ['..', 'bondsmith.zip'],
  ])('names the bundle of %j %j', (host, expected) => {
    expect(bundleFileName(host)).toBe(expected);
  });
});
