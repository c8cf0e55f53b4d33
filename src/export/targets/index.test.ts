/** The registry lists every target once, under its own id, in TARGET_IDS order. */
import { describe, expect, it } from 'vitest';
import { TARGET_IDS } from '../target-ids';
import { EXPORT_TARGETS, findTarget } from './index';

describe('EXPORT_TARGETS', () => {
  it('holds each target of TARGET_IDS under its own id, in that order', () => {
    expect(EXPORT_TARGETS.map((target) => target.id)).toEqual([...TARGET_IDS]);
  });

  it.each(TARGET_IDS)('findTarget(%s) gives the target with that id', (id) => {
    expect(findTarget(id)?.id).toBe(id);
  });

  it('findTarget of an unknown id gives undefined', () => {
    expect(findTarget('rhel4')).toBeUndefined();
  });
});
