/**
 * A seeded sample of fuzzed designs through the real tools (issue 7): 24 designs the model
 * accepts, hostile NIC model text included, each rendered for one target in turn (rotating over
 * all of them), written to a temporary folder and checked by the same tools/validators recipes
 * the target tests use. No tool may complain.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  checkIfcfg,
  checkInterfaces,
  checkModprobeConf,
  checkNetworkdDirs,
  checkNmKeyfiles,
  checkShellScript,
  netplanGenerate,
  nmcliOfflineAdd,
  tempDir,
  writeNetworkdDir,
} from '../../tools/validators/index';
import { buildBundle } from '../export/bundle';
import { nmProfiles } from '../export/targets/nm-keyfile/profiles';
import { EXPORT_TARGETS } from '../export/targets/index';
import { nmcliAddArgs } from '../export/targets/nmcli/commands';
import type { ExportFile } from '../export/types';
import type { Design } from '../model/types';
import { validateDesign } from '../model/validate';
import { acceptableDesignArbitrary } from './arbitraries';

/** The seed of the sample; change it (BONDSMITH_FUZZ_SEED) to try other designs. */
const SEED = Number(process.env.BONDSMITH_FUZZ_SEED ?? 20261127);
const SAMPLE_SIZE = 24;

// ifupdown2 and networkd start slowly on a busy machine.
const TOOL_TIMEOUT = 60_000;

interface Case {
  name: string;
  target: string;
  design: Design;
  files: ExportFile[];
}

/** 24 cases: the i-th takes the next sampled design that target i mod 10 accepts. */
function sampleCases(): Case[] {
  const designs = fc
    .sample(acceptableDesignArbitrary, { seed: SEED, numRuns: 2000 })
    .map((raw) => raw as unknown as Design)
    .filter((design) => validateDesign(design).valid !== undefined);
  const cases: Case[] = [];
  let next = 0;
  for (let i = 0; i < SAMPLE_SIZE && next < designs.length; i++) {
    const target = EXPORT_TARGETS[(i + SEED) % EXPORT_TARGETS.length]?.id ?? '';
    while (next < designs.length) {
      const design = designs[next++]!;
      const result = buildBundle(design, [target]);
      if (result.ok) {
        cases.push({ name: `${String(i)}-${target}`, target, design, files: result.files });
        break;
      }
    }
  }
  return cases;
}

const CASES = sampleCases();
const workDir = tempDir('bondsmith-fuzz-');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Writes a case's files with their modes; returns full paths by bundle path. */
function write(entry: Case): Map<string, string> {
  const written = new Map<string, string>();
  for (const file of entry.files) {
    const full = join(workDir, entry.name, file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, file.contents, { mode: file.mode });
    written.set(file.path, full);
  }
  return written;
}

// `ip link add type bond help` prints its usage on stderr and exits non-zero.
const BOND_HELP = spawnSync('ip', ['link', 'add', 'type', 'bond', 'help'], { encoding: 'utf8' });
const IP_KEYWORDS = new Set(
  [...`${BOND_HELP.stdout}${BOND_HELP.stderr}`.matchAll(/\[ ([a-z_0-9|]+) /g)].flatMap(
    (match) => match[1]?.split('|') ?? [],
  ),
);

function unknownIpKeywords(script: string): string[] {
  return [...script.matchAll(/^ip link add \S+ type bond (.*)$/gm)].flatMap((match) =>
    (match[1] ?? '').split(' ').filter((word, index) => index % 2 === 0 && !IP_KEYWORDS.has(word)),
  );
}

// nmcli separates options with commas, so the commas inside a list value are escaped.
function nmcliBondOptions(opts: string): string {
  return opts
    .split(' ')
    .map((word) => word.replaceAll(',', '\\,'))
    .join(',');
}

function yamlProblems(path: string, text: string): string[] {
  return (['1.1', '1.2'] as const).flatMap((version) => {
    try {
      parse(text, { version, strict: true, uniqueKeys: true });
      return [];
    } catch (error) {
      return [`${path} (YAML ${version}): ${String(error)}`];
    }
  });
}

/** Every complaint of the real tools about one case's files (networkd aside: it runs batched). */
function complaints(entry: Case): string[] {
  const written = write(entry);
  const problems: string[] = [];
  for (const file of entry.files) {
    const full = written.get(file.path) ?? '';
    const path = file.path;
    if (path.includes('/ifcfg-')) problems.push(...checkIfcfg(full));
    if (path.endsWith('/modprobe.conf')) problems.push(...checkModprobeConf(full));
    if (file.mode === 0o755 || path.endsWith('.sh')) problems.push(...checkShellScript(full));
    if (path.endsWith('/etc/network/interfaces')) problems.push(...checkInterfaces(full));
    if (/\.ya?ml$/.test(path)) problems.push(...yamlProblems(path, file.contents));
    if (path.startsWith('iproute2/') && path.endsWith('-up.sh')) {
      problems.push(...unknownIpKeywords(file.contents).map((word) => `ip: unknown ${word}`));
    }
    if (path.startsWith('netplan/') && path.endsWith('.yaml')) {
      problems.push(...netplanGenerate({ 'bondsmith.yaml': file.contents }).problems);
    }
    if (entry.target === 'rhel' && path.includes('/ifcfg-')) {
      const opts = /^BONDING_OPTS="([^"]*)"$/m.exec(file.contents)?.[1];
      if (opts !== undefined) {
        const args = ['type', 'bond', 'ifname', 'bond0', 'con-name', 'bond0'];
        problems.push(
          ...nmcliOfflineAdd([...args, 'bond.options', nmcliBondOptions(opts)]).problems,
        );
      }
    }
  }
  const keyfiles = [...written].filter(([path]) => path.endsWith('.nmconnection'));
  if (keyfiles.length > 0) problems.push(...checkNmKeyfiles(keyfiles.map(([, full]) => full)));
  if (entry.target === 'nmcli') {
    for (const profile of nmProfiles(entry.design)) {
      problems.push(...nmcliOfflineAdd(nmcliAddArgs(profile)).problems);
    }
  }
  return problems;
}

const networkdComplaints = new Map<string, string[]>();

beforeAll(async () => {
  const runs = CASES.filter((entry) => entry.target === 'networkd').map((entry) => ({
    name: entry.name,
    dir: writeNetworkdDir(
      entry.files
        .filter((file) => /\.(netdev|network)$/.test(file.path))
        .map((file) => ({ path: file.path, contents: file.contents })),
    ),
  }));
  const results = await checkNetworkdDirs(runs.map((run) => run.dir));
  runs.forEach((run, index) => networkdComplaints.set(run.name, results[index] ?? []));
}, TOOL_TIMEOUT);

describe(`fuzzed designs through the real tools (seed ${String(SEED)})`, () => {
  it('samples 24 accepted designs over every target', () => {
    expect(CASES).toHaveLength(SAMPLE_SIZE);
    expect(new Set(CASES.map((entry) => entry.target)).size).toBe(EXPORT_TARGETS.length);
  });

  it.each(CASES.map((entry) => [entry.name, entry] as const))(
    '%s: no tool complains',
    (_name, entry) => {
      expect(complaints(entry)).toEqual([]);
      expect(networkdComplaints.get(entry.name) ?? []).toEqual([]);
    },
    TOOL_TIMEOUT,
  );
});
