/** English findings strings. */
export const findings = {};
