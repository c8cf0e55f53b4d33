/**
 * The app's saved state (design + drafts) and its version: older states are upgraded step by
 * step through MIGRATIONS; a state from a newer app is reported, never altered; anything else
 * unreadable is "corrupt" so the caller can keep a copy instead of losing it.
 */
import { parseDesignValue } from './parse-design';
import { SAVED_STATE_VERSION, type SavedState, type SaveStamp } from './saved-state';

/** Upgrades a raw state of version N to version N+1. */
export type Migration = (state: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrade steps keyed by the version they upgrade from. Version 1 is the first, so none exist
 * yet; a change to SavedState adds `1: (s) => ({ ...s, stateVersion: 2, ... })` here.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** The result of reading a saved state. */
export type MigrateResult =
  { ok: true; state: SavedState } | { ok: false; reason: 'corrupt' | 'newer'; detail: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
}

/* The stamp is bookkeeping, not the user's work: an unreadable one is dropped, not fatal. */
function readStamp(value: unknown): SaveStamp | undefined {
  if (!isRecord(value)) return undefined;
  const { tab, revision } = value;
  if (typeof tab !== 'string' || tab === '' || tab.length > 64) return undefined;
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 1)
    return undefined;
  return { tab, revision };
}

function corrupt(detail: string): MigrateResult {
  return { ok: false, reason: 'corrupt', detail };
}

/** Reads a saved state of any version this build knows and brings it to SAVED_STATE_VERSION. */
export function migrateSavedState(raw: unknown): MigrateResult {
  if (!isRecord(raw)) return corrupt('not an object');
  const version = raw.stateVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return corrupt('no valid stateVersion');
  if (version > SAVED_STATE_VERSION) {
    return {
      ok: false,
      reason: 'newer',
      detail: `stateVersion ${version} > ${SAVED_STATE_VERSION}`,
    };
  }
  let state = raw;
  for (let from = version; from < SAVED_STATE_VERSION; from += 1) {
    const migration = MIGRATIONS[from];
    if (!migration) return corrupt(`no migration from stateVersion ${from}`);
    state = migration(state);
  }
  const parsed = parseDesignValue(state.design);
  if (!parsed.ok || !parsed.design || parsed.findings.length > 0)
    return corrupt('design unreadable');
  const drafts = state.drafts ?? {};
  if (!isStringRecord(drafts)) return corrupt('drafts unreadable');
  const targets = state.exportTargets;
  if (
    targets !== undefined &&
    !(Array.isArray(targets) && targets.every((t) => typeof t === 'string'))
  ) {
    return corrupt('exportTargets unreadable');
  }
  const writer = readStamp(state.writer);
  return {
    ok: true,
    state: {
      stateVersion: SAVED_STATE_VERSION,
      design: parsed.design,
      drafts,
      ...(targets ? { exportTargets: targets } : {}),
      ...(writer ? { writer } : {}),
    },
  };
}
