/**
 * The iproute2 bundle's file names: the script that builds the bonds and the one that undoes it.
 */

/** Builds the bonds at runtime. */
export const UP_SCRIPT = 'bondsmith-up.sh';
/** Undoes UP_SCRIPT. */
export const DOWN_SCRIPT = 'bondsmith-down.sh';
