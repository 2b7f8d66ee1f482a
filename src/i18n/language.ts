// The app speaks the languages of the method's sources. Miro's own UI locales include neither
// Russian nor Polish, so the language is the app's own setting, defaulting from the browser.

import { LANGUAGES, type Language } from '../core/model.ts';

/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  ru: 'Русский',
  pl: 'Polski',
};

/** The first of the user's preferred languages the app speaks, else English; e.g. `['pl-PL', 'en']` → `'pl'`. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const found = LANGUAGES.find((language) => language === base);
    if (found) return found;
  }
  return 'en';
}

/** Words that change with a count, by plural category, e.g. `{ one: 'note', other: 'notes' }`. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The form of a word for a count in a language, e.g. `(ru, 5, {one: 'заметка', few: 'заметки', many: 'заметок', other: 'заметки'})` → `'заметок'`. */
export function plural(language: Language, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return forms[rules.select(count)] ?? forms.other;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** A count as the language writes it, e.g. `(en, 5003)` → `'5,003'`, `(ru, 5003)` → `'5 003'`. */
export function formatCount(language: Language, count: number): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    numberFormats.set(language, format);
  }
  // Never "−0": a zero is a zero whatever the sign of the sum that made it.
  return format.format(count === 0 ? 0 : count);
}
