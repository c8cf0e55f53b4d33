/**
 * Tests of the shell tokeniser the script importers share: quoting, continuations, comments,
 * separators, redirections, keywords, functions and variables, each read without running.
 */
import { describe, expect, it } from 'vitest';
import type { ImportNote } from './types';
import { isHarmless, readScript } from './shell-words';

function args(text: string): string[][] {
  return readScript({ path: 's', text }, []).commands.map((command) => command.args);
}

describe('readScript', () => {
  it.each([
    ['plain words', 'ip link add bond0', [['ip', 'link', 'add', 'bond0']]],
    ['single quotes', 'echo \'a "b" $X\'', [['echo', 'a "b" $X']]],
    ['double quotes with escapes', 'echo "a \\"b\\" \\$X \\\\"', [['echo', 'a "b" $X \\']]],
    ['joined quoting', 'echo a\'b\'"c"d', [['echo', 'abcd']]],
    ['an empty word', "echo '' x", [['echo', '', 'x']]],
    ['a backslash-newline', 'ip link \\\n  add bond0', [['ip', 'link', 'add', 'bond0']]],
    [
      'comments',
      '# all\necho a # b\necho c#d',
      [
        ['echo', 'a'],
        ['echo', 'c#d'],
      ],
    ],
    ['separators', 'a; b && c || d | e & f', [['a'], ['b'], ['c'], ['d'], ['e'], ['f']]],
    [
      'keywords',
      'if a; then\n  b\nelif c; then d\nelse e\nfi',
      [['a'], ['b'], ['c'], ['d'], ['e']],
    ],
    ['loops', 'while a; do\n  b\ndone', [['a'], ['b']]],
    [
      'a function',
      'f() {\n  echo "$1"\n}\nf x',
      [
        ['echo', '$1'],
        ['f', 'x'],
      ],
    ],
    [
      'variables',
      'B=bond0\nexport M="active-backup"\nip $B ${M}',
      [['ip', 'bond0', 'active-backup']],
    ],
    ['an environment prefix', 'LANG=C nmcli c', [['nmcli', 'c']]],
    [
      'wrappers',
      'sudo ip link\ncommand nmcli c\ncommand -v ip',
      [
        ['ip', 'link'],
        ['nmcli', 'c'],
        ['command', '-v', 'ip'],
      ],
    ],
    [
      'redirections',
      'echo a >/dev/null 2>&1\necho b > /tmp/x',
      [
        ['echo', 'a'],
        ['echo', 'b'],
      ],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(args(text)).toEqual(expected);
  });

  it('keeps where each command starts and its text with continuations joined', () => {
    const script = readScript(
      { path: 's.sh', text: '\n\nip link \\\n   add bond0 ; echo $(id -u)\n' },
      [],
    );
    expect(script.commands).toEqual([
      {
        args: ['ip', 'link', 'add', 'bond0'],
        origin: { file: 's.sh', line: 3 },
        text: 'ip link add bond0',
        unresolved: false,
        redirects: [],
      },
      {
        args: ['echo', '$(id -u)'],
        origin: { file: 's.sh', line: 4 },
        text: 'echo $(id -u)',
        unresolved: true,
        redirects: [],
      },
    ]);
  });

  it.each([
    ['$1', 'echo $1'],
    ['an unknown variable', 'echo $NIC'],
    ['a variable set from an unknown one', 'A=$B\necho $A'],
    ['backticks', 'echo `hostname`'],
    ['${x:-y}', 'echo ${x:-y}'],
  ])('leaves %s unresolved', (_name, text) => {
    const commands = readScript({ path: 's', text }, []).commands;
    expect(commands.map((command) => command.unresolved)).toEqual([true]);
  });

  it('notes an unterminated quote', () => {
    const notes: ImportNote[] = [];
    readScript({ path: 's', text: "echo ok\necho 'open\n" }, notes);
    expect(notes).toEqual([
      {
        severity: 'warning',
        code: 'line-not-understood',
        file: 's',
        line: 2,
        params: { text: "'open" },
      },
    ]);
  });
});

describe('isHarmless', () => {
  it.each([
    ['set -euo pipefail', true],
    ['[ "$(id -u)" -eq 0 ]', true],
    ['echo hi >&2', true],
    ['f a b', true],
    ['echo +eth0 > /sys/class/net/bond0/bonding/slaves', false],
    ['ifenslave bond0 eth0', false],
  ])('%s: %s', (text, expected) => {
    const script = readScript({ path: 's', text: `f() {\n  true\n}\n${text}` }, []);
    const command = script.commands[script.commands.length - 1];
    expect(command !== undefined && isHarmless(command, script)).toBe(expected);
  });
});
