/**
 * Reads a folder of expected output (src/export/targets/__expected__/<case>/) into a map of
 * relative path → contents and Unix mode, so tests compare rendered bundles file by file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file as found on disk. */
export interface FoundFile {
  contents: string;
  mode: number;
}

/** The folder holding the expected bundles, one sub-folder per case. */
export const EXPECTED_ROOT = fileURLToPath(
  new URL('../../export/targets/__expected__/', import.meta.url),
);

/** Every file under `root`, keyed by its '/'-separated path relative to `root`. */
export function readTree(root: string): Map<string, FoundFile> {
  const found = new Map<string, FoundFile>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) {
        walk(full);
      } else {
        const path = relative(root, full).split(sep).join('/');
        found.set(path, { contents: readFileSync(full, 'utf8'), mode: stat.mode & 0o777 });
      }
    }
  };
  walk(root);
  return found;
}

/**
 * The expected bundle of a case (e.g. 'seed'), paths starting with the target id. Git keeps only
 * the executable bit, so modes are read as 0755 or 0644 whatever the checkout's umask.
 */
export function readExpected(caseName: string): Map<string, FoundFile> {
  const tree = readTree(join(EXPECTED_ROOT, caseName));
  for (const file of tree.values()) {
    file.mode = file.mode & 0o100 ? 0o755 : 0o644;
  }
  return tree;
}
