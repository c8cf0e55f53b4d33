/**
 * The Learn view's strings (in every language) and the mode explanations it tours travel in the
 * Learn chunk and join the i18n instance on first render, so the first page load does not carry
 * them.
 */
import type { i18n } from 'i18next';
import { addLazyCatalogue } from '../../i18n/lazy-catalogue';
import { ensureBondPanelCatalogue } from '../../i18n/bond-panel-catalogue';
import { learn } from '../../i18n/en/learn';
import { learn as zhLearn } from '../../i18n/zh-CN/learn';

/** Adds the `learn`, `modes` and `options` namespaces in English and Chinese (once). */
export function ensureLearnCatalogue(instance: i18n): void {
  ensureBondPanelCatalogue(instance);
  addLazyCatalogue(instance, { en: { learn }, 'zh-CN': { learn: zhLearn } });
}
