/**
 * Save and restore through a fake Storage: round trip, corrupt state kept aside, newer state left
 * untouched until the user replaces it, a full storage reported until a write succeeds, and two
 * tabs sharing one storage.
 */
import { describe, expect, it } from 'vitest';
import { createSeedDesign } from '../model/defaults';
import { createAppStore, type AppStore } from './create-app-store';
import { undoDesign } from './history';
import { loadSavedState, startAutosave, type StateGuard, type StorageLike } from './persistence';
import {
  CORRUPT_KEY_PREFIX,
  NEWER_KEY_PREFIX,
  savedStateText,
  STORAGE_KEY,
} from './saved-state-text';

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  writes = 0;
  /** Writes refused from now on, with this error name (undefined: writes succeed). */
  refuse: string | undefined;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refuse !== undefined) throw new DOMException('refused', this.refuse);
    this.writes += 1;
    this.items.set(key, value);
  }
}

/** A store restored from `storage` with autosave running as tab `tab`. */
function openTab(storage: MemoryStorage, tab: string): { store: AppStore; guard: StateGuard } {
  const loaded = loadSavedState(storage);
  const store = createAppStore(loaded.data);
  return { store, guard: startAutosave(store, storage, loaded, tab) };
}

/* Separates history steps: changes made in one task are one undo step. */
const nextTask = () => Promise.resolve();

function stored(storage: MemoryStorage): Record<string, unknown> {
  return JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as Record<string, unknown>;
}

const WRONG_TYPES = JSON.stringify({
  stateVersion: 1,
  design: { ...createSeedDesign(), nics: [{ name: 42 }] },
  drafts: {},
});

describe('persistence', () => {
  it('round-trips design, drafts and export targets', () => {
    const storage = new MemoryStorage();
    const { store } = openTab(storage, 'a');
    store.getState().attachNic('eth0', 'bond0');
    store.getState().setDraft('/bonds/0/mtu', '15oo');
    store.getState().setExportTargets(['rhel5', 'netplan']);

    const loaded = loadSavedState(storage);
    expect(loaded.canSave).toBe(true);
    const restored = createAppStore(loaded.data).getState();
    expect(restored.design).toEqual(store.getState().design);
    expect(restored.drafts).toEqual({ '/bonds/0/mtu': '15oo' });
    expect(restored.exportTargets).toEqual(['rhel5', 'netplan']);
  });

  it('with a scheduler, saves the changes made meanwhile in one write when it runs, or on flush', () => {
    const storage = new MemoryStorage();
    const loaded = loadSavedState(storage);
    const store = createAppStore(loaded.data);
    const due: (() => void)[] = [];
    const guard = startAutosave(store, storage, loaded, 'a', (save) => due.push(save));
    const first = storage.writes;
    store.getState().attachNic('eth0', 'bond0');
    store.getState().setDraft('/bonds/0/mtu', '15oo');
    expect([storage.writes, due.length]).toEqual([first, 1]);
    due.shift()?.();
    expect(storage.writes).toBe(first + 1);
    expect(loadSavedState(storage).data.drafts).toEqual({ '/bonds/0/mtu': '15oo' });

    store.getState().setExportTargets(['netplan']);
    guard.flush();
    expect(loadSavedState(storage).data.exportTargets).toEqual(['netplan']);
    due.shift()?.();
    expect(storage.writes).toBe(first + 2);

    store.getState().setExportTargets(['rhel5']);
    guard.stop();
    due.shift()?.();
    expect(loadSavedState(storage).data.exportTargets).toEqual(['netplan']);
  });

  it('stamps every write with the tab and a revision one above the one it replaced', () => {
    const storage = new MemoryStorage();
    const { store } = openTab(storage, 'a');
    expect(stored(storage).writer).toEqual({ tab: 'a', revision: 1 });
    store.getState().addBond();
    expect(stored(storage).writer).toEqual({ tab: 'a', revision: 2 });
    openTab(storage, 'b').store.getState().addBond();
    expect(stored(storage).writer).toEqual({ tab: 'b', revision: 3 });
  });

  it('loads a state saved without a stamp and does not rewrite it until something changes', () => {
    const storage = new MemoryStorage();
    const old = JSON.stringify({ stateVersion: 1, design: createSeedDesign(), drafts: {} });
    storage.setItem(STORAGE_KEY, old);
    const { store } = openTab(storage, 'a');
    expect(storage.getItem(STORAGE_KEY)).toBe(old);
    store.getState().addBond();
    expect(stored(storage).writer).toEqual({ tab: 'a', revision: 1 });
  });

  it('starts empty-handed but able to save when nothing was saved', () => {
    expect(loadSavedState(new MemoryStorage())).toEqual({ data: {}, canSave: true, text: null });
  });

  it('reports storage that cannot be read and does not save', () => {
    const storage: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
    };
    expect(loadSavedState(storage)).toEqual({
      data: { notice: { key: 'ui.notice.storageUnavailable' } },
      canSave: false,
      text: null,
    });
  });
});

