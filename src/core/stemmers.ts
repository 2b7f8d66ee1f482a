// The stemmers themes are found with, loaded only when themes are asked for: they are ~12 KB of
// code that neither counting nor the panel's first screen needs.
import type { Language } from './model.ts';

/** Reduces a lowercase word to its stem, e.g. English `'deliveries'` → `'deliveri'`. */
export type Stem = (word: string) => string;

/** One stemmer per language the app reads notes in. */
export type Stemmers = Readonly<Record<Language, Stem>>;

/** Loads the Snowball stemmers of @nlpjs for English, Russian and Polish. */
export async function loadStemmers(): Promise<Stemmers> {
  const [en, ru, pl] = await Promise.all([
    import('@nlpjs/lang-en-min/src/stemmer-en.js'),
    import('@nlpjs/lang-ru/src/stemmer-ru.js'),
    import('@nlpjs/lang-pl/src/stemmer-pl.js'),
  ]);
  const english = new en.default();
  const russian = new ru.default();
  const polish = new pl.default();
  return {
    en: (word) => english.stemWord(word),
    ru: (word) => russian.stemWord(word),
    pl: (word) => polish.stemWord(word),
  };
}
