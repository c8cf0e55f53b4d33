/**
 * Namespaces that travel in a feature's chunk (the lab, the import dialog, …) and join an i18n
 * instance when the feature first renders, in every language at once, so a later language switch
 * needs no more loading.
 */
import type { i18n } from 'i18next';
import type { Language } from './instance';

/**
 * Adds each given language's `namespaces` to `instance` unless its first namespace is there
 * already (later calls do nothing).
 * @example addLazyCatalogue(i18n, { en: { lab }, 'zh-CN': { lab: zhLab } })
 */
export function addLazyCatalogue(
  instance: i18n,
  namespaces: Partial<Record<Language, Record<string, object>>>,
): void {
  for (const [language, bundle] of Object.entries(namespaces)) {
    const first = Object.keys(bundle)[0];
    if (first === undefined || instance.getResource(language, 'translation', first) !== undefined) {
      continue;
    }
    instance.addResourceBundle(language, 'translation', bundle, true, false);
  }
}
