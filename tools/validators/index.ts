/**
 * The real tools that read our exported files, run offline on this machine (recipes from
 * shared/reference/validators.md). Each check returns the tool's complaints; an empty list means
 * the tool accepted the file. A missing tool throws with the install hint (npm test installs them).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const HERE = import.meta.dirname;
/** Where scripts/ensure-system-deps.mjs unpacks ifupdown2 (it conflicts with ifupdown). */
export const IFUPDOWN2_ROOT = resolve(HERE, '../../node_modules/.cache/bondsmith/ifupdown2');

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], input?: string): Run {
  const result = spawnSync(cmd, args, { encoding: 'utf8', input, timeout: 60_000 });
  if (result.error) {
    throw new Error(
      `${cmd} could not run (${result.error.message}); run scripts/ensure-system-deps.mjs`,
    );
  }
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** A fresh temporary directory for one check. */
export function tempDir(prefix = 'bondsmith-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** `bash -n` and `shellcheck -S warning` (and `dash -n` for POSIX sh scripts). */
export function checkShellScript(path: string): string[] {
  const problems: string[] = [];
  const posix = /^#!\s*\/bin\/sh\b/.test(readFileSync(path, 'utf8'));
  for (const [cmd, args] of [
    ['bash', ['-n', path]],
    ...(posix ? [['dash', ['-n', path]] as const] : []),
    ['shellcheck', ['-S', 'warning', '-f', 'gcc', path]],
  ] as const) {
    const result = run(cmd, [...args]);
    if (result.status !== 0) problems.push(`${cmd}: ${result.stdout}${result.stderr}`.trim());
  }
  return problems;
}

const IFCFG_LINE =
  /^[ \t]*(#.*)?$|^[A-Z][A-Z0-9_]*=("[^"\\$`]*"|'[^']*'|[A-Za-z0-9_./:@%+,=-]*)[ \t]*$/;

/** An ifcfg file: `bash -n` (parse, never source) plus the strict KEY=value line check. */
export function checkIfcfg(path: string): string[] {
  const problems: string[] = [];
  const syntax = run('bash', ['-n', path]);
  if (syntax.status !== 0) problems.push(`bash -n: ${syntax.stderr.trim()}`);
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index, all) => {
      if (index === all.length - 1 && line === '') return;
      if (!IFCFG_LINE.test(line))
        problems.push(`${path}:${index + 1}: not a KEY=value line: ${line}`);
    });
  return problems;
}

/** `modprobe -C FILE --showconfig`: it exits 0 on bad lines, so its stderr is the verdict. */
export function checkModprobeConf(path: string): string[] {
  if (!existsSync(path)) return [`${path}: missing`];
  return lines(run('modprobe', ['-C', path, '--showconfig']).stderr);
}

/**
 * `netplan generate --root-dir` over the YAML files given as {name: contents}; returns the
 * complaints and the folder holding what netplan generated (run/systemd/network,
 * run/NetworkManager/system-connections).
 */
export function netplanGenerate(files: Record<string, string>): {
  problems: string[];
  root: string;
} {
  const root = tempDir('bondsmith-netplan-');
  const dir = join(root, 'etc/netplan');
  run('mkdir', ['-p', dir]);
  for (const [name, contents] of Object.entries(files)) {
    writeFileSync(join(dir, name), contents, { mode: 0o600 });
  }
  const result = run('netplan', ['generate', '--root-dir', root]);
  const problems = result.status === 0 ? [] : lines(result.stderr);
  return { problems, root };
}

const NETWORKD_PARALLEL_RUNS = 8;
const NETWORKD_CANARY = 'zz-canary.network';
const NETWORKD_CANARY_COMPLAINT = new RegExp(`/${NETWORKD_CANARY}:\\d+: Unknown section 'Canary'`);

/**
 * Writes .netdev/.network files flat into a fresh folder networkd can read, plus a canary file
 * it must complain about, so a check that passes proves the folder was read.
 */
export function writeNetworkdDir(files: { path: string; contents: string }[]): string {
  const dir = tempDir('bondsmith-networkd-');
  // networkd drops to the systemd-network user: a 0700 mkdtemp folder would hide every file
  // from it and the check would pass without having read anything.
  chmodSync(dir, 0o755);
  for (const file of [
    ...files,
    { path: NETWORKD_CANARY, contents: '[Match]\nName=canary0\n\n[Canary]\n' },
  ]) {
    writeFileSync(join(dir, file.path.split('/').at(-1) ?? file.path), file.contents, {
      mode: 0o644,
    });
  }
  return dir;
}

function runNetworkd(dir: string, seconds: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(join(HERE, 'networkd-check.sh'), [dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NETWORKD_SECS: String(seconds) },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', () => done(lines(output)));
  });
}

