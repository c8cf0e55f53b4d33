import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { expectedProcLines } from '../format/readme';
import { README_TEXT } from '../format/readme-text';
import { asValid, seedDesign, twoBondDesign } from '../testing/designs';
import { MATRIX } from '../testing/matrix';
import type { ExportContext } from '../types';
import { EXPORT_TARGETS } from './index';

// The commands a README tells the reader to type; a line starting with one of them is a command.
const COMMANDS = new Set([
  'ansible',
  'ansible-galaxy',
  'ansible-playbook',
  'apt-get',
  'bash',
  'cat',
  'cp',
  'ifconfig',
  'ifdown',
  'ifquery',
  'install',
  'ip',
  'mkdir',
  'netplan',
  'networkctl',
  'nmcli',
  'nmstatectl',
  'ping',
  'rm',
  'rmmod',
  'service',
  'systemctl',
  'vi',
]);
const REMARK = '      ';
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
// Words that only English prose has; none of them is a command, a path or a kernel value.
const ENGLISH_PROSE =
  /\b(the|and|of|to|with|from|for|then|this|that|its|is|are|be|only|when|by|into|as|or|not|each|every)\b/i;

const DESIGNS: [string, Design][] = [
  ['seed', seedDesign()],
  ['two-bonds', twoBondDesign()],
  ...MATRIX.filter((_, index) => index % 5 === 0).map((c): [string, Design] => [c.name, c.design]),
];
const CASES = EXPORT_TARGETS.flatMap((target) =>
  DESIGNS.filter(([, design]) => target.check(design).every((f) => f.severity !== 'error')).map(
    ([name, design]) => [target.id, name, design] as const,
  ),
);

function readme(targetId: string, design: Design, ctx?: ExportContext): string[] {
  const target = EXPORT_TARGETS.find((candidate) => candidate.id === targetId);
  const file = target?.render(asValid(design), ctx).find((f) => f.path === 'README.txt');
  return (file?.contents ?? '').split('\n');
}

/** The command a step line (indented) holds: the line without its remark, or what follows a label. */
function commandOf(line: string): string | undefined {
  if (!line.startsWith('  ')) return undefined;
  const bare = line.split(REMARK)[0] ?? '';
  const first = bare.trim().split(' ')[0] ?? '';
  if (COMMANDS.has(first)) return bare;
  const afterLabel = /: (\S+ .*)$/.exec(bare)?.[1];
  return afterLabel !== undefined && COMMANDS.has(afterLabel.split(' ')[0] ?? '')
    ? afterLabel
    : undefined;
}

describe('README language', () => {
  it('has cases for every target', () => {
    expect(new Set(CASES.map(([id]) => id)).size).toBe(EXPORT_TARGETS.length);
  });

  it.each(CASES)('%s/%s: language en is the default, byte for byte', (id, _, design) => {
    expect(readme(id, design, { language: 'en' })).toEqual(readme(id, design));
  });

  it.each(CASES)(
    '%s/%s: every command of the English README is in the Chinese one',
    (id, _, design) => {
      const zh = readme(id, design, { language: 'zh-CN' });
      const commands = readme(id, design).flatMap((line) => commandOf(line) ?? []);
      expect(commands.length).toBeGreaterThan(3);
      for (const command of commands) {
        expect(zh.find((line) => line.includes(command))).toBeDefined();
      }
      for (const line of design.bonds.flatMap(expectedProcLines)) {
        expect(zh).toContain(`      ${line}`);
      }
    },
  );

  it.each(CASES)('%s/%s: the Chinese README keeps no English heading or prose', (id, _, design) => {
    const en = README_TEXT.en;
    const headings = [en.backup, en.apply, en.check, en.switchConfig, en.rollback, ...en.files];
    const zh = readme(id, design, { language: 'zh-CN' });
    expect(
      zh.filter((line) => headings.includes(line) || ['Bonds', 'Notes'].includes(line)),
    ).toEqual([]);
    const commands = readme(id, design).flatMap((line) => commandOf(line) ?? []);
    const leftover = zh
      .map((line) => commands.reduce((rest, command) => rest.replace(command, ''), line))
      .map((line) => line.replace(/<[^>]*>|“[^”]*”/g, ''))
      .filter((line) => !CJK.test(line) && ENGLISH_PROSE.test(line));
    expect(leftover).toEqual([]);
    expect(zh.filter((line) => CJK.test(line)).length).toBeGreaterThan(10);
  });

  it.each(EXPORT_TARGETS.map((t) => t.id))(
    '%s: a Chinese README still refuses a line break',
    (id) => {
      const design = { ...seedDesign(), host: { name: 'x3650\nrm -rf /' } };
      expect(() => readme(id, design, { language: 'zh-CN' })).toThrow();
    },
  );
});