describe('a corrupt saved state', () => {
  it.each([
    ['invalid JSON', '{not json'],
    ['JSON that is not a design', '["a", "list"]'],
    ['a design with wrong types', WRONG_TYPES],
  ])('(%s) is copied aside, named, and the seed is saved in its place', (_title, text) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, text);
    storage.setItem(`${CORRUPT_KEY_PREFIX}1`, 'older corrupt copy');
    const key = `${CORRUPT_KEY_PREFIX}2`;
    const loaded = loadSavedState(storage);
    expect(loaded).toEqual({
      data: { notice: { key: 'ui.notice.corruptState', params: { key } } },
      canSave: true,
      text,
      problem: { kind: 'corrupt', text, copiedTo: key },
    });
    expect(storage.getItem(key)).toBe(text);
    expect(storage.getItem(`${CORRUPT_KEY_PREFIX}1`)).toBe('older corrupt copy');

    const guard = startAutosave(createAppStore(loaded.data), storage, loaded, 'a');
    expect(stored(storage).design).toEqual(createSeedDesign());
    expect(guard.problems()).toEqual([{ kind: 'corrupt', text, copiedTo: key }]);
    guard.dismissCorrupt();
    expect(guard.problems()).toEqual([]);
    expect(storage.getItem(key)).toBe(text);
  });

  it('is left in place, and nothing is saved, when there is no room for a copy', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{not json');
    storage.refuse = 'QuotaExceededError';
    const loaded = loadSavedState(storage);
    expect(loaded).toEqual({
      data: {},
      canSave: false,
      text: '{not json',
      problem: { kind: 'corrupt', text: '{not json' },
    });
    storage.refuse = undefined;
    const store = createAppStore(loaded.data);
    startAutosave(store, storage, loaded, 'a');
    store.getState().addBond();
    expect(storage.getItem(STORAGE_KEY)).toBe('{not json');
  });
});

describe('a state saved by a newer version', () => {
  const newer = JSON.stringify({ stateVersion: 999, design: {}, drafts: {} });

  function openOverNewer() {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, newer);
    return { storage, ...openTab(storage, 'a') };
  }

  it('is reported with its version and left untouched however the design changes', () => {
    const { storage, store, guard } = openOverNewer();
    expect(loadSavedState(storage)).toEqual({
      data: {},
      canSave: false,
      text: newer,
      problem: { kind: 'newer', text: newer, version: 999, separate: false },
    });
    store.getState().addBond();
    guard.startSeparate();
    store.getState().addBond();
    expect(guard.problems()).toEqual([
      { kind: 'newer', text: newer, version: 999, separate: true },
    ]);
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
  });

  it('is copied aside when the user replaces it, and autosave resumes', () => {
    const { storage, store, guard } = openOverNewer();
    store.getState().addBond();
    expect(guard.replaceNewer()).toBe(true);
    expect(storage.getItem(`${NEWER_KEY_PREFIX}1`)).toBe(newer);
    expect(stored(storage).design).toEqual(store.getState().design);
    expect(guard.problems()).toEqual([]);
    expect(store.getState().notice).toEqual({
      key: 'state.replaced',
      params: { key: `${NEWER_KEY_PREFIX}1` },
    });
    store.getState().addBond();
    expect(stored(storage).design).toEqual(store.getState().design);
  });

  it('is not replaced when there is no room to copy it aside', () => {
    const { storage, guard } = openOverNewer();
    storage.refuse = 'QuotaExceededError';
    expect(guard.replaceNewer()).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
    expect(guard.problems()).toHaveLength(1);
  });
});

describe('a failing write', () => {
  it.each([
    ['QuotaExceededError', true],
    ['SecurityError', false],
  ])('(%s) is reported until a write succeeds, the design kept', (name, full) => {
    const storage = new MemoryStorage();
    const { store, guard } = openTab(storage, 'a');
    storage.refuse = name;
    store.getState().addBond();
    const design = store.getState().design;
    expect(guard.problems()).toEqual([{ kind: 'unsaved', full }]);
    expect(stored(storage).design).toEqual(createSeedDesign());

    store.getState().addBond();
    expect(guard.problems()).toEqual([{ kind: 'unsaved', full }]);
    expect(store.getState().design.bonds.map((b) => b.name)).toEqual([
      ...design.bonds.map((b) => b.name),
      'bond2',
    ]);

    storage.refuse = undefined;
    store.getState().setHostName('web01');
    expect(guard.problems()).toEqual([]);
    expect(stored(storage).design).toEqual(store.getState().design);
  });
});

