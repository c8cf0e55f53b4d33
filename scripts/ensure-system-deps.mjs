// Makes sure the Debian tools the tests drive are present: Chromium for Playwright, and the real
// validators that read exported files (shared/reference/validators.md). Installs them with apt-get
// when running as root, otherwise stops with the exact command to run. Playwright cannot download
// its own browser on our machines. ifupdown2 conflicts with ifupdown, so it is only unpacked.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Debian package → a file that proves it is installed. */
const PACKAGES = {
  chromium: '/usr/bin/chromium',
  shellcheck: '/usr/bin/shellcheck',
  kmod: '/usr/bin/kmod',
  dash: '/usr/bin/dash',
  unzip: '/usr/bin/unzip',
  'netplan.io': '/usr/sbin/netplan',
  'network-manager': '/usr/bin/nmcli',
  'python3-gi': '/usr/lib/python3/dist-packages/gi/__init__.py',
  'gir1.2-nm-1.0': '/usr/lib/x86_64-linux-gnu/girepository-1.0/NM-1.0.typelib',
  ifupdown: '/usr/sbin/ifquery',
  ifenslave: '/etc/network/if-pre-up.d/ifenslave',
  'util-linux': '/usr/bin/unshare',
  iproute2: '/usr/sbin/ip',
};
const IFUPDOWN2_ROOT = resolve(import.meta.dirname, '../node_modules/.cache/bondsmith/ifupdown2');

const missing = Object.entries(PACKAGES)
  .filter(([, file]) => !existsSync(file))
  .map(([pkg]) => pkg);
const needsIfupdown2 = !existsSync(join(IFUPDOWN2_ROOT, 'usr/share/ifupdown2/__main__.py'));
if (missing.length === 0 && !needsIfupdown2) process.exit(0);

const install = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
const unpack = `(cd /tmp && apt-get download ifupdown2 && dpkg -x ifupdown2_*.deb ${IFUPDOWN2_ROOT})`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error('The tests need Debian packages that are missing. Run, as root:');
  if (missing.length > 0) console.error(`  ${install}`);
  if (needsIfupdown2) console.error(`  ${unpack}`);
  process.exit(1);
}

const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const apt = (args, cwd) => execFileSync('apt-get', args, { stdio: 'inherit', env, cwd });
apt(['update', '-qq']);
if (missing.length > 0) {
  console.log(`Installing system packages: ${missing.join(', ')}`);
  apt(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
}
if (needsIfupdown2) {
  console.log(`Unpacking ifupdown2 into ${IFUPDOWN2_ROOT}`);
  const work = mkdtempSync(join(tmpdir(), 'ifupdown2-'));
  execFileSync('chmod', ['0777', work]); // apt-get download runs as _apt where it can
  apt(['download', '-qq', 'ifupdown2'], work);
  const deb = readdirSync(work).find((name) => name.endsWith('.deb'));
  mkdirSync(IFUPDOWN2_ROOT, { recursive: true });
  execFileSync('dpkg', ['-x', join(work, deb), IFUPDOWN2_ROOT], { stdio: 'inherit' });
  // Compiled once here: the tests run with PYTHONDONTWRITEBYTECODE and would recompile each time.
  execFileSync('/usr/bin/python3', ['-m', 'compileall', '-q', join(IFUPDOWN2_ROOT, 'usr/share')]);
  rmSync(work, { recursive: true, force: true });
}
