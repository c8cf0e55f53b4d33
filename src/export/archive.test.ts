import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './archive';
import type { ExportFile } from './types';

const FILES: ExportFile[] = [
  {
    path: 'rhel5/etc/rc.d/rc.local',
    contents: '#!/bin/sh\ntouch /var/lock/subsys/local\n',
    mode: 0o755,
  },
  { path: 'rhel5/README.txt', contents: 'Bondsmith — ünïcode\n', mode: 0o644 },
  { path: 'rhel5/etc/modprobe.conf', contents: 'alias bond0 bonding\n', mode: 0o644 },
];

/**
 * Path → "os:mode" from the zip's central directory (APPNOTE 4.3.12: the "version made by" high
 * byte at +5 names the OS, 3 = Unix; the external attributes at +38 hold the mode).
 */
function centralModes(zip: Uint8Array): Map<string, string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const modes = new Map<string, string>();
  for (let at = 0; at + 46 <= zip.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = strFromU8(zip.subarray(at + 46, at + 46 + nameLength));
    const mode = (view.getUint32(at + 38, true) >>> 16) & 0o777;
    modes.set(name, `${view.getUint8(at + 5)}:${mode.toString(8)}`);
    at += 45 + nameLength;
  }
  return modes;
}

describe('zipFiles', () => {
  it('unzips to the same files, in sorted order, with their modes', () => {
    const zip = zipFiles(FILES);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual([
      'rhel5/README.txt',
      'rhel5/etc/modprobe.conf',
      'rhel5/etc/rc.d/rc.local',
    ]);
    expect(Object.entries(entries).map(([path, bytes]) => [path, strFromU8(bytes)])).toEqual([
      ['rhel5/README.txt', 'Bondsmith — ünïcode\n'],
      ['rhel5/etc/modprobe.conf', 'alias bond0 bonding\n'],
      ['rhel5/etc/rc.d/rc.local', '#!/bin/sh\ntouch /var/lock/subsys/local\n'],
    ]);
    expect(Object.fromEntries(centralModes(zip))).toEqual({
      'rhel5/README.txt': '3:644',
      'rhel5/etc/modprobe.conf': '3:644',
      'rhel5/etc/rc.d/rc.local': '3:755',
    });
  });

  it('gives the same bytes whatever the input order', () => {
    expect(zipFiles([...FILES].reverse())).toEqual(zipFiles(FILES));
  });

  it('refuses two files at one path', () => {
    expect(() => zipFiles([FILES[0]!, FILES[0]!])).toThrow(/duplicate path/);
  });

  it('is restored with its modes by the real unzip', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bondsmith-zip-'));
    try {
      writeFileSync(join(dir, 'b.zip'), zipFiles(FILES));
      const result = spawnSync('unzip', ['-q', 'b.zip'], { cwd: dir, encoding: 'utf8' });
      if (result.error) throw new Error(`unzip is missing: apt-get install -y unzip`);
      expect(result.status).toBe(0);
      expect(statSync(join(dir, 'rhel5/etc/rc.d/rc.local')).mode & 0o777).toBe(0o755);
      expect(statSync(join(dir, 'rhel5/README.txt')).mode & 0o777).toBe(0o644);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
