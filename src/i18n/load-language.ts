/**
 * Switches an i18n instance to a language, first fetching that language's first-page catalogue
 * as its own chunk: English is bundled, so Chinese never weighs on an English first page.
 */
import type { i18n } from 'i18next';
import type { Language } from './instance';

type Catalogue = Record<string, unknown>;

const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Catalogue>> = {
  'zh-CN': () => import('./zh-CN/index').then((module) => module.zhCN),
};

// The lazily loaded chunks (bond panel, lab, learn) add their own namespaces in every language,
// so a key of the first-page catalogue is what tells whether it is already there.
const PROBE_KEY = 'ui.appName';

/** Loads `lng`'s catalogue into `instance` (once) and makes it the current language. */
export async function ensureLanguage(instance: i18n, lng: Language): Promise<void> {
  if (lng !== 'en' && instance.getResource(lng, 'translation', PROBE_KEY) === undefined) {
    instance.addResourceBundle(lng, 'translation', await LOADERS[lng](), true, false);
  }
  await instance.changeLanguage(lng);
}
