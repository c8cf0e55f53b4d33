/**
 * The browser side of a download: bytes become a Blob behind a temporary object URL clicked
 * through an anchor. The only browser I/O of the export; file names are made safe here.
 */

/** MIME type of the bundle. */
export const ZIP_MIME_TYPE = 'application/zip';

/**
 * The bundle's file name for a host: characters other than letters, digits, '.', '_' and '-'
 * become '-', so the name is safe on every file system and in a shell.
 * @example bundleFileName('x3650') === 'bondsmith-x3650.zip'
 */
export function bundleFileName(host: string | undefined): string {
  const safe = (host ?? '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 64);
  return safe === '' ? 'bondsmith.zip' : `bondsmith-${safe}.zip`;
}

/** Offers `bytes` to the user as a download named `fileName`. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  /* Revoking in the same task can cancel the download in some browsers; the next task is safe. */
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
