// `npm run bench`: builds Bondsmith and the floor (React + React Flow with two nodes, same Vite
// config) and prints the initial JS+CSS each page loads, gzip bytes, and the ratio; then the
// simulator's packets per second and the Lab's frame interval with about 500 packets in flight
// (headless Chromium). Figures only: nothing here fails on a number.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import { chromium } from '@playwright/test';
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

/** Median packets per second of the simulator on a balance-xor layer3+4 bond, over 5 runs. */
async function simulatorRate() {
  const { createSimulator } = await tsImport('../src/sim/simulator.ts', import.meta.url);
  const bond = {
    mode: 'balance-xor',
    options: { miimon: 100, xmit_hash_policy: 'layer3+4' },
    mac: '00:1a:64:00:00:01',
    slaves: ['eth0', 'eth1'].map((name, index) => ({
      name,
      up: true,
      speed: 1000,
      mac: `00:1a:64:00:00:0${index + 1}`,
    })),
  };
  const packets = Array.from({ length: 100_000 }, (_, index) => ({
    src_mac: '00:1a:64:00:00:01',
    dst_mac: '00:00:5e:00:01:01',
    src_ip: '192.168.1.3',
    dst_ip: `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`,
    proto: 'tcp',
    src_port: 40000 + (index % 1000),
    dst_port: 443,
  }));
  const rates = [];
  for (let run = 0; run < 5; run += 1) {
    const simulator = createSimulator(bond, { kernel: 'current' });
    const start = performance.now();
    for (const packet of packets) simulator.send(packet);
    rates.push(packets.length / ((performance.now() - start) / 1000));
  }
  return rates.sort((a, b) => a - b)[2];
}

console.log(`simulator: ${Math.round(await simulatorRate()).toLocaleString('en')} packets/s`);

/** Starts `vite preview` of dist on a spare port; resolves once it answers. */
async function preview(port) {
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return server;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  server.kill();
  throw new Error('vite preview did not start');
}

/* global document, requestAnimationFrame -- labFrames' callback runs in the page */

/** The Lab playing 500 packets/s: frame intervals (ms) and packets in flight, over 4 s. */
async function labFrames() {
  const server = await preview(4176);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto('http://127.0.0.1:4176/');
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Lab' })
      .click();
    const setup = page.getByRole('group', { name: 'Lab setup' });
    await setup.getByRole('combobox', { name: 'Bond', exact: true }).selectOption({
      label: 'Scratch bond (eth0 + eth1)',
    });
    await setup
      .getByRole('combobox', { name: 'Packets per second', exact: true })
      .selectOption('500');
    await page
      .getByRole('group', { name: 'Playback' })
      .getByRole('button', { name: 'Play' })
      .click();
    return await page.evaluate(
      () =>
        new Promise((done) => {
          const frames = [];
          const inFlight = [];
          const start = performance.now();
          let last = start;
          const tick = (now) => {
            if (now - start > 2000) {
              frames.push(now - last);
              inFlight.push(document.querySelectorAll('circle.packet:not([style*="none"])').length);
            }
            last = now;
            if (now - start < 6000) requestAnimationFrame(tick);
            else done({ frames, inFlight });
          };
          requestAnimationFrame(tick);
        }),
    );
  } finally {
    await browser.close();
    server.kill();
  }
}

const quantile = (values, q) =>
  [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
const lab = await labFrames();
console.log(
  `lab at 500 packets/s: ${Math.round(quantile(lab.inFlight, 0.5))} packets in flight, frame interval median ${quantile(lab.frames, 0.5).toFixed(1)} ms, p95 ${quantile(lab.frames, 0.95).toFixed(1)} ms (budget one 60 Hz frame, 16.7 ms)`,
);
