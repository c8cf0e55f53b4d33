/**
 * The mode explanations and option help are the largest part of the catalogue and only the bond
 * panel shows them, so they travel (in every language) in the bond panel's chunk and join the
 * i18n instance when the panel first renders, instead of weighing on the first page load.
 */
import type { i18n } from 'i18next';
import { addLazyCatalogue } from './lazy-catalogue';
import { modes } from './en/modes';
import { options } from './en/options';
import { modes as zhModes } from './zh-CN/modes';
import { options as zhOptions } from './zh-CN/options';

/** Adds the `modes` and `options` namespaces in English and Chinese (once; later calls do nothing). */
export function ensureBondPanelCatalogue(instance: i18n): void {
  addLazyCatalogue(instance, {
    en: { modes, options },
    'zh-CN': { modes: zhModes, options: zhOptions },
  });
}
