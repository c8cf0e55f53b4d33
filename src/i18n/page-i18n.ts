/**
 * The app's i18next instance starts with the English texts the first page shows (the toolbar,
 * the canvas, the side panel, the export dialog's frame); the findings and the export targets
 * follow as their own chunk right after the first paint.
 */
import type { i18n } from 'i18next';
import { firstPageEnglish } from './first-page-english';
import { createI18nWith } from './instance';

/** The app's instance, in English, with the first page's texts. */
export function createPageI18n(): i18n {
  return createI18nWith(firstPageEnglish);
}

/** Adds the rest of the English first-page catalogue to `instance` (once). */
export async function ensureLaterCatalogue(instance: i18n): Promise<void> {
  const { addLaterEnglish } = await import('./later-english');
  addLaterEnglish(instance);
}
