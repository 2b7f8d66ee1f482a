// Which language a sticky note is written in, note by note: one board may mix languages.
import { LANGUAGES, type Language } from './model.ts';

/** What says a note is in a language: letters only it uses, function words it has and the others lack. */
interface Evidence {
  readonly letters: RegExp | null;
  readonly words: ReadonlySet<string>;
}

const wordSet = (words: string): ReadonlySet<string> => new Set(words === '' ? [] : words.split(' '));

// Each language's evidence, the most telling first: every language's letters are looked for before
// any language's words, each pass in this order.
const EVIDENCE: Readonly<Record<Language, Evidence>> = {
  ru: { letters: /\p{Script=Cyrillic}/u, words: wordSet('') },
  pl: {
    letters: /[ąćęłńóśźż]/iu,
    words: wordSet(
      'nie się jest są być był była było że czy dla oraz przez bardzo też już tylko jak ale brak',
    ),
  },
  en: {
    letters: null,
    words: wordSet('the is was are were and to of not no for with too very at it my our we they did does'),
  },
};
const EVIDENCE_ORDER = Object.keys(EVIDENCE) as Language[];

/** What a note's text says of its language: Cyrillic letters → `'ru'`, Polish letters or words → `'pl'`, English words → `'en'`, else null. */
export function languageEvidence(text: string): Language | null {
  const byLetters = EVIDENCE_ORDER.find((language) => EVIDENCE[language].letters?.test(text));
  if (byLetters) return byLetters;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return EVIDENCE_ORDER.find((language) => words.some((word) => EVIDENCE[language].words.has(word))) ?? null;
}

/** The language of a note's text, `fallback` when the text does not say; e.g. `'Kurier nie przyszedl'` → `'pl'`. */
export function noteLanguage(text: string, fallback: Language = 'en'): Language {
  return languageEvidence(text) ?? fallback;
}

/** The language most notes that say theirs are written in (ties to the language first in `LANGUAGES`, so English when none says), for the notes that do not say. */
export function boardLanguage(texts: readonly string[]): Language {
  return mostSaid(texts.map(languageEvidence));
}

/** The language said most often in a list of `languageEvidence` answers, as `boardLanguage` picks it. */
export function mostSaid(said: readonly (Language | null)[]): Language {
  const counts = new Map<Language, number>();
  for (const language of said) {
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  let most: Language = LANGUAGES[0];
  for (const language of LANGUAGES) {
    if ((counts.get(language) ?? 0) > (counts.get(most) ?? 0)) most = language;
  }
  return most;
}
