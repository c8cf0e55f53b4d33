/**
 * The UI slice: selection, the live-region notice, the remembered export targets and
 * jump-to-field requests from the findings list.
 */
import type { StateCreator } from 'zustand';
import type { AppState, UiSlice } from '../app-state';
import { pointerOwner } from '../draft-paths';

/** Export targets chosen when nothing is remembered. */
export const DEFAULT_EXPORT_TARGETS: readonly string[] = ['rhel5'];

/** Creates the UI slice. */
export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  selection: null,
  notice: null,
  exportTargets: [...DEFAULT_EXPORT_TARGETS],
  focusRequest: null,
  checks: null,
  select: (selection) => set({ selection }),
  setExportTargets: (ids) => set({ exportTargets: [...ids] }),
  requestFocus: (pointer) => {
    const { design, focusRequest, selection } = get();
    const owner = pointerOwner(pointer);
    const item =
      owner?.collection === 'nics' ? design.nics[owner.index] : design.bonds[owner?.index ?? -1];
    set({
      selection:
        owner && item
          ? { kind: owner.collection === 'nics' ? 'nic' : 'bond', name: item.name }
          : selection,
      focusRequest: { pointer, seq: (focusRequest?.seq ?? 0) + 1 },
    });
  },
  dismissNotice: () => set({ notice: null }),
  showNotice: (notice) => set({ notice }),
  setChecks: (checks) => set({ checks }),
});
