/** English names and descriptions of the export targets. */
export const targets = {};
