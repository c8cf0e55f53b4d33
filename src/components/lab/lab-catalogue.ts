/**
 * The lab's strings (in every language), with the mode titles and panel strings it reuses,
 * travel in the Lab chunk and join the i18n instance on first render instead of weighing on the
 * first page load.
 */
import type { i18n } from 'i18next';
import { addLazyCatalogue } from '../../i18n/lazy-catalogue';
import { ensureBondPanelCatalogue } from '../../i18n/bond-panel-catalogue';
import { lab } from '../../i18n/en/lab';
import { lab as zhLab } from '../../i18n/zh-CN/lab';

/** Adds the `lab`, `modes` and `options` namespaces in English and Chinese (once). */
export function ensureLabCatalogue(instance: i18n): void {
  ensureBondPanelCatalogue(instance);
  addLazyCatalogue(instance, { en: { lab }, 'zh-CN': { lab: zhLab } });
}
