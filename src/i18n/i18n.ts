/**
 * An i18next instance with every English text bundled, for the command line and the tests (the
 * app starts lighter: page-i18n.ts).
 */
import type { i18n } from 'i18next';
import { en } from './en';
import { createI18nWith, type Language } from './instance';

/** Creates an initialised i18next instance holding the whole English catalogue. */
export function createI18n(lng: Language = 'en'): i18n {
  return createI18nWith(en, lng);
}
