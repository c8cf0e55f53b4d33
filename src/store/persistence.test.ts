/**
 * Save and restore through a fake Storage: round trip, corrupt state kept aside, newer state
 * left untouched.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore } from './create-app-store';
import {
  CORRUPT_KEY_PREFIX,
  loadSavedState,
  startAutosave,
  STORAGE_KEY,
  type StorageLike,
} from './persistence';

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe('persistence', () => {
  it('round-trips design, drafts and export targets', () => {
    const storage = new MemoryStorage();
    const store = createAppStore();
    startAutosave(store, storage);
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

  it('starts empty-handed but able to save when nothing was saved', () => {
    expect(loadSavedState(new MemoryStorage())).toEqual({ data: {}, canSave: true });
  });

  it.each([['{not json'], ['{"stateVersion":1,"design":42}']])(
    'copies corrupt state %s aside and says so',
    (text) => {
      const storage = new MemoryStorage();
      storage.setItem(STORAGE_KEY, text);
      storage.setItem(`${CORRUPT_KEY_PREFIX}1`, 'older corrupt copy');
      const loaded = loadSavedState(storage);
      expect(loaded).toEqual({
        data: {
          notice: { key: 'ui.notice.corruptState', params: { key: `${CORRUPT_KEY_PREFIX}2` } },
        },
        canSave: true,
      });
      expect(storage.getItem(`${CORRUPT_KEY_PREFIX}2`)).toBe(text);
      expect(storage.getItem(`${CORRUPT_KEY_PREFIX}1`)).toBe('older corrupt copy');
    },
  );

  it('leaves a newer saved state untouched and does not autosave over it', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ stateVersion: 999, design: {}, drafts: {} });
    storage.setItem(STORAGE_KEY, newer);
    const loaded = loadSavedState(storage);
    expect(loaded).toEqual({ data: { notice: { key: 'ui.notice.newerState' } }, canSave: false });
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
  });

  it('shows a notice once when writing fails', () => {
    const store = createAppStore();
    let writes = 0;
    startAutosave(store, {
      getItem: () => null,
      setItem: () => {
        writes += 1;
        throw new Error('quota');
      },
    });
    expect(store.getState().notice).toEqual({ key: 'ui.notice.saveFailed' });
    store.getState().dismissNotice();
    store.getState().addBond();
    expect(writes).toBe(2);
    expect(store.getState().notice).toBeNull();
  });
});