describe('two tabs sharing the storage', () => {
  function twoTabs() {
    const storage = new MemoryStorage();
    const a = openTab(storage, 'a');
    const b = openTab(storage, 'b');
    /* What the browser does: tell the other tab about the write. */
    const tellB = () => b.guard.otherTabSaved(STORAGE_KEY, storage.getItem(STORAGE_KEY));
    return { storage, a, b, tellB };
  }

  it('quietly follows the other tab when this one has no changes of its own', () => {
    const { storage, a, b, tellB } = twoTabs();
    a.store.getState().attachNic('eth0', 'bond0');
    const writes = storage.writes;
    tellB();
    expect(b.store.getState().design).toEqual(a.store.getState().design);
    expect(b.guard.problems()).toEqual([]);
    expect(storage.writes).toBe(writes);

    b.store.getState().addBond();
    expect(stored(storage).writer).toEqual({ tab: 'b', revision: 3 });
  });

  it('ignores other keys and writes of the same design', () => {
    const { storage, a, b, tellB } = twoTabs();
    b.guard.otherTabSaved('bondsmith:language', 'zh-CN');
    b.guard.otherTabSaved(null, null);
    a.store.getState().addBond();
    a.store.getState().removeBond('bond1');
    tellB();
    expect(b.guard.problems()).toEqual([]);
    expect(stored(storage).writer).toEqual({ tab: 'a', revision: 3 });
  });

  it('asks instead of saving over a write it had not heard of', () => {
    const { storage, a, b, tellB } = twoTabs();
    a.store.getState().attachNic('eth0', 'bond0');
    const theirs = storage.getItem(STORAGE_KEY);
    b.store.getState().setHostName('mine');
    expect(storage.getItem(STORAGE_KEY)).toBe(theirs);
    expect(b.guard.problems()).toEqual([{ kind: 'conflict' }]);
    b.store.getState().addBond();
    tellB();
    expect(storage.getItem(STORAGE_KEY)).toBe(theirs);
    expect(b.guard.problems()).toEqual([{ kind: 'conflict' }]);
  });

  it('asks when the other tab saves while this one has unsaved changes', () => {
    const { storage, a, b, tellB } = twoTabs();
    storage.refuse = 'QuotaExceededError';
    b.store.getState().setHostName('mine');
    storage.refuse = undefined;
    a.store.getState().addBond();
    tellB();
    expect(b.guard.problems()).toEqual([{ kind: 'unsaved', full: true }, { kind: 'conflict' }]);
    expect(b.store.getState().design.host?.name).toBe('mine');
  });

  it('"Load theirs" replaces this design in one undoable step', async () => {
    const { storage, a, b } = twoTabs();
    a.store.getState().attachNic('eth0', 'bond0');
    await nextTask();
    b.store.getState().setHostName('mine');
    const mine = b.store.getState().design;
    await nextTask();
    b.guard.loadTheirs();
    expect(b.store.getState().design).toEqual(a.store.getState().design);
    expect(b.guard.problems()).toEqual([]);
    expect(b.store.getState().notice).toEqual({ key: 'state.loadedTheirs' });
    expect(stored(storage).writer).toEqual({ tab: 'a', revision: 2 });

    await nextTask();
    undoDesign(b.store);
    expect(b.store.getState().design).toEqual(mine);
    expect(stored(storage).design).toEqual(mine);
  });

  it('"Keep mine" saves this design over theirs on the next change', () => {
    const { storage, a, b } = twoTabs();
    a.store.getState().attachNic('eth0', 'bond0');
    const theirs = storage.getItem(STORAGE_KEY);
    b.store.getState().setHostName('mine');
    b.guard.keepMine();
    expect(b.guard.problems()).toEqual([]);
    expect(b.store.getState().notice).toEqual({ key: 'state.keptMine' });
    expect(storage.getItem(STORAGE_KEY)).toBe(theirs);

    b.store.getState().addBond();
    expect(stored(storage)).toMatchObject({
      design: b.store.getState().design,
      writer: { tab: 'b', revision: 3 },
    });
  });

  it('pauses when the other tab runs a newer version', () => {
    const { storage, b } = twoTabs();
    const newer = JSON.stringify({ stateVersion: 2, design: {} });
    storage.setItem(STORAGE_KEY, newer);
    b.guard.otherTabSaved(STORAGE_KEY, newer);
    b.store.getState().addBond();
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
    expect(b.guard.problems()).toEqual([
      { kind: 'newer', text: newer, version: 2, separate: false },
    ]);
  });

  it('writes the text savedStateText gives, stamp last', () => {
    const storage = new MemoryStorage();
    const { store } = openTab(storage, 'a');
    expect(storage.getItem(STORAGE_KEY)).toBe(
      savedStateText(store.getState(), { tab: 'a', revision: 1 }),
    );
  });
});
