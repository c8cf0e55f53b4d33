/**
 * The lab's strings, with the mode titles and panel strings it reuses, travel in the Lab chunk
 * and join the i18n instance on first render instead of weighing on the first page load.
 */
import type { i18n } from 'i18next';
import { ensureBondPanelCatalogue } from '../../i18n/bond-panel-catalogue';
import { lab } from '../../i18n/en/lab';

/** Adds the `lab`, `modes` and `options` namespaces to `instance` (once). */
export function ensureLabCatalogue(instance: i18n): void {
  ensureBondPanelCatalogue(instance);
  if (instance.exists('lab.heading')) return;
  instance.addResourceBundle('en', 'translation', { lab }, true, false);
}
