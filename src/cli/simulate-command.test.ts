/**
 * `bondsmith simulate`: run in-process like main.test.ts, plus one spawn of bin/bondsmith.mjs.
 * Expected slaves follow src/sim/hash.test.ts (same packets) and the balance-rr rule (§3.5).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './main';

const FIXTURES = fileURLToPath(new URL('../sim/fixtures/', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/bondsmith.mjs', import.meta.url));

async function cli(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await run(['simulate', ...argv], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: FIXTURES,
    env: {},
  });
  return { status, stdout, stderr };
}

const json = (...slaves: string[][]) =>
  `${JSON.stringify({ packets: slaves.map((list) => ({ slaves: list })) })}\n`;

describe('bondsmith simulate', () => {
  it.each<[string, string[], string]>([
    // balance-rr over eth0..eth2: counter 1, 2, 3 → indexes 1, 2, 0.
    ['balance-rr', ['--bond', 'bond0'], json(['eth1'], ['eth2'], ['eth0'])],
    // eth1 down: index 1 walks on to eth2.
    [
      'balance-rr with a cut',
      ['--bond', 'bond0', '--down', 'eth1'],
      json(['eth2'], ['eth2'], ['eth0']),
    ],
    // RHEL5 post-increment: indexes 0, 1, 2.
    [
      'balance-rr on RHEL5',
      ['--bond', 'bond0', '--kernel', 'rhel5'],
      json(['eth0'], ['eth1'], ['eth2']),
    ],
    // layer3+4: 0x5cdc7c32 % 2 = 0. UDP to .2: PORTS 0x3500e914 ^ 0x01000000 = 0x3400e914 →
    // 0x3400dd14 → 0x3434ddc9 → >> 1 = 0x1a1a6ee4, even. ARP → layer2 0x8f8, even.
    ['balance-xor layer3+4', ['--bond', 'bond1'], json(['eth3'], ['eth3'], ['eth3'])],
    ['balance-xor, every slave cut', ['--bond', 'bond1', '--down', 'eth3,eth4'], json([], [], [])],
  ])('%s --json', async (_name, args, stdout) => {
    expect(await cli('lab.json', '--packets', 'packets.json', '--json', ...args)).toEqual({
      status: 0,
      stdout,
      stderr: '',
    });
  });

  it('prints a table with the reason of each packet', async () => {
    const result = await cli(
      'lab.json',
      '--bond',
      'bond0',
      '--packets',
      'packets.json',
      '--down',
      'eth1',
    );
    expect(result).toEqual({
      status: 0,
      stdout: [
        '#  slave(s)  reason',
        '1  eth2  round-robin: counter 1, id 1 % 3 slave(s) = index 1 (skipped eth1)',
        '2  eth2  round-robin: counter 2, id 2 % 3 slave(s) = index 2',
        '3  eth0  round-robin: counter 3, id 3 % 3 slave(s) = index 0',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it.each<[string, string[], number, string]>([
    [
      'unknown bond',
      ['lab.json', '--bond', 'bond7', '--packets', 'packets.json'],
      2,
      'The design has no bond "bond7".\n',
    ],
    [
      '--down not a slave',
      ['lab.json', '--bond', 'bond0', '--packets', 'packets.json', '--down', 'eth3'],
      2,
      '--down eth3 is not a slave of bond0.\n',
    ],
    [
      'bad MAC',
      ['lab.json', '--bond', 'bond0', '--packets', 'bad-mac.json'],
      2,
      'bad-mac.json is not a valid packet list: [1][src_mac]: not a MAC address\n',
    ],
    [
      'not an array',
      ['lab.json', '--bond', 'bond0', '--packets', 'not-array.json'],
      2,
      'not-array.json is not a valid packet list: Invalid input: expected array, received object\n',
    ],
    [
      'unknown key',
      ['lab.json', '--bond', 'bond0', '--packets', 'unknown-key.json'],
      2,
      'unknown-key.json is not a valid packet list: [0]: Unrecognized key: "colour"\n',
    ],
    [
      'one address only',
      ['lab.json', '--bond', 'bond0', '--packets', 'half-ip.json'],
      2,
      'half-ip.json is not a valid packet list: [0]: src_ip and dst_ip go together and must be of one family\n',
    ],
    [
      'missing packet file',
      ['lab.json', '--bond', 'bond0', '--packets', 'none.json'],
      2,
      'Cannot read none.json: no such file\n',
    ],
  ])('%s: exit %d', async (_name, args, status, stderr) => {
    expect(await cli(...args)).toEqual({ status, stdout: '', stderr });
  });

  it('refuses a design with errors (exit 1) and names them', async () => {
    const result = await cli(
      '../../cli/fixtures/errors.json',
      '--bond',
      'bond0',
      '--packets',
      'packets.json',
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error {2}\/bonds\/0\/options\/lacp_rate /);
    expect(result.stderr).toMatch(/\nNothing was simulated: the design has errors\.\n$/);
  });

  it.each<[string, string[], string]>([
    [
      'no --bond',
      ['lab.json', '--packets', 'packets.json'],
      'Give the bond to simulate with --bond NAME.',
    ],
    [
      'no --packets',
      ['lab.json', '--bond', 'bond0'],
      'Give the packet file with --packets FILE (a JSON array of packets).',
    ],
    [
      'bad --kernel',
      ['lab.json', '--bond', 'bond0', '--packets', 'packets.json', '--kernel', 'rhel6'],
      'Unknown kernel "rhel6": use current or rhel5.',
    ],
  ])('misuse: %s → exit 2 with usage', async (_name, args, message) => {
    const result = await cli(...args);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(result.stderr).toContain('bondsmith simulate DESIGN --bond NAME --packets FILE');
  });

  it('runs through bin/bondsmith.mjs', { timeout: 60_000 }, () => {
    const result = spawnSync(
      process.execPath,
      [BIN, 'simulate', 'lab.json', '--bond', 'bond0', '--packets', 'packets.json', '--json'],
      { cwd: FIXTURES, encoding: 'utf8', timeout: 55_000 },
    );
    expect([result.status, result.stdout, result.stderr]).toEqual([
      0,
      json(['eth1'], ['eth2'], ['eth0']),
      '',
    ]);
  });
});
