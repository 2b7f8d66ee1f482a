// The team's own words (docs/scoring.md "The team's own words"): their names for stages and
// zones, labels that are no region, and their colour map. Read from a board file's `words`, a
// `--words` file or (in the panel) the board's storage; validated here, once, and normalised the
// way labels are, so matching a label against them costs no more than against the built-in words.
import { type ColourMap, DEFAULT_COLOUR_MAP, SENTIMENTS, type Sentiment, STICKY_COLOURS } from './model.ts';
import type { StoredFormat } from './stored-format.ts';

/** One of the team's word lists, e.g. `'before'` for their names of stages before the purchase. */
export type WordList = 'ignore' | 'before' | 'during' | 'after' | 'positive' | 'neutral' | 'negative';

/** The lists in precedence order: a label naming words of several lists takes the first one's meaning. */
export const WORD_LISTS: readonly WordList[] = [
  'ignore',
  'before',
  'during',
  'after',
  'positive',
  'neutral',
  'negative',
];

/**
 * A team's words, normalised (lowercased, step number removed, whitespace collapsed, trimmed) and
 * without repeats; e.g. `{ lists: { before: ['discover'], ignore: ['parking lot'], ... }, colours: { yellow: 'neutral' } }`.
 * `colours` is null when the team gave no colour map (the default one applies).
 */
export interface TeamWords {
  readonly lists: Readonly<Record<WordList, readonly string[]>>;
  readonly colours: ColourMap | null;
}

/** No words of the team's own: a board is read with the built-in words and the default colours. */
export const NO_TEAM_WORDS: TeamWords = Object.freeze({
  lists: Object.freeze({
    ignore: [],
    before: [],
    during: [],
    after: [],
    positive: [],
    neutral: [],
    negative: [],
  }),
  colours: null,
});

/** The result of reading a `words` value: the words, or one sentence saying what is wrong with it. */
export type TeamWordsReading =
  | { readonly kind: 'words'; readonly words: TeamWords }
  | { readonly kind: 'invalid'; readonly message: string };

const STEP_NUMBER = /^[0-9]+[.)]\s+/;
const COLOUR_NAMES: ReadonlySet<string> = new Set(STICKY_COLOURS);
const SENTIMENT_NAMES: ReadonlySet<string> = new Set(SENTIMENTS);

/** A word as a label is normalised; e.g. `' 1.  Buy   online '` → `'buy online'`. */
export function normaliseWord(word: string): string {
  return word.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase().replace(STEP_NUMBER, '');
}

/**
 * Validates and normalises a `words` value; `where` names it in the message (`'"words"'` in a
 * board file). Keys other than the seven lists and `colours` are left alone; a word that
 * normalises to nothing names nothing and is dropped.
 * Example: `readTeamWords({ before: ['Discover'] }, '"words"')` → `{ kind: 'words', words: { lists: { before: ['discover'], ... }, colours: null } }`.
 */
export function readTeamWords(value: unknown, where: string): TeamWordsReading {
  const invalid = (message: string): TeamWordsReading => ({ kind: 'invalid', message });
  if (!isObject(value)) {
    return invalid(`${where} must be an object of word lists, e.g. { "before": ["Discover"] }.`);
  }
  const lists = {} as Record<WordList, readonly string[]>;
  for (const list of WORD_LISTS) {
    const words = Object.hasOwn(value, list) ? value[list] : [];
    if (!Array.isArray(words) || !words.every((word) => typeof word === 'string')) {
      return invalid(`${where}: "${list}" must be a list of strings, e.g. ["Discover"].`);
    }
    lists[list] = distinctWords(words);
  }
  if (!Object.hasOwn(value, 'colours')) return { kind: 'words', words: { lists, colours: null } };
  const given = value.colours;
  if (!isObject(given)) {
    return invalid(
      `${where}: "colours" must be an object of colour: sentiment, e.g. { "yellow": "neutral" }.`,
    );
  }
  const colours: Record<string, Sentiment> = {};
  for (const [colour, sentiment] of Object.entries(given)) {
    if (!COLOUR_NAMES.has(colour)) {
      return invalid(
        `${where}: "colours" names ${JSON.stringify(colour)}, which is not a sticky note colour (${STICKY_COLOURS.join(', ')}).`,
      );
    }
    if (typeof sentiment !== 'string' || !SENTIMENT_NAMES.has(sentiment)) {
      return invalid(
        `${where}: "colours" gives ${colour} ${JSON.stringify(sentiment)}, which is not a sentiment (positive, neutral or negative).`,
      );
    }
    colours[colour] = sentiment as Sentiment;
  }
  return { kind: 'words', words: { lists, colours } };
}

/**
 * The words of a board file combined with those of a `--words` file: each list the union of
 * both, and the second's colours, when it gives any, in place of the first's.
 * Example: `combineTeamWords({ before: ['discover'] }, { before: ['explore'] })` → before `['discover', 'explore']`.
 */
export function combineTeamWords(board: TeamWords, added: TeamWords): TeamWords {
  const lists = {} as Record<WordList, readonly string[]>;
  for (const list of WORD_LISTS) lists[list] = [...new Set([...board.lists[list], ...added.lists[list]])];
  return { lists, colours: added.colours ?? board.colours };
}

/** The colour map in force: the one given on the command line, else the team's, else the default. */
export function coloursInForce(words: TeamWords, given: ColourMap | null = null): ColourMap {
  return given ?? words.colours ?? DEFAULT_COLOUR_MAP;
}

/** Whether the team gave any word or colour at all. */
export function hasTeamWords(words: TeamWords): boolean {
  return words.colours !== null || WORD_LISTS.some((list) => words.lists[list].length > 0);
}

function distinctWords(words: readonly string[]): readonly string[] {
  const seen = new Set<string>();
  for (const word of words) {
    const normalised = normaliseWord(word);
    if (normalised !== '') seen.add(normalised);
  }
  return [...seen];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The team's words as a `words` object of the contract, lists that are empty left out; e.g. `{ before: ['discover'], colours: { yellow: 'neutral' } }`. */
export function teamWordsJson(words: TeamWords): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const list of WORD_LISTS) if (words.lists[list].length > 0) json[list] = [...words.lists[list]];
  if (words.colours !== null) json.colours = { ...words.colours };
  return json;
}

/** The words with one more word in a list, e.g. `withWord(words, 'before', 'Awareness')`: a label named by it takes the list's meaning. */
export function withWord(words: TeamWords, list: WordList, word: string): TeamWords {
  const normalised = normaliseWord(word);
  if (normalised === '' || words.lists[list].includes(normalised)) return words;
  return { ...words, lists: { ...words.lists, [list]: [...words.lists[list], normalised] } };
}

/** The words with `colour` meaning `sentiment` in the team's colour map, which starts from `current` (the map in force) when the team had none. */
export function withColour(
  words: TeamWords,
  colour: string,
  sentiment: Sentiment,
  current: ColourMap,
): TeamWords {
  return { ...words, colours: { ...(words.colours ?? current), [colour]: sentiment } };
}

/**
 * The board's words in board storage: version 1 holds the contract's `words` object
 * (`teamWordsJson`), so what the panel stores, a board file carries and `--words` reads are one shape.
 */
export const BOARD_WORDS_FORMAT: StoredFormat<TeamWords, { words: Record<string, unknown> }> = {
  name: 'board words',
  version: 1,
  migrations: {},
  parse: (record) => {
    const reading = readTeamWords(record.words, 'The stored words');
    return reading.kind === 'words' ? reading.words : null;
  },
  write: (words) => ({ words: teamWordsJson(words) }),
};
