/**
 * The first language of a visit: the remembered choice, else the browser's preference (any
 * Simplified Chinese tag gives zh-CN), else English; and the language of a POSIX locale name.
 */
import { describe, expect, it } from 'vitest';
import {
  appLanguage,
  initialLanguage,
  languageOfTag,
  LANGUAGE_STORAGE_KEY,
  readStoredLanguage,
  storeLanguage,
  type LanguageStorage,
} from './language';

describe('initialLanguage', () => {
  it.each([
    [null, [], 'en'],
    [null, ['en-US', 'en'], 'en'],
    [null, ['zh-CN', 'zh'], 'zh-CN'],
    [null, ['zh'], 'zh-CN'],
    [null, ['zh-Hans'], 'zh-CN'],
    [null, ['zh-Hans-CN'], 'zh-CN'],
    [null, ['zh-SG'], 'zh-CN'],
    [null, ['ZH-cn'], 'zh-CN'],
    [null, ['zh-TW'], 'en'],
    [null, ['zh-HK'], 'en'],
    [null, ['zh-Hant'], 'en'],
    [null, ['fr-FR', 'zh-CN'], 'zh-CN'],
    [null, ['en-GB', 'zh-CN'], 'en'],
    [null, ['zh-TW', 'zh-CN'], 'zh-CN'],
    [null, ['de'], 'en'],
    ['en', ['zh-CN'], 'en'],
    ['zh-CN', ['en-US'], 'zh-CN'],
    ['zh', ['en-US'], 'en'],
    ['fr', ['zh-CN'], 'zh-CN'],
    ['', ['en'], 'en'],
  ] as const)('stored %j with browser %j opens in %s', (stored, languages, expected) => {
    expect(initialLanguage(stored, languages)).toBe(expected);
  });
});

describe('languageOfTag', () => {
  it.each([
    ['zh_CN.UTF-8', 'zh-CN'],
    ['zh_CN.GB18030', 'zh-CN'],
    ['zh_SG', 'zh-CN'],
    ['zh_CN.UTF-8@pinyin', 'zh-CN'],
    ['zh_TW.UTF-8', undefined],
    ['zhx', undefined],
    ['en_US.UTF-8', 'en'],
    ['C.UTF-8', undefined],
    ['POSIX', undefined],
    ['', undefined],
  ] as const)('%j is %s', (tag, expected) => {
    expect(languageOfTag(tag)).toBe(expected);
  });
});

describe('the remembered choice', () => {
  function memoryStorage(): LanguageStorage & { items: Map<string, string> } {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
    };
  }
  const blocked = (): LanguageStorage => {
    throw new Error('SecurityError');
  };

  it('is stored under bondsmith:lang and read back', () => {
    const storage = memoryStorage();
    storeLanguage(() => storage, 'zh-CN');
    expect(LANGUAGE_STORAGE_KEY).toBe('bondsmith:lang');
    expect(storage.items.get('bondsmith:lang')).toBe('zh-CN');
    expect(readStoredLanguage(() => storage)).toBe('zh-CN');
  });

  it('is null, and storing is a no-op, when the browser blocks storage', () => {
    expect(readStoredLanguage(blocked)).toBeNull();
    expect(() => storeLanguage(blocked, 'en')).not.toThrow();
  });
});

describe('appLanguage', () => {
  it.each([
    ['en', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'en'],
    ['cimode', 'en'],
  ])('%s → %s', (value, expected) => {
    expect(appLanguage(value)).toBe(expected);
  });
});
