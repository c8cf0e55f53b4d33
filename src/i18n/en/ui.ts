/** English ui strings. */
export const ui = {};
