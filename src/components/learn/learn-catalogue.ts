/**
 * The Learn view's strings and the mode explanations it tours travel in the Learn chunk and
 * join the i18n instance on first render, so the first page load does not carry them.
 */
import type { i18n } from 'i18next';
import { ensureBondPanelCatalogue } from '../../i18n/bond-panel-catalogue';
import { learn } from '../../i18n/en/learn';

/** Adds the `learn`, `modes` and `options` namespaces to `instance` (once). */
export function ensureLearnCatalogue(instance: i18n): void {
  ensureBondPanelCatalogue(instance);
  if (instance.exists('learn.heading')) return;
  instance.addResourceBundle('en', 'translation', { learn }, true, false);
}
