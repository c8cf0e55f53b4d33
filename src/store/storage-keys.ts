/**
 * The localStorage keys of the saved state, apart from the persistence code so that start-up can
 * tell whether there is anything to restore before loading that code.
 */

/** Where the app keeps its state. */
export const STORAGE_KEY = 'bondsmith:state';
/** Prefix of the keys corrupt saved states are copied to, followed by 1, 2, … */
export const CORRUPT_KEY_PREFIX = 'bondsmith:state:corrupt:';
/** Prefix of the keys a newer build's state is copied to before this build replaces it. */
export const NEWER_KEY_PREFIX = 'bondsmith:state:newer:';
