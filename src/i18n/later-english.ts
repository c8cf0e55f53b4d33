/**
 * The English texts that join the first page right after it is painted (page-i18n.ts): the
 * findings and the export targets. The export dialog's body adds them itself as well, in case it
 * opens before that.
 */
import type { i18n } from 'i18next';
import { findings } from './en/findings';
import { exportFindings, targets } from './en/targets';
import { addLazyCatalogue } from './lazy-catalogue';

export const laterEnglish = {
  findings: { ...findings, ...exportFindings },
  targets,
};

/** Adds these texts to `instance` (once). */
export function addLaterEnglish(instance: i18n): void {
  addLazyCatalogue(instance, { en: laterEnglish });
}
