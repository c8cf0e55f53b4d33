/**
 * Share links: encode/decode round trips, and every refusal a hostile or damaged link can meet
 * (tampered, too long, not base64url, a deflate bomb, not text, not a design).
 */
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createSeedDesign } from '../model/defaults';
import { attachNic, setIpv4, setMode } from '../model/topology';
import type { Design } from '../model/types';
import {
  adler32,
  decodeShareFragment,
  encodeShareFragment,
  fromBase64Url,
  MAX_FRAGMENT_LENGTH,
  toBase64Url,
} from './share-link';
import { isShareFragment } from './share-fragment';

function sampleDesign(): Design {
  let design = attachNic(createSeedDesign(), 'eth0', 'bond0');
  design = attachNic(design, 'eth1', 'bond0');
  design = setMode(design, 'bond0', '802.3ad').design;
  return setIpv4(design, 'bond0', { method: 'static', address: '192.0.2.10', prefix: 24 });
}

function fragmentOf(text: string): string {
  return `#design=${toBase64Url(zlibSync(new TextEncoder().encode(text)))}`;
}

describe('adler32', () => {
  it.each([
    ['', 0x00000001],
    ['a', 0x00620062],
    ['Wikipedia', 0x11e60398],
  ])('of %j is %i', (text, sum) => {
    expect(adler32(new TextEncoder().encode(text))).toBe(sum);
  });
});

describe('base64url', () => {
  it.each([
    [[], ''],
    [[0], 'AA'],
    [[255], '_w'],
    [[251, 255], '-_8'],
    [[1, 2, 3], 'AQID'],
    [[104, 105, 33, 63], 'aGkhPw'],
  ])('encodes %j as %s and back', (bytes, text) => {
    expect(toBase64Url(new Uint8Array(bytes))).toBe(text);
    expect(Array.from(fromBase64Url(text) ?? [-1])).toEqual(bytes);
  });

  it.each(['A', 'AB=', 'a+b/', 'ab cd', 'AB', '_x'])('refuses %j', (text) => {
    expect(fromBase64Url(text)).toBeUndefined();
  });
});

describe('encodeShareFragment / decodeShareFragment', () => {
  it('round-trips a design', () => {
    const design = sampleDesign();
    const fragment = encodeShareFragment(design);
    expect(isShareFragment(fragment)).toBe(true);
    expect(fragment).toMatch(/^#design=[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(fragment)).toEqual({
      ok: true,
      design: JSON.parse(JSON.stringify(design)) as Design,
      drafts: {},
      findings: [],
    });
  });

  it('round-trips drafts alongside the design and accepts the fragment without "#"', () => {
    const drafts = { '/bonds/0/mtu': '9k', '/nics/1/mac': '00:1a:zz' };
    const result = decodeShareFragment(encodeShareFragment(sampleDesign(), drafts).slice(1));
    expect(result.ok && result.drafts).toEqual(drafts);
  });

  it('drops drafts that are not pointer-to-text pairs', () => {
    const text = JSON.stringify({ ...createSeedDesign(), drafts: { 'no-slash': 'x' } });
    const result = decodeShareFragment(fragmentOf(text));
    expect(result.ok && result.drafts).toEqual({});
  });

  it('reports structural findings and still opens the design', () => {
    const seed = createSeedDesign();
    const text = JSON.stringify({ ...seed, nics: [{ ...seed.nics[0], colour: 'red' }] });
    const result = decodeShareFragment(fragmentOf(text));
    expect(result.ok && result.findings.map((finding) => finding.path)).toEqual(['/nics/0/colour']);
  });

  it.each([
    ['truncated', (f: string) => f.slice(0, 8 + 4 * Math.floor((f.length - 8) / 8)), 'damaged'],
    ['a foreign character', (f: string) => `${f.slice(0, 20)}!${f.slice(21)}`, 'not-base64'],
    ['padding added', (f: string) => `${f}==`, 'not-base64'],
    ['empty', () => '#design=', 'damaged'],
  ])('refuses a tampered link (%s)', (_name, tamper, reason) => {
    expect(decodeShareFragment(tamper(encodeShareFragment(sampleDesign())))).toEqual({
      ok: false,
      reason,
    });
  });

  it('never opens a different design from a link with one character changed', () => {
    const design = sampleDesign();
    const fragment = encodeShareFragment(design);
    const reasons = new Set<string>();
    for (let at = '#design='.length; at < fragment.length; at += 1) {
      const changed = fragment[at] === 'A' ? 'B' : 'A';
      const result = decodeShareFragment(
        `${fragment.slice(0, at)}${changed}${fragment.slice(at + 1)}`,
      );
      // Padding bits after the last deflate block are ignored, so a change there is harmless.
      const same = result.ok && JSON.stringify(result.design) === JSON.stringify(design);
      reasons.add(result.ok ? (same ? 'same' : 'different') : result.reason);
    }
    expect(reasons.has('different')).toBe(false);
    expect(reasons.has('damaged')).toBe(true);
  });

  it('refuses a fragment longer than the limit before decoding it', () => {
    expect(decodeShareFragment(`#design=${'A'.repeat(MAX_FRAGMENT_LENGTH)}`)).toEqual({
      ok: false,
      reason: 'too-long',
    });
  });

  it('stops a deflate bomb at the inflated-size limit', () => {
    const bomb = zlibSync(new Uint8Array(50_000_000), { level: 9 });
    const fragment = `#design=${toBase64Url(bomb)}`;
    expect(fragment.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
    expect(decodeShareFragment(fragment)).toEqual({ ok: false, reason: 'too-large' });
  });

  it.each([
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'not-text'],
    ['not JSON', new TextEncoder().encode('hello'), 'not-json'],
    ['not a design', new TextEncoder().encode('{"hello":1}'), 'not-a-design'],
    [
      'a newer version',
      new TextEncoder().encode('{"version":2,"nics":[],"bonds":[]}'),
      'unsupported-version',
    ],
    [
      'an unusable design',
      new TextEncoder().encode('{"version":1,"nics":7,"bonds":[]}'),
      'unusable',
    ],
  ])('refuses %s', (_name, bytes, reason) => {
    expect(decodeShareFragment(`#design=${toBase64Url(zlibSync(bytes))}`)).toEqual({
      ok: false,
      reason,
    });
  });
});
