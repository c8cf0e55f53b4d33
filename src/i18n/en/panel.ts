/** English strings of the bond panel and findings list. */
export const panel = {};
