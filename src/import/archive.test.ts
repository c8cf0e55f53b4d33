/**
 * Tests of unpackUploads: plain files, zip / tar / tar.gz built here with fflate and nanotar,
 * hostile entries (traversal, absolute, links, devices, junk), the limits (entry count, a bomb
 * stopped while inflating, a 10 MB file) and Bondsmith bundles made by buildBundle.
 */
import { gzipSync, strToU8, zipSync, type Zippable } from 'fflate';
import { createTar } from 'nanotar';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../export/archive';
import { buildBundle } from '../export/bundle';
import { EXPORT_TARGETS } from '../export/targets/index';
import { createSeedDesign } from '../model/defaults';
import { attachNic } from '../model/topology';
import { ARCHIVE_LIMITS, unpackUploads, type Upload } from './archive';
import { MAX_FILE_SIZE } from './index';

const BOND = 'DEVICE=bond0\nBONDING_OPTS="mode=1 miimon=100"\n';
const SLAVE = 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\n';
const MB = 1024 * 1024;
// Where a size depends on where inflating stopped, its bounds are asserted separately.
const ANY_SIZE: unknown = expect.any(Number);

// Level 1 keeps building the bombs fast; zeros still shrink about a thousandfold.
function zip(entries: Zippable, name = 'etc.zip'): Upload {
  return { name, bytes: zipSync(entries, { level: 1 }) };
}

function tar(files: { name: string; data?: string | Uint8Array }[]): Uint8Array {
  return createTar(files, { attrs: { mtime: 0 } });
}

/** A tar whose first entry's type flag is `type` ('2' symlink, '3' character device…). */
function tarWithType(name: string, type: string): Uint8Array {
  const bytes = tar([
    { name, data: 'x' },
    { name: 'ifcfg-bond0', data: BOND },
  ]);
  bytes[156] = type.charCodeAt(0);
  return bytes;
}

describe('unpackUploads: plain files', () => {
  it('passes UTF-8 text through', () => {
    expect(unpackUploads([{ name: 'ifcfg-bond0', bytes: strToU8(BOND) }])).toEqual({
      files: [{ path: 'ifcfg-bond0', text: BOND }],
      notes: [],
    });
  });

  it.each([
    { junk: 'invalid UTF-8', bytes: new Uint8Array([0x44, 0xff, 0xfe, 0x80]) },
    { junk: 'NUL bytes', bytes: strToU8('DEVICE=bond0\u0000\u0000') },
  ])('refuses binary junk ($junk)', ({ bytes }) => {
    expect(unpackUploads([{ name: 'junk.dat', bytes }])).toEqual({
      files: [],
      notes: [{ severity: 'error', code: 'file-not-text', file: 'junk.dat' }],
    });
  });

  it('refuses a 10 MB file without decoding it', () => {
    const bytes = new Uint8Array(10 * MB).fill(0x41);
    expect(unpackUploads([{ name: 'huge', bytes }])).toEqual({
      files: [],
      notes: [
        {
          severity: 'error',
          code: 'file-too-large',
          file: 'huge',
          params: { size: 10 * MB, max: MAX_FILE_SIZE },
        },
      ],
    });
  });

  it('refuses a whole upload over the count or size limit', () => {
    const limits = { ...ARCHIVE_LIMITS, maxEntries: 2, maxTotalBytes: 10 };
    const file = { name: 'a', bytes: strToU8('DEVICE=x\n') };
    expect(unpackUploads([file, file, file], limits).notes).toEqual([
      { severity: 'error', code: 'upload-too-many-files', file: '', params: { count: 3, max: 2 } },
    ]);
    expect(unpackUploads([file, file], limits).notes).toEqual([
      { severity: 'error', code: 'upload-too-large', file: '', params: { size: 18, max: 10 } },
    ]);
  });
});

