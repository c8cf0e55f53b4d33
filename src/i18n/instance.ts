/**
 * The i18next set-up shared by the app and the command line, so a finding reads the same
 * everywhere, without any catalogue: the app starts with its first-page texts (page-i18n.ts), the
 * command line and the tests with all of English (i18n.ts). Catalogues live in src/i18n/<lang>/.
 */
import i18next, { type i18n, type TFunction } from 'i18next';
import type { Finding } from '../model/types';

/** The app's languages; English is bundled, the others load on demand (load-language.ts). */
export const LANGUAGES = ['en', 'zh-CN'] as const;
/** One of LANGUAGES, as i18n.language holds it. */
export type Language = (typeof LANGUAGES)[number];

/** Creates an initialised i18next instance with `english` as its English texts (synchronous). */
export function createI18nWith(english: object, lng: Language = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: 'en',
    // A copy: i18next merges later namespaces into the objects it is given, and the catalogue
    // modules are shared by every instance (the app's, the command line's, the tests').
    resources: { en: { translation: structuredClone(english) } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** The human message for a finding, from its code and params. */
export function findingMessage(t: TFunction, finding: Finding): string {
  return t(`findings.${finding.code}`, { ...finding.params, defaultValue: finding.code });
}
