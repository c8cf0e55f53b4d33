/**
 * The runbook's strings (and the mode explanations its summary quotes) travel with the export
 * dialog's body and join the i18n instance, in both languages, when it first renders.
 */
import type { i18n } from 'i18next';
import { addLazyCatalogue } from '../../i18n/lazy-catalogue';
import { ensureBondPanelCatalogue } from '../../i18n/bond-panel-catalogue';
import { runbook } from '../../i18n/en/runbook';
import { runbook as zhRunbook } from '../../i18n/zh-CN/runbook';

/** Adds the `runbook`, `modes` and `options` namespaces to `instance` (once). */
export function ensureRunbookCatalogue(instance: i18n): void {
  ensureBondPanelCatalogue(instance);
  addLazyCatalogue(instance, { en: { runbook }, 'zh-CN': { runbook: zhRunbook } });
}