describe('unpackUploads: zip', () => {
  it('reads an archive of /etc, skipping what is no configuration', () => {
    const upload = zip({
      'etc/sysconfig/network-scripts/ifcfg-bond0': strToU8(BOND),
      'etc/sysconfig/network-scripts/ifcfg-eth0': strToU8(SLAVE),
      'etc/passwd': strToU8('root:x:0:0:root:/root:/bin/bash\n'),
      'etc/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      'etc/ld.so.cache': new Uint8Array([0x00, 0xff, 0x10]),
    });
    expect(unpackUploads([upload])).toEqual({
      files: [
        { path: 'etc/sysconfig/network-scripts/ifcfg-bond0', text: BOND },
        { path: 'etc/sysconfig/network-scripts/ifcfg-eth0', text: SLAVE },
      ],
      notes: [
        {
          severity: 'info',
          code: 'archive-entry-not-config',
          file: 'etc.zip',
          params: { entry: 'etc/logo.png' },
        },
        {
          severity: 'info',
          code: 'archive-entry-unknown',
          file: 'etc.zip',
          params: { entry: 'etc/passwd' },
        },
        {
          severity: 'info',
          code: 'archive-entry-not-config',
          file: 'etc.zip',
          params: { entry: 'etc/ld.so.cache' },
        },
      ],
    });
  });

  it.each([
    { entry: '../../etc/ifcfg-bond0', code: 'archive-path-parent' },
    { entry: 'etc/../../ifcfg-bond0', code: 'archive-path-parent' },
    { entry: '/etc/sysconfig/ifcfg-bond0', code: 'archive-path-absolute' },
    { entry: 'C:/ifcfg-bond0', code: 'archive-path-absolute' },
    { entry: 'etc\\ifcfg-bond0', code: 'archive-path-backslash' },
  ])('refuses the entry $entry ($code)', ({ entry, code }) => {
    const upload = zip({ [entry]: strToU8(BOND), 'ifcfg-eth0': strToU8(SLAVE) });
    const result = unpackUploads([upload]);
    expect(result.notes).toEqual([{ severity: 'error', code, file: 'etc.zip', params: { entry } }]);
    expect(result.files).toEqual([{ path: 'ifcfg-eth0', text: SLAVE }]);
  });

  it('refuses symbolic links and devices by their Unix mode', () => {
    const upload = zip({
      'ifcfg-bond0': [strToU8('/etc/shadow'), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
      console: [strToU8(''), { os: 3, attrs: (0o020600 << 16) >>> 0 }],
      'ifcfg-eth0': [strToU8(SLAVE), { os: 3, attrs: (0o100644 << 16) >>> 0 }],
    });
    expect(unpackUploads([upload])).toEqual({
      files: [{ path: 'ifcfg-eth0', text: SLAVE }],
      notes: [
        {
          severity: 'error',
          code: 'archive-entry-link',
          file: 'etc.zip',
          params: { entry: 'ifcfg-bond0' },
        },
        {
          severity: 'error',
          code: 'archive-entry-device',
          file: 'etc.zip',
          params: { entry: 'console' },
        },
      ],
    });
  });

  it('refuses an archive of more than 2,000 entries before inflating any', () => {
    const entries: Zippable = {};
    for (let index = 0; index <= 2000; index += 1) entries[`f${index}`] = strToU8('x');
    expect(unpackUploads([zip(entries)])).toEqual({
      files: [],
      notes: [
        {
          severity: 'error',
          code: 'archive-too-many-entries',
          file: 'etc.zip',
          params: { count: 2001, max: 2000 },
        },
      ],
    });
  });

  // Small limits keep the bombs quick to build; DEFLATE gives at most ~1 MB per 1 kB slice.
  const SMALL = { maxEntries: 2000, maxTotalBytes: 2 * MB, maxFileBytes: MB / 2 };

  it('stops a bomb while inflating: one entry past the per-file limit', () => {
    const bomb = zip({ 'ifcfg-bond0': new Uint8Array(16 * MB) }, 'bomb.zip');
    expect(bomb.bytes.length).toBeLessThan(100 * 1024);
    const result = unpackUploads([bomb], SMALL);
    expect(result.files).toEqual([]);
    expect(result.notes).toEqual([
      {
        severity: 'error',
        code: 'archive-entry-too-large',
        file: 'bomb.zip',
        params: { entry: 'ifcfg-bond0', size: ANY_SIZE, max: MB / 2 },
      },
    ]);
    // Reading stopped within one slice's worth of output, far short of the 16 MB.
    expect(result.notes[0]?.params?.size).toBeGreaterThan(MB / 2);
    expect(result.notes[0]?.params?.size).toBeLessThan(2 * MB);
  });

  it('stops a bomb while inflating: many entries past the total limit', () => {
    const entries: Zippable = {};
    for (let index = 0; index < 32; index += 1) entries[`f${index}`] = new Uint8Array(MB / 4);
    const result = unpackUploads([zip(entries, 'bomb.zip')], SMALL);
    expect(result.files).toEqual([]);
    expect(result.notes).toEqual([
      {
        severity: 'error',
        code: 'archive-too-large',
        file: 'bomb.zip',
        params: { size: ANY_SIZE, max: 2 * MB },
      },
    ]);
    expect(result.notes[0]?.params?.size).toBeGreaterThan(2 * MB);
    expect(result.notes[0]?.params?.size).toBeLessThan(4 * MB);
  });

  it('refuses the whole archive when it holds a 10 MB file', () => {
    const upload = zip({
      'ifcfg-bond0': strToU8(BOND),
      'big.conf': new Uint8Array(10 * MB).fill(0x61),
    });
    const result = unpackUploads([upload]);
    expect(result.files).toEqual([]);
    expect(result.notes).toEqual([
      {
        severity: 'error',
        code: 'archive-entry-too-large',
        file: 'etc.zip',
        params: { entry: 'big.conf', size: ANY_SIZE, max: MAX_FILE_SIZE },
      },
    ]);
  });

  it('refuses a damaged zip', () => {
    const bytes = zipSync({ 'ifcfg-bond0': strToU8(BOND.repeat(50)) });
    const damaged = bytes.slice(0, 60);
    expect(unpackUploads([{ name: 'cut.zip', bytes: damaged }]).notes).toEqual([
      { severity: 'error', code: 'archive-invalid', file: 'cut.zip', params: { kind: 'zip' } },
    ]);
  });

  it('refuses an archive with nothing to import', () => {
    expect(unpackUploads([zip({ 'notes.txt': strToU8('hello\n') })]).notes).toEqual([
      {
        severity: 'info',
        code: 'archive-entry-unknown',
        file: 'etc.zip',
        params: { entry: 'notes.txt' },
      },
      { severity: 'error', code: 'archive-nothing-to-import', file: 'etc.zip' },
    ]);
  });
});

describe('unpackUploads: tar and tar.gz', () => {
  const ETC = [
    { name: 'etc/sysconfig/network-scripts/' },
    { name: 'etc/sysconfig/network-scripts/ifcfg-bond0', data: BOND },
    { name: 'etc/sysconfig/network-scripts/ifcfg-eth0', data: SLAVE },
  ];
  const FILES = [
    { path: 'etc/sysconfig/network-scripts/ifcfg-bond0', text: BOND },
    { path: 'etc/sysconfig/network-scripts/ifcfg-eth0', text: SLAVE },
  ];

  it.each([
    { name: 'etc.tar', bytes: tar(ETC) },
    { name: 'etc.tar.gz', bytes: gzipSync(tar(ETC)) },
    { name: 'etc.tgz', bytes: gzipSync(tar(ETC)) },
  ])('reads $name', (upload) => {
    expect(unpackUploads([upload])).toEqual({ files: FILES, notes: [] });
  });

  it.each([
    { type: '2', code: 'archive-entry-link' },
    { type: '1', code: 'archive-entry-link' },
    { type: '3', code: 'archive-entry-device' },
    { type: '4', code: 'archive-entry-device' },
    { type: '6', code: 'archive-entry-device' },
  ])('refuses an entry of type $type ($code)', ({ type, code }) => {
    const upload = { name: 'etc.tar', bytes: tarWithType('ifcfg-eth0', type) };
    expect(unpackUploads([upload])).toEqual({
      files: [{ path: 'ifcfg-bond0', text: BOND }],
      notes: [{ severity: 'error', code, file: 'etc.tar', params: { entry: 'ifcfg-eth0' } }],
    });
  });

  it('keeps the raw names nanotar would normalise, and refuses them', () => {
    const upload = {
      name: 'etc.tar',
      bytes: tar([
        { name: '../ifcfg-bond0', data: BOND },
        { name: '/etc/ifcfg-eth0', data: SLAVE },
      ]),
    };
    expect(unpackUploads([upload]).notes).toEqual([
      {
        severity: 'error',
        code: 'archive-path-parent',
        file: 'etc.tar',
        params: { entry: '../ifcfg-bond0' },
      },
      {
        severity: 'error',
        code: 'archive-path-absolute',
        file: 'etc.tar',
        params: { entry: '/etc/ifcfg-eth0' },
      },
      { severity: 'error', code: 'archive-nothing-to-import', file: 'etc.tar' },
    ]);
  });

  it('counts tar entries against the limit', () => {
    const limits = { ...ARCHIVE_LIMITS, maxEntries: 2 };
    expect(unpackUploads([{ name: 'etc.tar', bytes: tar(ETC) }], limits).notes).toEqual([
      {
        severity: 'error',
        code: 'archive-too-many-entries',
        file: 'etc.tar',
        params: { count: 3, max: 2 },
      },
    ]);
  });

  it('stops a gzip bomb while inflating', () => {
    const limits = { maxEntries: 10, maxTotalBytes: 2 * MB, maxFileBytes: MB };
    const bomb = gzipSync(tar([{ name: 'ifcfg-bond0', data: new Uint8Array(16 * MB) }]), {
      level: 1,
    });
    const result = unpackUploads([{ name: 'bomb.tar.gz', bytes: bomb }], limits);
    expect(result.files).toEqual([]);
    expect(result.notes).toEqual([
      {
        severity: 'error',
        code: 'archive-too-large',
        file: 'bomb.tar.gz',
        params: { size: ANY_SIZE, max: 2 * MB },
      },
    ]);
    expect(result.notes[0]?.params?.size).toBeLessThan(4 * MB);
  });

  it('refuses a damaged tar.gz', () => {
    const bytes = gzipSync(tar(ETC)).slice(0, 30);
    expect(unpackUploads([{ name: 'cut.tgz', bytes }]).notes).toEqual([
      { severity: 'error', code: 'archive-invalid', file: 'cut.tgz', params: { kind: 'tar.gz' } },
    ]);
  });
});

describe('unpackUploads: Bondsmith bundles', () => {
  const design = attachNic(attachNic(createSeedDesign(), 'eth0', 'bond0'), 'eth1', 'bond0');

  function bundleZip(targets: readonly string[]): Upload {
    const bundle = buildBundle(design, targets);
    if (!bundle.ok) throw new Error('the seed design must export');
    return { name: 'x3650-bondsmith.zip', bytes: zipFiles(bundle.files) };
  }

  it('imports one folder of a bundle of every target: the first target, rhel5', () => {
    const result = unpackUploads([bundleZip(EXPORT_TARGETS.map((target) => target.id))]);
    expect(result.files.map((file) => file.path)).toEqual([
      'rhel5/etc/modprobe.conf',
      'rhel5/etc/rc.d/rc.local',
      'rhel5/etc/sysconfig/network-scripts/ifcfg-bond0',
      'rhel5/etc/sysconfig/network-scripts/ifcfg-eth0',
      'rhel5/etc/sysconfig/network-scripts/ifcfg-eth1',
    ]);
    expect(result.notes).toContainEqual({
      severity: 'info',
      code: 'bundle-folder-chosen',
      file: 'x3650-bondsmith.zip',
      params: { folder: 'rhel5', count: EXPORT_TARGETS.length },
    });
    expect(result.notes.filter((note) => note.severity !== 'info')).toEqual([]);
  });

  it('prefers the earlier target in export order', () => {
    const result = unpackUploads([bundleZip(['netplan', 'rhel'])]);
    expect(result.files.map((file) => file.path)).toEqual([
      'rhel/etc/sysconfig/network-scripts/ifcfg-bond0',
      'rhel/etc/sysconfig/network-scripts/ifcfg-eth0',
      'rhel/etc/sysconfig/network-scripts/ifcfg-eth1',
    ]);
  });
});
