// `npm run bench`: builds Bondsmith and the floor (React + React Flow with two nodes, same Vite
// config) and prints the initial JS+CSS each page loads, gzip bytes, and the ratio. Figures only:
// nothing here fails on a number.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');

/** Builds one page with the project's Vite config and returns its output folder. */
async function buildPage(pageRoot, outDir) {
  await build({
    configFile: join(root, 'vite.config.ts'),
    root: pageRoot,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** Gzip bytes of the scripts, stylesheets and module preloads that index.html loads at start. */
function initialBytes(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]+href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]+rel="(?:stylesheet|modulepreload)"/g),
  ].map((m) => m[1]);
  const files = [...new Set(refs)].filter((r) => /\.(js|css)$/.test(r));
  return files.reduce((sum, ref) => {
    const bytes = readFileSync(join(outDir, ref.replace(/^\//, '')));
    return sum + gzipSync(bytes, { level: 9 }).length;
  }, 0);
}

const app = initialBytes(await buildPage(root, join(root, 'dist')));
const floor = initialBytes(await buildPage(join(root, 'bench/floor'), join(root, 'dist-floor')));
const ratio = app / floor;
console.log('initial JS+CSS, gzip bytes');
console.log(`  bondsmith  ${app}`);
console.log(`  floor      ${floor}`);
console.log(`  ratio      ${ratio.toFixed(3)} (budget 1.5)`);
