/**
 * The command line speaks Chinese only under a Simplified Chinese locale (LC_ALL, else
 * LC_MESSAGES, else LANG), and English otherwise, findings included.
 */
import { describe, expect, it } from 'vitest';
import { cliLanguage, createCliI18n, findingLines } from './cli-io';

describe('cliLanguage', () => {
  it.each([
    [{}, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LANG: 'zh_SG.GB2312' }, 'zh-CN'],
    [{ LANG: 'zh_TW.UTF-8' }, 'en'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: '' }, 'zh-CN'],
  ] as const)('%j gives %s', (env, expected) => {
    expect(cliLanguage(env)).toBe(expected);
  });
});

describe('createCliI18n', () => {
  const finding = {
    severity: 'warning',
    code: 'bond-one-slave',
    path: '/bonds/0/slaves',
    params: { bond: 'bond0' },
  } as const;

  it('prints English under the C locale', () => {
    const { t } = createCliI18n({ LANG: 'C.UTF-8' });
    expect(t('cli.noFindings')).toBe('No errors or warnings.');
    expect(findingLines(t, [finding])).toEqual([
      'warning  /bonds/0/slaves  Bond bond0 has only one slave, so it survives no link failure. [bond-one-slave]',
    ]);
  });

  it('prints Chinese under zh_CN.UTF-8, codes and paths unchanged', () => {
    const { t } = createCliI18n({ LANG: 'zh_CN.UTF-8' });
    expect(t('cli.noFindings')).toBe('没有错误或警告。');
    expect(t('cli.written', { count: 3, out: 'out.zip' })).toBe('已将 3 个文件写入 out.zip。');
    expect(findingLines(t, [finding])).toEqual([
      'warning  /bonds/0/slaves  绑定 bond0 只有一个从属接口，任何一条链路故障都无法承受。 [bond-one-slave]',
    ]);
  });
});
