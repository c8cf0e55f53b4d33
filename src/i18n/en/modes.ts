/** English modes strings. */
export const modes = {};
