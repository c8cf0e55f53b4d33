/**
 * The design slice: the design and the drafts typed against it. Every action delegates to
 * src/model/topology.ts; this file only keeps drafts and the selection consistent with it.
 */
import type { StateCreator } from 'zustand';
import { createSeedDesign } from '../../model/defaults';
import * as topology from '../../model/topology';
import type { Design } from '../../model/types';
import type { AppState, DesignSlice, Selection } from '../app-state';
import { dropDraftsUnder, removeIndexedDrafts } from '../draft-paths';

function bondIndex(design: Design, name: string): number {
  return design.bonds.findIndex((bond) => bond.name === name);
}

function nicIndex(design: Design, name: string): number {
  return design.nics.findIndex((nic) => nic.name === name);
}

function renamedSelection(
  selection: Selection | null,
  kind: Selection['kind'],
  oldName: string,
  newName: string,
): Selection | null {
  return selection?.kind === kind && selection.name === oldName
    ? { kind, name: newName }
    : selection;
}

function keptSelection(
  selection: Selection | null,
  kind: Selection['kind'],
  removed: string,
): Selection | null {
  return selection?.kind === kind && selection.name === removed ? null : selection;
}

/** Fresh-document state: nothing selected, nothing pending. */
function freshDocument(design: Design, drafts: Record<string, string> = {}): Partial<AppState> {
  return { design, drafts, selection: null, focusRequest: null };
}

/** Creates the design slice; `design` starts as the seed machine. */
export const createDesignSlice: StateCreator<AppState, [], [], DesignSlice> = (set, get) => {
  const update = (change: (design: Design) => Design): void =>
    set((state) => ({ design: change(state.design) }));

  return {
    design: createSeedDesign(),
    drafts: {},
    addBond: () => {
      const { design, name } = topology.addBond(get().design);
      set({ design, selection: { kind: 'bond', name } });
    },
    removeBond: (name) => {
      const state = get();
      const index = bondIndex(state.design, name);
      if (index < 0) return;
      set({
        design: topology.removeBond(state.design, name),
        drafts: removeIndexedDrafts(state.drafts, 'bonds', index),
        selection: keptSelection(state.selection, 'bond', name),
      });
    },
    addNic: (nic) => set((state) => ({ design: topology.addNic(state.design, nic) })),
    removeNic: (name) => {
      const state = get();
      const index = nicIndex(state.design, name);
      if (index < 0) return;
      set({
        design: topology.removeNic(state.design, name),
        drafts: removeIndexedDrafts(state.drafts, 'nics', index),
        selection: keptSelection(state.selection, 'nic', name),
      });
    },
    renameNic: (oldName, newName) => {
      const state = get();
      const index = nicIndex(state.design, oldName);
      if (index < 0) return;
      set({
        design: topology.renameNic(state.design, oldName, newName),
        drafts: dropDraftsUnder(state.drafts, `/nics/${index}/name`),
        selection: renamedSelection(state.selection, 'nic', oldName, newName),
      });
    },
    renameBond: (oldName, newName) => {
      const state = get();
      const index = bondIndex(state.design, oldName);
      if (index < 0) return;
      set({
        design: topology.renameBond(state.design, oldName, newName),
        drafts: dropDraftsUnder(state.drafts, `/bonds/${index}/name`),
        selection: renamedSelection(state.selection, 'bond', oldName, newName),
      });
    },
    updateNic: (name, patch) => update((design) => topology.updateNic(design, name, patch)),
    attachNic: (nic, bond) => update((design) => topology.attachNic(design, nic, bond)),
    detachNic: (nic) => update((design) => topology.detachNic(design, nic)),
    setMode: (bond, mode) => {
      const state = get();
      const index = bondIndex(state.design, bond);
      const { design, dropped } = topology.setMode(state.design, bond, mode);
      let drafts = state.drafts;
      for (const option of dropped) {
        drafts = dropDraftsUnder(drafts, `/bonds/${index}/options/${option}`);
      }
      set({
        design,
        drafts,
        notice:
          dropped.length > 0
            ? { key: 'ui.notice.optionsDropped', params: { options: dropped.join(', '), mode } }
            : state.notice,
      });
    },
    setOption: (bond, name, value) => {
      const state = get();
      const index = bondIndex(state.design, bond);
      set({
        design: topology.setOption(state.design, bond, name, value),
        drafts: dropDraftsUnder(state.drafts, `/bonds/${index}/options/${name}`),
      });
    },
    setIpv4: (bond, ipv4) => {
      const state = get();
      const index = bondIndex(state.design, bond);
      // Address drafts only mean something for static addressing; other methods have no fields.
      const drafts =
        ipv4?.method === 'static'
          ? state.drafts
          : dropDraftsUnder(state.drafts, `/bonds/${index}/ipv4`);
      set({ design: topology.setIpv4(state.design, bond, ipv4), drafts });
    },
    setMtu: (bond, mtu) => {
      const state = get();
      const index = bondIndex(state.design, bond);
      set({
        design: topology.setMtu(state.design, bond, mtu),
        drafts: dropDraftsUnder(state.drafts, `/bonds/${index}/mtu`),
      });
    },
    setHostName: (name) => update((design) => topology.setHostName(design, name)),
    setDraft: (pointer, text) =>
      set((state) => {
        if (text === undefined) return { drafts: dropDraftsUnder(state.drafts, pointer) };
        return { drafts: { ...state.drafts, [pointer]: text } };
      }),
    moveNode: (key, pos) => update((design) => topology.setLayout(design, key, pos)),
    newDesign: () => set(freshDocument(createSeedDesign())),
    replaceDesign: (design, drafts) => set(freshDocument(design, drafts)),
  };
};
