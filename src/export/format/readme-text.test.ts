import { describe, expect, it } from 'vitest';
import { seedDesign } from '../testing/designs';
import { renderReadme } from './readme';
import { README_LANGUAGES, README_TEXT, commented, readmeLanguage } from './readme-text';

// Terminal columns: CJK and full-width characters take two.
function columns(text: string): number {
  return [...text].reduce(
    (sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1),
    0,
  );
}

const OUTLINE = {
  title: 'test',
  files: [{ path: 'a', destination: '/a', what: 'x' }],
  backup: ['cp -a /a /b'],
  apply: [commented('cp a /a', '(note)')],
  check: [],
  rollback: ['cp -a /b /a'],
  notes: ['n'],
};

describe('README text tables', () => {
  it('defaults to English', () => {
    expect(readmeLanguage({})).toBe('en');
    expect(readmeLanguage({ language: 'zh-CN' })).toBe('zh-CN');
  });

  it.each(README_LANGUAGES)('%s: underlines are as wide as their headings', (language) => {
    const { bonds, notes } = README_TEXT[language];
    for (const [title, underline] of [bonds, notes]) {
      expect(underline).toBe('-'.repeat(columns(title)));
    }
    expect(columns(README_TEXT[language].files[1])).toBeGreaterThanOrEqual(
      columns(README_TEXT[language].files[0]),
    );
  });

  it('puts a remark six spaces after its command', () => {
    expect(commented('netplan apply', '（或重启）')).toBe('netplan apply      （或重启）');
  });

  it('writes the shared outline in Chinese with the same commands', () => {
    const text = renderReadme(seedDesign(), OUTLINE, {
      language: 'zh-CN',
      generatedAt: '2024-01-01',
    }).contents.split('\n');
    expect(text.slice(0, 9)).toEqual([
      'Bondsmith 配置包：test',
      '主机：x3650',
      '生成时间：2024-01-01',
      '',
      '绑定',
      '----',
      'bond0  active-backup（模式 1），从属接口 eth0 eth1',
      '       IPv4 192.168.1.3/24，网关 192.168.1.1，MTU 1500',
      '       选项：miimon=100',
    ]);
    expect(text).toEqual(
      expect.arrayContaining([
        '  cp -a /a /b',
        '  cp a /a      (note)',
        '    应看到以下各行（还会有其他行）：',
        '      Bonding Mode: fault-tolerance (active-backup)',
        '  bond0（active-backup）：eth0、eth1 所连的交换机端口：无需交换机配置：同一 VLAN 中的普通接入端口即可（可以分别接在两台交换机上）。',
      ]),
    );
  });

  it('refuses a line break in Chinese as in English', () => {
    expect(() =>
      renderReadme(seedDesign(), { ...OUTLINE, title: 'a\nb' }, { language: 'zh-CN' }),
    ).toThrow(/control character/);
  });
});
