/**
 * `npm run build:single`: the whole app in one HTML file (every chunk, stylesheet and the icon
 * inlined) for air-gapped workstations opening it from disk; its policy allows the inline code
 * by hash.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspPlugin } from './vite-csp-plugin.ts';

const ICON_HREF = 'href="/favicon.svg"';

/* From file:// the absolute /favicon.svg would not resolve: the icon goes in as a data: URL. */
function inlineFavicon(): Plugin {
  const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url));
  const url = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  return {
    name: 'bondsmith:inline-favicon',
    transformIndexHtml: (html) => {
      if (!html.includes(ICON_HREF)) throw new Error(`index.html has no ${ICON_HREF}`);
      return html.replace(ICON_HREF, () => `href="${url}"`);
    },
  };
}

/*
 * A worker is built as a file of its own and referenced as new URL(`name`, import.meta.url); from
 * disk it may not start anyway, so the single file leaves it out and the app does that work on the
 * main thread (see src/lib/import-client.ts). Anything else left beside the HTML stays, to be seen.
 */
function leaveOutWorkers(): Plugin {
  return {
    name: 'bondsmith:leave-out-workers',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        let html = '';
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && typeof file.source === 'string') html += file.source;
        }
        for (const name of Object.keys(bundle)) {
          if (name.endsWith('.js') && html.includes(`new URL(\`${name}\`,import.meta.url)`)) {
            delete bundle[name];
          }
        }
      },
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [
    react(),
    inlineFavicon(),
    viteSingleFile({ outputFileName: 'bondsmith.html' }),
    leaveOutWorkers(),
    cspPlugin({ hashInline: true }),
  ],
  publicDir: false,
  build: { outDir: 'dist-single', emptyOutDir: true },
});
