/**
 * Tests of the YAML pre-parse guard: flow nesting depth with quotes and comments skipped, and
 * the note for files past the limit.
 */
import { describe, expect, it } from 'vitest';
import { flowDepth, MAX_YAML_DEPTH, yamlGuard } from './yaml-guard';

describe('flowDepth', () => {
  it.each([
    { text: 'network:\n  version: 2\n', depth: 0 },
    { text: 'addresses: [192.168.1.3/24]\n', depth: 1 },
    { text: 'a: {b: [c, {d: [e]}]}\n', depth: 4 },
    { text: "a: '[[[['\n", depth: 0 },
    { text: 'a: "[[\\"[["\n', depth: 0 },
    { text: 'a: x # [[[[\n', depth: 0 },
    { text: "a: don't [x]\n", depth: 1 },
    { text: 'a: [x]]]]\n', depth: 1 },
  ])('$text → $depth', ({ text, depth }) => {
    expect(flowDepth(text)).toBe(depth);
  });
});

describe('yamlGuard', () => {
  it('accepts nesting up to the limit and refuses one level more', () => {
    const nested = (depth: number) => ({
      path: 'a.yaml',
      text: `x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`,
    });
    expect(yamlGuard(nested(MAX_YAML_DEPTH))).toBeUndefined();
    expect(yamlGuard(nested(MAX_YAML_DEPTH + 1))).toEqual({
      severity: 'error',
      code: 'yaml-too-deep',
      file: 'a.yaml',
      params: { depth: MAX_YAML_DEPTH + 1, max: MAX_YAML_DEPTH },
    });
  });
});
