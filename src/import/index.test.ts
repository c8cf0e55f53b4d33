/**
 * Tests of importFiles: hostile input limits, unplaceable files, grouping by format and the
 * merge of several formats into one design.
 */
import { describe, expect, it } from 'vitest';
import { EXPORT_TARGETS } from '../export/targets/index';
import { importFiles, MAX_FILE_SIZE, PARSERS } from './index';
import { IMPORT_FORMATS } from './types';

const BOND = { path: 'ifcfg-bond0', text: 'DEVICE=bond0\nBONDING_OPTS="mode=1 miimon=100"\n' };
const SLAVE = {
  path: 'ifcfg-eth0',
  text: '# Intel 82574L\nDEVICE=eth0\nMASTER=bond0\nSLAVE=yes\n',
};

describe('importFiles', () => {
  it('imports an ifcfg set as one rhel design', () => {
    expect(importFiles([SLAVE, BOND])).toEqual({
      ok: true,
      format: 'rhel',
      design: {
        version: 1,
        nics: [{ name: 'eth0', model: 'Intel 82574L' }],
        bonds: [
          {
            name: 'bond0',
            mode: 'active-backup',
            slaves: ['eth0'],
            options: { miimon: 100 },
          },
        ],
      },
      notes: [],
    });
  });

  it.each([
    {
      name: 'a file over the size limit',
      file: { path: 'big', text: 'x'.repeat(MAX_FILE_SIZE + 1) },
      note: {
        severity: 'error',
        code: 'file-too-large',
        file: 'big',
        params: { size: MAX_FILE_SIZE + 1, max: MAX_FILE_SIZE },
      },
    },
    {
      name: 'a binary file',
      file: { path: 'ifcfg-eth0', text: 'DEVICE=eth0\u0000\u0001' },
      note: { severity: 'error', code: 'file-not-text', file: 'ifcfg-eth0' },
    },
    {
      name: 'a file of no known format',
      file: { path: 'notes.txt', text: 'hello\n' },
      note: { severity: 'error', code: 'format-unknown', file: 'notes.txt' },
    },
  ])('refuses the set with $name', ({ file, note }) => {
    expect(importFiles([BOND, file])).toEqual({ ok: false, notes: [note] });
  });

  it('refuses an empty list and a set that holds no interface', () => {
    expect(importFiles([])).toEqual({
      ok: false,
      notes: [{ severity: 'error', code: 'no-files', file: '' }],
    });
    expect(importFiles([{ path: 'rc.local', text: '#!/bin/sh\n' }])).toEqual({
      ok: false,
      notes: [{ severity: 'error', code: 'nothing-imported', file: 'rc.local' }],
    });
  });

  it('takes the format from `from` over detection', () => {
    const result = importFiles(
      [{ path: 'bond0.txt', text: 'DEVICE=bond0\nBONDING_OPTS=mode=4\n' }],
      {
        from: 'rhel',
      },
    );
    expect(result.ok && result.design.bonds.map((bond) => bond.mode)).toEqual(['802.3ad']);
  });

  it('merges formats: NIC details fill in, a second bond of one name is noted', () => {
    const proc = {
      path: '/proc/net/bonding/bond0',
      text: [
        'Ethernet Channel Bonding Driver: v3.4.0 (October 7, 2008)',
        'Bonding Mode: load balancing (round-robin)',
        'Slave Interface: eth0',
        'Speed: 1000 Mbps',
        '',
      ].join('\n'),
    };
    expect(importFiles([proc, SLAVE, BOND])).toEqual({
      ok: true,
      format: 'rhel',
      design: {
        version: 1,
        nics: [{ name: 'eth0', model: 'Intel 82574L', speed: 1000 }],
        bonds: [
          { name: 'bond0', mode: 'active-backup', slaves: ['eth0'], options: { miimon: 100 } },
        ],
      },
      notes: [
        {
          severity: 'warning',
          code: 'bond-duplicate',
          file: '/proc/net/bonding/bond0',
          params: { bond: 'bond0' },
        },
      ],
    });
  });

  it('registers one parser per format, rhel5 and rhel sharing the ifcfg parser', () => {
    expect(Object.keys(PARSERS)).toEqual([...IMPORT_FORMATS]);
    expect(PARSERS.rhel5).toBe(PARSERS.rhel);
  });

  it("has an importer for every export target, in the targets' order, then the runtime texts", () => {
    expect(IMPORT_FORMATS).toEqual([
      ...EXPORT_TARGETS.map((target) => target.id),
      'proc',
      'ip-link',
    ]);
  });
});
