/**
 * Tests of gathering uploads: relative paths from a chosen folder, dropped folders walked in
 * readEntries batches, and the count and size limits checked before any bytes are read.
 */
import { describe, expect, it } from 'vitest';
import { checkPicked, pickDropped, pickedFromList, readPicked } from './read-uploads';

const LIMITS = { maxEntries: 3, maxTotalBytes: 100 };

function file(name: string, text: string, relative = ''): File {
  const made = new File([text], name);
  Object.defineProperty(made, 'webkitRelativePath', { value: relative });
  return made;
}

/** A directory entry whose reader hands out `children` in batches of two, then nothing. */
function directory(name: string, children: FileSystemEntry[]): FileSystemEntry {
  let next = 0;
  const reader = {
    readEntries: (resolve: (batch: FileSystemEntry[]) => void) => {
      resolve(children.slice(next, next + 2));
      next += 2;
    },
  };
  return { name, isFile: false, isDirectory: true, createReader: () => reader } as never;
}

function fileEntry(made: File): FileSystemEntry {
  return {
    name: made.name,
    isFile: true,
    isDirectory: false,
    file: (resolve: (value: File) => void) => resolve(made),
  } as never;
}

describe('read-uploads', () => {
  it('keeps the relative path of files from a chosen folder', () => {
    const picked = pickedFromList([
      file('ifcfg-bond0', 'DEVICE=bond0', 'etc/sysconfig/network-scripts/ifcfg-bond0'),
      file('bond0', 'Bonding Mode'),
    ]);
    expect(picked.map((entry) => entry.path)).toEqual([
      'etc/sysconfig/network-scripts/ifcfg-bond0',
      'bond0',
    ]);
  });

  it('refuses too many files or too many bytes before reading', () => {
    const four = pickedFromList(['a', 'b', 'c', 'd'].map((name) => file(name, 'x')));
    expect(checkPicked(four, LIMITS)).toEqual({
      ok: false,
      refusal: { kind: 'tooMany', max: 3 },
    });
    const big = pickedFromList([file('a', 'x'.repeat(101))]);
    expect(checkPicked(big, LIMITS)).toEqual({
      ok: false,
      refusal: { kind: 'tooLarge', max: 100 },
    });
  });

  it('walks a dropped folder through every batch and reads the bytes', async () => {
    const tree = directory('etc', [
      fileEntry(file('a', 'A')),
      directory('sub', [fileEntry(file('b', 'B'))]),
      fileEntry(file('c', 'C')),
    ]);
    const picked = await pickDropped([tree], LIMITS);
    if (!picked.ok) throw new Error('expected the folder to be read');
    const uploads = await readPicked(picked.files);
    expect(uploads.map((upload) => [upload.name, new TextDecoder().decode(upload.bytes)])).toEqual([
      ['etc/a', 'A'],
      ['etc/sub/b', 'B'],
      ['etc/c', 'C'],
    ]);
  });

  it('stops walking a dropped folder past the entry limit', async () => {
    const entries = ['a', 'b', 'c', 'd', 'e'].map((name) => fileEntry(file(name, name)));
    expect(await pickDropped([directory('etc', entries)], LIMITS)).toEqual({
      ok: false,
      refusal: { kind: 'tooMany', max: 3 },
    });
  });
});
