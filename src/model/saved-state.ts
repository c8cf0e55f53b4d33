/**
 * The shape and version of the app's saved state (design + drafts), apart from the migration so
 * that writing it needs no design schema (model/migrate.ts reads and upgrades it).
 */
import type { Design } from './types';

/** The version of the saved state this build writes. */
export const SAVED_STATE_VERSION = 1;

/** What the app persists between sessions. */
export interface SavedState {
  stateVersion: number;
  design: Design;
  /** JSON Pointer -> text typed into that field that does not parse yet. */
  drafts: Record<string, string>;
  /** Export targets last chosen, if the app stored them. */
  exportTargets?: string[];
  /** Who wrote this state (absent in states saved before tabs stamped their writes). */
  writer?: SaveStamp;
}

/**
 * The stamp a tab puts on each state it saves, so another tab sharing the storage can tell that
 * the state changed under it. Not a version bump: older builds ignore the field.
 */
export interface SaveStamp {
  /** The writing tab's random id. */
  tab: string;
  /** One more than the revision of the state it replaced. */
  revision: number;
}
