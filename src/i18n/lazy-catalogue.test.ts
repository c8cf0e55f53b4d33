/**
 * Tests of addLazyCatalogue: both languages join once, and one instance never sees another's.
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import { addLazyCatalogue } from './lazy-catalogue';

const bundles = { en: { demo: { hello: 'Hello' } }, 'zh-CN': { demo: { hello: '你好' } } };

describe('addLazyCatalogue', () => {
  it('adds every language, and a later call keeps what is there', () => {
    const instance = createI18n();
    addLazyCatalogue(instance, bundles);
    addLazyCatalogue(instance, {
      en: { demo: { hello: 'Hi' } },
      'zh-CN': { demo: { hello: '嗨' } },
    });
    expect(instance.getFixedT('en')('demo.hello')).toBe('Hello');
    expect(instance.getFixedT('zh-CN')('demo.hello')).toBe('你好');
  });

  it('leaves other instances alone', () => {
    addLazyCatalogue(createI18n(), bundles);
    const other = createI18n();
    expect(other.exists('demo.hello')).toBe(false);
    addLazyCatalogue(other, bundles);
    expect(other.getFixedT('zh-CN')('demo.hello')).toBe('你好');
  });
});
