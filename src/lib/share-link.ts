/**
 * Share links: the whole design (and the drafts typed against it) travels in the URL fragment as
 * base64url(zlib deflate(design file JSON)), so nothing leaves the browser. Decoding is bounded at
 * every step because a link is untrusted input: length, inflated size, checksum, UTF-8, parseDesign.
 */
import { Unzlib, zlibSync } from 'fflate';
import { parseDesign, serializeDesign } from '../model/parse-design';
import type { Design, Finding } from '../model/types';
import { isShareFragment, SHARE_PREFIX } from './share-fragment';
/** Longest fragment accepted, in characters (about 150 kB of compressed design). */
export const MAX_FRAGMENT_LENGTH = 200_000;
/** Largest design text a fragment may inflate to, in bytes. */
export const MAX_INFLATED_SIZE = 2_000_000;
/** Most drafts a link may carry, and the longest draft text. */
export const MAX_DRAFTS = 1_000;
export const MAX_DRAFT_LENGTH = 1_000;

/* Deflate expands at most ~1032:1, so 1 kB input chunks bound each inflate step to ~1 MB. */
const INFLATE_CHUNK = 1_024;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Why a fragment was not opened. */
export type ShareRefusal =
  | 'too-long'
  | 'not-base64'
  | 'damaged'
  | 'too-large'
  | 'not-text'
  | 'not-json'
  | 'not-a-design'
  | 'unsupported-version'
  | 'unusable';

/** The outcome of reading a fragment: a design ready to open, or the reason it was refused. */
export type ShareDecodeResult =
  | { ok: true; design: Design; drafts: Record<string, string>; findings: Finding[] }
  | { ok: false; reason: ShareRefusal };

/** RFC 4648 §5 base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k += 1) out += ALPHABET[(n >> (18 - 6 * k)) & 63] ?? '';
  }
  return out;
}

/** Decodes unpadded base64url; undefined for any other character or an impossible length. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of text) {
    value = (value << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index] = (value >> bits) & 255;
      index += 1;
    }
  }
  // Leftover bits must be zero, or the text is not what an encoder produced.
  return (value & ((1 << bits) - 1)) === 0 ? bytes : undefined;
}

function isDrafts(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= MAX_DRAFTS &&
    entries.every(
      ([pointer, text]) =>
        pointer.startsWith('/') &&
        pointer.length <= MAX_DRAFT_LENGTH &&
        typeof text === 'string' &&
        text.length <= MAX_DRAFT_LENGTH,
    )
  );
}

/** Adler-32 of `bytes` (RFC 1950), which fflate writes but does not check when inflating. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * The fragment for a design: `#design=` + base64url(zlib(JSON)). Zlib is deflate plus a header
 * and an Adler-32 trailer, so a mangled link is refused instead of opening a different design.
 * The JSON is the compact design file; drafts ride along as a top-level `drafts` key, which
 * design readers ignore.
 * @example encodeShareFragment(createSeedDesign()).startsWith('#design=') // true
 */
export function encodeShareFragment(design: Design, drafts: Record<string, string> = {}): string {
  const value = JSON.parse(serializeDesign(design)) as Record<string, unknown>;
  if (Object.keys(drafts).length > 0) value.drafts = drafts;
  const bytes = zlibSync(new TextEncoder().encode(JSON.stringify(value)), { level: 9 });
  return `${SHARE_PREFIX}${toBase64Url(bytes)}`;
}

/* Streams the inflate in small steps so a bomb is stopped near the limit, not after it. */
function inflateBounded(data: Uint8Array): Uint8Array | 'damaged' | 'too-large' {
  const parts: Uint8Array[] = [];
  let size = 0;
  const inflater = new Unzlib((chunk) => {
    size += chunk.length;
    if (size <= MAX_INFLATED_SIZE) parts.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += INFLATE_CHUNK) {
      inflater.push(data.subarray(at, at + INFLATE_CHUNK), at + INFLATE_CHUNK >= data.length);
      if (size > MAX_INFLATED_SIZE) return 'too-large';
    }
    if (data.length === 0) return 'damaged';
  } catch {
    return size > MAX_INFLATED_SIZE ? 'too-large' : 'damaged';
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  const trailer = data.subarray(-4);
  const expected =
    (((trailer[0] ?? 0) << 24) |
      ((trailer[1] ?? 0) << 16) |
      ((trailer[2] ?? 0) << 8) |
      (trailer[3] ?? 0)) >>>
    0;
  return adler32(out) === expected ? out : 'damaged';
}

/**
 * Reads a fragment (with or without the leading `#design=`) back into a design, its drafts and
 * the structural findings, or says why it cannot be opened.
 */
export function decodeShareFragment(hash: string): ShareDecodeResult {
  const payload = isShareFragment(hash)
    ? hash.slice(SHARE_PREFIX.length)
    : hash.replace(/^design=/, '');
  if (hash.length > MAX_FRAGMENT_LENGTH) return { ok: false, reason: 'too-long' };
  const bytes = fromBase64Url(payload);
  if (!bytes) return { ok: false, reason: 'not-base64' };
  const inflated = inflateBounded(bytes);
  if (typeof inflated === 'string') return { ok: false, reason: inflated };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return { ok: false, reason: 'not-text' };
  }
  const parsed = parseDesign(text);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  if (!parsed.design) return { ok: false, reason: 'unusable' };
  const raw = (JSON.parse(text) as { drafts?: unknown }).drafts;
  return {
    ok: true,
    design: parsed.design,
    drafts: isDrafts(raw) ? raw : {},
    findings: parsed.findings,
  };
}
