// The panel's own settings, remembered per browser: the language, the CSV separator, the colour map.
import { type ColourMap, LANGUAGES, type Language, SENTIMENTS, type Sentiment } from '../core/model.ts';
import { pickLanguage } from '../i18n/language.ts';

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

const COLOUR_MAP_KEY = 'touchpoint-tally.colours';

/** The colour map chosen earlier (which sticky colour means which sentiment), else the default. */
export function loadColourMap(fallback: ColourMap): ColourMap {
  const text = stored(COLOUR_MAP_KEY);
  if (!text) return fallback;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fallback;
    const entries = Object.entries(parsed).filter((entry): entry is [string, Sentiment] =>
      SENTIMENTS.some((sentiment) => sentiment === entry[1]),
    );
    return Object.fromEntries(entries);
  } catch {
    return fallback;
  }
}

/** Remembers the colour map. */
export function saveColourMap(colours: ColourMap): void {
  store(COLOUR_MAP_KEY, JSON.stringify(colours));
}
