// Makes sure the Debian tools the tests drive are present: Chromium for Playwright, and the real
// validators that check exported files. Installs them with apt-get when running as root, otherwise
// stops with the exact command to run. Playwright cannot download its own browser on our machines.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian package → a file that proves it is installed. */
const PACKAGES = {
  chromium: '/usr/bin/chromium',
  shellcheck: '/usr/bin/shellcheck',
  kmod: '/usr/bin/kmod',
  dash: '/usr/bin/dash',
  unzip: '/usr/bin/unzip',
};

const missing = Object.entries(PACKAGES)
  .filter(([, file]) => !existsSync(file))
  .map(([pkg]) => pkg);

if (missing.length === 0) process.exit(0);

const line = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(`Missing system packages: ${missing.join(', ')}.\nInstall them with:\n  sudo ${line}`);
  process.exit(1);
}
console.log(`Installing system packages: ${missing.join(', ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
  stdio: 'inherit',
  env,
});
