/** Saved app state: current, newer and corrupt states are told apart. */
import { describe, expect, it } from 'vitest';
import { createSeedDesign } from './defaults';
import { migrateSavedState } from './migrate';
import { SAVED_STATE_VERSION } from './saved-state';

const design = createSeedDesign();

describe('migrateSavedState', () => {
  it('reads the current version with drafts and export targets', () => {
    const raw = {
      stateVersion: 1,
      design,
      drafts: { '/bonds/0/options/miimon': 'abc' },
      exportTargets: ['rhel5'],
    };
    expect(migrateSavedState(JSON.parse(JSON.stringify(raw)))).toEqual({ ok: true, state: raw });
  });

  it('defaults missing drafts to none', () => {
    expect(migrateSavedState({ stateVersion: 1, design })).toEqual({
      ok: true,
      state: { stateVersion: 1, design, drafts: {} },
    });
  });

  it("keeps a design that has errors: they are the user's work in progress", () => {
    const broken = { ...design, bonds: [{ ...design.bonds[0], slaves: ['eth9'] }] };
    expect(migrateSavedState({ stateVersion: 1, design: broken, drafts: {} })).toMatchObject({
      ok: true,
    });
  });

  it('reports a newer state without touching it', () => {
    expect(migrateSavedState({ stateVersion: SAVED_STATE_VERSION + 1, design: 'future' })).toEqual({
      ok: false,
      reason: 'newer',
      detail: 'stateVersion 2 > 1',
    });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'state'],
    ['an array', []],
    ['no version', { design, drafts: {} }],
    ['version 0', { stateVersion: 0, design, drafts: {} }],
    ['version 1.5', { stateVersion: 1.5, design, drafts: {} }],
    ['version "1"', { stateVersion: '1', design, drafts: {} }],
    ['no design', { stateVersion: 1, drafts: {} }],
    [
      'a design with the wrong shape',
      { stateVersion: 1, design: { ...design, nics: 'eth0' }, drafts: {} },
    ],
    [
      'a design with unknown keys',
      { stateVersion: 1, design: { ...design, nics: [{ name: 'eth0', x: 1 }] } },
    ],
    ['drafts with numbers', { stateVersion: 1, design, drafts: { '/bonds/0/mtu': 1500 } }],
    ['export targets as text', { stateVersion: 1, design, drafts: {}, exportTargets: 'rhel5' }],
  ])('calls %s corrupt', (_title, raw) => {
    expect(migrateSavedState(raw)).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('keeps the writer stamp of a state saved by a tab', () => {
    const raw = { stateVersion: 1, design, drafts: {}, writer: { tab: 'a1b2', revision: 7 } };
    expect(migrateSavedState(raw)).toEqual({ ok: true, state: raw });
  });

  it('reads a state saved before tabs stamped their writes', () => {
    const result = migrateSavedState({ stateVersion: 1, design, drafts: {} });
    expect(result.ok && 'writer' in result.state).toBe(false);
  });

  it.each<[string, unknown]>([
    ['a string', 'tab-1'],
    ['no tab', { revision: 1 }],
    ['an empty tab', { tab: '', revision: 1 }],
    ['a numeric tab', { tab: 5, revision: 1 }],
    ['a 65-character tab', { tab: 'x'.repeat(65), revision: 1 }],
    ['revision 0', { tab: 'a', revision: 0 }],
    ['revision 1.5', { tab: 'a', revision: 1.5 }],
    ['revision "2"', { tab: 'a', revision: '2' }],
  ])('drops a writer stamp that is %s and keeps the design', (_title, writer) => {
    expect(migrateSavedState({ stateVersion: 1, design, drafts: {}, writer })).toEqual({
      ok: true,
      state: { stateVersion: 1, design, drafts: {} },
    });
  });
});
