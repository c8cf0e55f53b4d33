/**
 * Which language the page opens in: the visitor's remembered choice, else the browser's
 * preference (any Simplified Chinese tag gives zh-CN), else English.
 */
import { LANGUAGES, type Language } from './instance';

/** The localStorage key of the remembered language choice. */
export const LANGUAGE_STORAGE_KEY = 'bondsmith:lang';

// Tags whose script is Simplified Chinese, written or implied (zh-SG uses Simplified too).
// Traditional Chinese (zh-TW, zh-HK, zh-Hant) is not offered a Simplified text.
const SIMPLIFIED_CHINESE = /^zh(-(cn|sg|hans)(-.*)?)?$/;

/** Whether `value` names a language the app has. */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The app language an i18n `language` stands for: itself if the app has it, else English. */
export function appLanguage(value: string): Language {
  return isLanguage(value) ? value : 'en';
}

/**
 * The app's language for one BCP 47 tag (also POSIX `zh_CN.UTF-8` locale names), or undefined
 * when the app does not speak it. Example: `languageOfTag('zh-Hans-CN')` is 'zh-CN'.
 */
export function languageOfTag(tag: string): Language | undefined {
  const normalised = tag.split(/[.@]/)[0]?.replace(/_/g, '-').toLowerCase() ?? '';
  if (SIMPLIFIED_CHINESE.test(normalised)) return 'zh-CN';
  if (normalised === 'en' || normalised.startsWith('en-')) return 'en';
  return undefined;
}

/**
 * The language to open in: a valid stored choice wins, then the first of the browser's
 * preferred languages the app speaks, then English.
 */
export function initialLanguage(
  stored: string | null,
  navigatorLanguages: readonly string[],
): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of navigatorLanguages) {
    const language = languageOfTag(tag);
    if (language !== undefined) return language;
  }
  return 'en';
}

/** The slice of Web Storage the language choice needs (window.localStorage in the browser). */
export interface LanguageStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * The remembered choice, or null when there is none or storage is blocked. `storage` is a
 * getter because merely reading window.localStorage throws when the browser blocks storage.
 */
export function readStoredLanguage(storage: () => LanguageStorage): string | null {
  try {
    return storage().getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers the choice; a browser that blocks storage simply forgets it. */
export function storeLanguage(storage: () => LanguageStorage, language: Language): void {
  try {
    storage().setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Blocked or full storage: the language still applies to this visit.
  }
}
