// The panel's own settings, remembered per browser: the language and the CSV separator.
import { LANGUAGES, type Language, pickLanguage } from '../i18n/language.ts';

const LANGUAGE_KEY = 'touchpoint-tally.language';

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage can be blocked in a third-party iframe: fall back to defaults
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // not remembered; the setting still applies to this session
  }
}

/** The language chosen earlier, else the browser's first language the app speaks. */
export function loadLanguage(): Language {
  const chosen = stored(LANGUAGE_KEY);
  return LANGUAGES.find((language) => language === chosen) ?? pickLanguage(navigator.languages ?? []);
}

/** Remembers the chosen language. */
export function saveLanguage(language: Language): void {
  store(LANGUAGE_KEY, language);
}

/** A remembered string setting with a default, e.g. the CSV delimiter. */
export function loadSetting<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  const value = stored(`touchpoint-tally.${key}`);
  return allowed.find((option) => option === value) ?? fallback;
}

/** Remembers a string setting. */
export function saveSetting(key: string, value: string): void {
  store(`touchpoint-tally.${key}`, value);
}