/**
 * systemd-networkd's own parser over folders made by writeNetworkdDir, several at a time: its
 * complaints per folder, canary removed. A busy machine can stop networkd before it has parsed
 * anything, so a run without the canary's complaint is repeated with more time, then throws.
 */
export async function checkNetworkdDirs(dirs: readonly string[]): Promise<string[][]> {
  const results: string[][] = new Array<string[]>(dirs.length);
  const read = (output: string[]): boolean =>
    output.some((line) => NETWORKD_CANARY_COMPLAINT.test(line));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < dirs.length) {
      const index = next++;
      const dir = dirs[index] ?? '';
      let output = await runNetworkd(dir, 2);
      if (!read(output)) output = await runNetworkd(dir, 8);
      if (!read(output)) throw new Error(`networkd did not read ${dir}: ${output.join(' | ')}`);
      results[index] = output.filter((line) => !NETWORKD_CANARY_COMPLAINT.test(line));
    }
  };
  await Promise.all(Array.from({ length: NETWORKD_PARALLEL_RUNS }, worker));
  return results;
}

/** libnm's keyfile reader and verify() over .nmconnection files. */
export function checkNmKeyfiles(paths: string[]): string[] {
  const result = run('/usr/bin/python3', [join(HERE, 'nm-keyfile-check.py'), ...paths]);
  return lines(result.stdout).filter((line) => !line.endsWith(': OK'));
}

/** `nmcli --offline connection add ARGS…`: returns the keyfile it prints, or its complaint. */
export function nmcliOfflineAdd(args: string[]): { problems: string[]; keyfile: string } {
  const result = run('nmcli', ['--offline', 'connection', 'add', ...args]);
  return {
    problems: result.status === 0 ? [] : [`nmcli ${args.join(' ')}: ${result.stderr.trim()}`],
    keyfile: result.stdout,
  };
}

/**
 * An /etc/network/interfaces file: ifupdown's `ifquery --list` and `ifup -n -a` (structure,
 * required variables) and ifupdown2's `--syntax-check` (values).
 */
export function checkInterfaces(path: string): string[] {
  const problems: string[] = [];
  const list = run('ifquery', ['-i', path, '--list']);
  if (list.status !== 0) problems.push(`ifquery: ${list.stderr.trim()}`);
  const dry = run('ifup', ['-n', '-a', `--state-dir=${tempDir('bondsmith-ifstate-')}`, '-i', path]);
  if (dry.status !== 0) problems.push(`ifup -n: ${dry.stderr.trim()}`);
  if (!existsSync(IFUPDOWN2_ROOT))
    throw new Error(`ifupdown2 is not unpacked at ${IFUPDOWN2_ROOT}`);
  const syntax = run(join(HERE, 'ifupdown2-syntax-check.sh'), [IFUPDOWN2_ROOT, path, '-a']);
  if (syntax.status !== 0 || syntax.stdout.trim() !== '' || syntax.stderr.trim() !== '') {
    problems.push(`ifupdown2: ${syntax.stdout}${syntax.stderr}`.trim());
  }
  return problems;
}

/** Every file below `dir` (relative paths, sorted). */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
    )
    .sort();
}
