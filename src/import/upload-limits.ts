/**
 * How much one import may take in: the app checks these before reading any bytes, and the
 * archive reader while expanding. A tiny module, so the dialog does not pull in the parsers.
 */

/** Most files (or archive entries) and most bytes (given or expanded) one import reads. */
export const UPLOAD_LIMITS = {
  maxEntries: 2000,
  maxTotalBytes: 20 * 1024 * 1024,
} as const;
