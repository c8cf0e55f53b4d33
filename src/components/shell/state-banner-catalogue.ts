/**
 * The saved-state banner's strings (in every language) travel in the banner's chunk and join the
 * i18n instance when it first renders, instead of weighing on the first page load.
 */
import type { i18n } from 'i18next';
import { addLazyCatalogue } from '../../i18n/lazy-catalogue';
import { state } from '../../i18n/en/state';
import { state as zhState } from '../../i18n/zh-CN/state';

/** Adds the `state` namespace in English and Chinese (once; later calls do nothing). */
export function ensureStateCatalogue(instance: i18n): void {
  addLazyCatalogue(instance, { en: { state }, 'zh-CN': { state: zhState } });
}
