/**
 * The share strings (in every language) travel in the share chunk and join the i18n instance
 * the first time a link is copied or opened, so the first page load does not carry them.
 */
import type { i18n } from 'i18next';
import { addLazyCatalogue } from '../../i18n/lazy-catalogue';
import { share } from '../../i18n/en/share';
import { share as zhShare } from '../../i18n/zh-CN/share';

/** Adds the `share` namespace in English and Chinese (once). */
export function ensureShareCatalogue(instance: i18n): void {
  addLazyCatalogue(instance, { en: { share }, 'zh-CN': { share: zhShare } });
}
