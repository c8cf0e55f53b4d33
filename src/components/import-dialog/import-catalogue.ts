/**
 * The import dialog's strings (in every language) travel in the dialog's chunk and join the
 * i18n instance when it first renders, instead of weighing on the first page load.
 */
import type { i18n } from 'i18next';
import { addLazyCatalogue } from '../../i18n/lazy-catalogue';
import { importText } from '../../i18n/en/import';
import { importText as zhImportText } from '../../i18n/zh-CN/import';

/** Adds the `import` namespace in English and Chinese (once). */
export function ensureImportCatalogue(instance: i18n): void {
  addLazyCatalogue(instance, { en: { import: importText }, 'zh-CN': { import: zhImportText } });
}
