/**
 * The shape of the app store: the design being edited plus the view state around it.
 * Actions are domain verbs that delegate to src/model; see ui-contract.md.
 */
import type {
  BondMode,
  BondOptions,
  Design,
  Ipv4,
  Nic,
  OptionName,
  Position,
} from '../model/types';
import type { Checks } from './checks';

/** The node the side panel follows. Bonds and NICs are identified by name. */
export interface Selection {
  kind: 'nic' | 'bond';
  name: string;
}

/** A transient message for the polite live region: an i18n key and its params. */
export interface Notice {
  key: string;
  params?: Record<string, string | number>;
}

/** Ask the panel that owns `pointer` to focus its field; `seq` makes repeated requests distinct. */
export interface FocusRequest {
  pointer: string;
  seq: number;
}

/** Design state and the verbs that change it. */
export interface DesignSlice {
  design: Design;
  /** JSON Pointer → text the user typed that does not parse yet. */
  drafts: Record<string, string>;
  addBond: () => void;
  removeBond: (name: string) => void;
  addNic: (nic: Nic) => void;
  removeNic: (name: string) => void;
  renameNic: (oldName: string, newName: string) => void;
  renameBond: (oldName: string, newName: string) => void;
  updateNic: (name: string, patch: Partial<Omit<Nic, 'name'>>) => void;
  attachNic: (nic: string, bond: string) => void;
  detachNic: (nic: string) => void;
  setMode: (bond: string, mode: BondMode) => void;
  setOption: (bond: string, name: OptionName, value: BondOptions[OptionName] | undefined) => void;
  setIpv4: (bond: string, ipv4: Ipv4 | undefined) => void;
  setMtu: (bond: string, mtu: number | undefined) => void;
  setHostName: (name: string) => void;
  setDraft: (pointer: string, text: string | undefined) => void;
  moveNode: (key: string, pos: Position) => void;
  newDesign: () => void;
  /** A new document: nothing selected; `drafts` (default none) are the unparsed texts it comes with. */
  replaceDesign: (design: Design, drafts?: Record<string, string>) => void;
}

/** View state: selection, notices, remembered export choice, focus requests, loaded checks. */
export interface UiSlice {
  selection: Selection | null;
  notice: Notice | null;
  exportTargets: string[];
  focusRequest: FocusRequest | null;
  /** The model's checks once their chunk has loaded (store/checks.ts); null until then. */
  checks: Checks | null;
  select: (selection: Selection | null) => void;
  setExportTargets: (ids: string[]) => void;
  requestFocus: (pointer: string) => void;
  dismissNotice: () => void;
  /** Shows a notice; used by the shell (file open, persistence) as well as by actions. */
  showNotice: (notice: Notice) => void;
  setChecks: (checks: Checks) => void;
}

/** The whole store. */
export type AppState = DesignSlice & UiSlice;

/** The plain data part of the state, as `createAppStore(init)` accepts it. */
export type AppData = Pick<
  AppState,
  'design' | 'drafts' | 'selection' | 'notice' | 'exportTargets' | 'focusRequest'
>;
