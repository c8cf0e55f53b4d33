// Refreshes docs/screenshot.png (the README's picture): the seed design with eth0 and eth1 in
// bond0, its address filled in and the bond panel open. Needs `npm run build` first.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const url = 'http://127.0.0.1:4175/';
const server = spawn('npx', ['vite', 'preview', '--port', '4175', '--strictPort'], {
  cwd: root,
  stdio: 'ignore',
});

const design = {
  version: 1,
  host: { name: 'x3650' },
  nics: ['eth0', 'eth1'].map((name) => ({
    name,
    model: 'Broadcom Corporation NetXtreme II BCM5708 Gigabit Ethernet',
    driver: 'bnx2',
    speed: 1000,
  })),
  bonds: [
    {
      name: 'bond0',
      mode: 'active-backup',
      slaves: ['eth0', 'eth1'],
      options: { miimon: 100, primary: 'eth0' },
      ipv4: { method: 'static', address: '192.168.1.3', prefix: 24, gateway: '192.168.1.1' },
      mtu: 1500,
    },
  ],
  layout: {},
};

try {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  for (let attempt = 0; ; attempt += 1) {
    try {
      await page.goto(url);
      break;
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  await page.evaluate(
    (state) => {
      localStorage.setItem('bondsmith:state', JSON.stringify(state));
    },
    { stateVersion: 1, design, drafts: {} },
  );
  await page.reload();
  await page.getByRole('group', { name: 'Bond bond0' }).click();
  await page.getByRole('region', { name: 'Bond bond0' }).waitFor();
  await page.screenshot({ path: resolve(root, 'docs/screenshot.png') });
  await browser.close();
} finally {
  server.kill();
}
