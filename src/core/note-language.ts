// Which language a sticky note is written in, note by note: one board may mix languages.
import type { Language } from './model.ts';

// Function words each language has and the others lack: one of them on a note says its language.
const POLISH_WORDS: ReadonlySet<string> = new Set(
  'nie się jest są być był była było że czy dla oraz przez bardzo też już tylko jak ale brak'.split(' '),
);
const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  'the is was are were and to of not no for with too very at it my our we they did does'.split(' '),
);

/** What a note's text says of its language: Cyrillic letters → `'ru'`, Polish letters or words → `'pl'`, English words → `'en'`, else null. */
export function languageEvidence(text: string): Language | null {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  if (/[ąćęłńóśźż]/iu.test(text)) return 'pl';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.some((word) => POLISH_WORDS.has(word))) return 'pl';
  if (words.some((word) => ENGLISH_WORDS.has(word))) return 'en';
  return null;
}

/** The language of a note's text, `fallback` when the text does not say; e.g. `'Kurier nie przyszedl'` → `'pl'`. */
export function noteLanguage(text: string, fallback: Language = 'en'): Language {
  return languageEvidence(text) ?? fallback;
}

/** The language most notes that say theirs are written in (English on a tie or when none says), for the notes that do not say. */
export function boardLanguage(texts: readonly string[]): Language {
  const counts: Record<Language, number> = { en: 0, ru: 0, pl: 0 };
  for (const text of texts) {
    const language = languageEvidence(text);
    if (language) counts[language]++;
  }
  if (counts.ru > counts.en && counts.ru >= counts.pl) return 'ru';
  if (counts.pl > counts.en && counts.pl > counts.ru) return 'pl';
  return 'en';
}
