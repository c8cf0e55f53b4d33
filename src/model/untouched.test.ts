/**
 * Tests of isUntouchedDesign: when the current design is nothing to lose.
 */
import { describe, expect, it } from 'vitest';
import { createSeedDesign } from './defaults';
import { attachNic } from './topology';
import type { Design } from './types';
import { isUntouchedDesign } from './untouched';

describe('isUntouchedDesign', () => {
  const empty: Design = { version: 1, nics: [], bonds: [] };
  const seedWithoutLayout = createSeedDesign();
  delete seedWithoutLayout.layout;
  it.each([
    ['the seed machine', createSeedDesign(), {}, true],
    ['the seed machine restored without layout', seedWithoutLayout, {}, true],
    ['an empty design', empty, {}, true],
    ['the seed with a draft', createSeedDesign(), { '/bonds/0/mtu': 'x' }, false],
    ['an edited seed', attachNic(createSeedDesign(), 'eth0', 'bond0'), {}, false],
    ['a renamed host', { ...createSeedDesign(), host: { name: 'web01' } }, {}, false],
  ])('%s → %s', (_name, design, drafts, expected) => {
    expect(isUntouchedDesign(design, drafts)).toBe(expected);
  });
});
