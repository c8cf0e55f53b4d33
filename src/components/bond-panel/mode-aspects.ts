/**
 * The aspects every mode is explained by, in reading order; each is a key under
 * `modes.<modeKey>` in the catalogue and under `panel.mode.aspects` for its heading.
 */

/** Explanation aspects of a bonding mode. */
export const MODE_ASPECTS = [
  'summary',
  'transmit',
  'receive',
  'survives',
  'switch',
  'nic',
  'choose',
] as const;
