/**
 * Undo history: every design action is one step, one event's changes group into one step,
 * view state is not history, the selection never points at a vanished node, autosave sees the
 * present state only.
 */
import { describe, expect, it } from 'vitest';
import { createSeedDesign } from '../model/defaults';
import type { AppState } from './app-state';
import { createAppStore, type AppStore } from './create-app-store';
import { HISTORY_LIMIT, redoDesign, selectCanRedo, selectCanUndo, undoDesign } from './history';
import { startAutosave } from './persistence';
import { STORAGE_KEY } from './saved-state-text';

/* Lets the microtask that closes an event's undo group run, as between two user events. */
const nextEvent = (): Promise<void> => Promise.resolve();

function slaves(store: AppStore, bond = 'bond0'): string[] | undefined {
  return store.getState().design.bonds.find((item) => item.name === bond)?.slaves;
}

const seedNic = createSeedDesign().nics[0];
if (!seedNic) throw new Error('the seed has NICs');

const ACTIONS: [string, (state: AppState) => void][] = [
  ['addBond', (s) => s.addBond()],
  ['removeBond', (s) => s.removeBond('bond0')],
  ['addNic', (s) => s.addNic({ ...seedNic, name: 'eth9' })],
  ['removeNic', (s) => s.removeNic('eth1')],
  ['renameNic', (s) => s.renameNic('eth0', 'lan0')],
  ['renameBond', (s) => s.renameBond('bond0', 'bond7')],
  ['updateNic', (s) => s.updateNic('eth0', { speed: 10000 })],
  ['attachNic', (s) => s.attachNic('eth0', 'bond0')],
  ['setMode', (s) => s.setMode('bond0', 'balance-rr')],
  ['setOption', (s) => s.setOption('bond0', 'miimon', 200)],
  ['setIpv4', (s) => s.setIpv4('bond0', { method: 'dhcp' })],
  ['setMtu', (s) => s.setMtu('bond0', 9000)],
  ['setHostName', (s) => s.setHostName('web01')],
  ['setDraft', (s) => s.setDraft('/bonds/0/mtu', '9k')],
  ['moveNode', (s) => s.moveNode('nic:eth0', { x: 5, y: 6 })],
  ['newDesign', (s) => s.newDesign()],
  ['replaceDesign', (s) => s.replaceDesign({ version: 1, nics: [], bonds: [] })],
];

describe('design history', () => {
  it.each(ACTIONS)('%s is one step that undo reverts and redo repeats', async (_name, act) => {
    const store = createAppStore();
    store.getState().attachNic('eth1', 'bond0');
    await nextEvent();
    const before = store.getState();
    act(store.getState());
    const after = store.getState();
    expect(after.design === before.design && after.drafts === before.drafts).toBe(false);
    expect(store.temporal.getState().pastStates).toHaveLength(2);

    undoDesign(store);
    expect(store.getState().design).toEqual(before.design);
    expect(store.getState().drafts).toEqual(before.drafts);
    expect(selectCanRedo(store.temporal.getState())).toBe(true);

    redoDesign(store);
    expect(store.getState().design).toEqual(after.design);
    expect(store.getState().drafts).toEqual(after.drafts);
    expect(selectCanRedo(store.temporal.getState())).toBe(false);
  });

  it('starts empty: restored data is not a step', () => {
    const store = createAppStore({ design: { version: 1, nics: [], bonds: [] } });
    expect(selectCanUndo(store.temporal.getState())).toBe(false);
    expect(selectCanRedo(store.temporal.getState())).toBe(false);
    undoDesign(store);
    expect(store.getState().design.nics).toEqual([]);
  });

  it('groups the changes of one event (a drag: move, attach, snap back) into one step', async () => {
    const store = createAppStore();
    const state = store.getState();
    state.moveNode('nic:eth0', { x: 400, y: 10 });
    state.attachNic('eth0', 'bond0');
    state.moveNode('nic:eth0', { x: 0, y: 0 });
    await nextEvent();
    store.getState().setMode('bond0', 'balance-xor');
    await nextEvent();
    expect(store.temporal.getState().pastStates).toHaveLength(2);

    undoDesign(store);
    expect(store.getState().design.bonds[0]?.mode).toBe('active-backup');
    expect(slaves(store)).toEqual(['eth0']);
    undoDesign(store);
    expect(slaves(store)).toEqual([]);
    expect(store.getState().design.layout).toEqual({});
  });

  it('keeps changes that leave the design as it was out of the history', async () => {
    const store = createAppStore();
    store.getState().detachNic('eth0');
    await nextEvent();
    store.getState().moveNode('nic:eth0', { x: 1, y: 1 });
    await nextEvent();
    store.getState().moveNode('nic:eth0', { x: 1, y: 1 });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('does not record view state: selection, notices, export targets', () => {
    const store = createAppStore();
    const state = store.getState();
    state.select({ kind: 'nic', name: 'eth0' });
    state.showNotice({ key: 'ui.notice.saved', params: { file: 'x' } });
    state.setExportTargets(['rhel7']);
    state.requestFocus('/host/name');
    expect(selectCanUndo(store.temporal.getState())).toBe(false);
  });

  it('a new change clears the redo steps', async () => {
    const store = createAppStore();
    store.getState().attachNic('eth0', 'bond0');
    await nextEvent();
    undoDesign(store);
    store.getState().attachNic('eth1', 'bond0');
    await nextEvent();
    expect(selectCanRedo(store.temporal.getState())).toBe(false);
    redoDesign(store);
    expect(slaves(store)).toEqual(['eth1']);
  });

  it(`forgets steps beyond ${HISTORY_LIMIT}`, async () => {
    const store = createAppStore();
    for (let n = 0; n <= HISTORY_LIMIT + 4; n += 1) {
      store.getState().setHostName(`host${n}`);
      await nextEvent();
    }
    expect(store.temporal.getState().pastStates).toHaveLength(HISTORY_LIMIT);
    for (let n = 0; n < HISTORY_LIMIT + 10; n += 1) undoDesign(store);
    expect(store.getState().design.host?.name).toBe('host4');
  });

  it.each([
    ['a bond that undo removes', { kind: 'bond', name: 'bond1' }, null],
    ['a NIC that undo renames back', { kind: 'nic', name: 'lan0' }, null],
    ['a node that still exists', { kind: 'nic', name: 'eth1' }, { kind: 'nic', name: 'eth1' }],
  ] as const)('after undo, drops a selection of %s', async (_name, selection, expected) => {
    const store = createAppStore();
    store.getState().addBond();
    store.getState().renameNic('eth0', 'lan0');
    await nextEvent();
    store.getState().select(selection);
    undoDesign(store);
    expect(store.getState().selection).toEqual(expected);
  });

  it('autosave writes the present state after undo and redo, never the history', async () => {
    const store = createAppStore();
    const saved = new Map<string, string>();
    startAutosave(store, {
      getItem: (key) => saved.get(key) ?? null,
      setItem: (key, value) => void saved.set(key, value),
    });
    const savedDesign = (): unknown =>
      (JSON.parse(saved.get(STORAGE_KEY) ?? 'null') as { design?: unknown } | null)?.design;
    store.getState().attachNic('eth0', 'bond0');
    await nextEvent();
    const attached = store.getState().design;
    expect(savedDesign()).toEqual(attached);
    undoDesign(store);
    expect(savedDesign()).toEqual(store.getState().design);
    expect(savedDesign()).not.toEqual(attached);
    expect(saved.get(STORAGE_KEY)).not.toContain('pastStates');
    redoDesign(store);
    expect(savedDesign()).toEqual(attached);
  });
});
