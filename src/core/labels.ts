// How a label (a frame title, a shape's text, a tag's title) names a phase or a sentiment, and how
// a marker at the start of a note names its sentiment: docs/scoring.md "Text and labels" and
// "The team's own words", word for word.
import type { Phase, Sentiment } from './model.ts';
import { NO_TEAM_WORDS, type TeamWords, WORD_LISTS, type WordList } from './team-words.ts';

/** The words that name each phase, in English, Russian and Polish: the phase names, then the journey stage names (docs/scoring.md). */
export const PHASE_WORDS: Readonly<Record<Phase, readonly string[]>> = {
  before: [
    'before purchase',
    'pre-purchase',
    'pre purchase',
    'before',
    'до покупки',
    'перед покупкой',
    'przed zakupem',
    // Stage names.
    'awareness',
    'discovery',
    'consideration',
    'evaluation',
    'осведомлённость',
    'осведомленность',
    'знакомство',
    'рассмотрение',
    'świadomość',
    'odkrywanie',
    'rozważanie',
  ],
  during: [
    'during purchase',
    'purchase',
    'during',
    'во время покупки',
    'покупка',
    'w trakcie zakupu',
    'podczas zakupu',
    'zakup',
    // Stage names.
    'decision',
    'conversion',
    'решение',
    'принятие решения',
    'decyzja',
    'konwersja',
  ],
  after: [
    'after purchase',
    'post-purchase',
    'post purchase',
    'after',
    'после покупки',
    'po zakupie',
    // Stage names.
    'retention',
    'loyalty',
    'advocacy',
    'repeat purchase',
    'удержание',
    'лояльность',
    'повторная покупка',
    'lojalność',
    'utrzymanie',
    'ponowny zakup',
  ],
};

/** The words that name each sentiment, for zone labels and tag titles (docs/scoring.md). */
export const SENTIMENT_WORDS: Readonly<Record<Sentiment, readonly string[]>> = {
  positive: [
    'positive',
    'pros',
    'plus',
    '+',
    '(+)',
    'позитив',
    'позитивные',
    'положительные',
    'плюсы',
    'pozytywne',
    'plusy',
  ],
  neutral: ['neutral', '=', '(=)', 'нейтральные', 'нейтрально', 'neutralne'],
  negative: [
    'negative',
    'cons',
    'minus',
    '-',
    '\u2212',
    '\u2013',
    '(-)',
    'негатив',
    'негативные',
    'отрицательные',
    'минусы',
    'negatywne',
    'minusy',
  ],
};

/** The markers that, at the very start of a note's text, name its sentiment (docs/scoring.md). */
export const SENTIMENT_MARKERS: Readonly<Record<Sentiment, readonly string[]>> = {
  positive: ['+', '(+)', '👍', '✅', '😊', '🙂'],
  neutral: ['=', '~', '(=)', '😐'],
  negative: ['-', '\u2212', '\u2013', '(-)', '👎', '❌', '😞', '🙁'],
};

const PHASE_ORDER: readonly Phase[] = ['before', 'during', 'after'];
const SENTIMENT_ORDER: readonly Sentiment[] = ['positive', 'neutral', 'negative'];

// Longest first, so `(+)` wins over any shorter marker that would also match.
const MARKERS_LONGEST_FIRST: readonly { readonly marker: string; readonly sentiment: Sentiment }[] =
  SENTIMENT_ORDER.flatMap((sentiment) =>
    SENTIMENT_MARKERS[sentiment].map((marker) => ({ marker, sentiment })),
  ).sort((a, b) => b.marker.length - a.marker.length);

// Markers by their first UTF-16 unit: most notes start with a letter, and one lookup rules every marker out.
const MARKERS_BY_FIRST_UNIT = new Map<number, { readonly marker: string; readonly sentiment: Sentiment }[]>();
for (const entry of MARKERS_LONGEST_FIRST) {
  const unit = entry.marker.charCodeAt(0);
  const list = MARKERS_BY_FIRST_UNIT.get(unit);
  if (list) list.push(entry);
  else MARKERS_BY_FIRST_UNIT.set(unit, [entry]);
}

const STEP_NUMBER = /^[0-9]+[.)]\s+/;
const ALPHANUMERIC = /^[\p{L}\p{N}]/u;
// After the word: optional spaces then `:`, `(`, `/` or `,`; or one space then a dash.
const AFTER_WORD = /^(?: *[:(/,]|\s[-\u2013\u2014])/;

/** A label lowercased, without a leading step number; e.g. `'2) Zakup'` → `'zakup'`. */
export function normaliseLabel(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(STEP_NUMBER, '');
}

/** A normalised label without leading and trailing non-alphanumerics, or the label itself if that leaves nothing; e.g. `'➕ plusy'` → `'plusy'`. */
export function labelCore(normalised: string): string {
  // Two scans, one from each end, a code point at a time: a pattern anchored at the end would try
  // every start in a long run of punctuation (`a!!!…!a`) and take time quadratic in its length.
  let start = 0;
  while (start < normalised.length) {
    const point = normalised.codePointAt(start) as number;
    if (ALPHANUMERIC.test(String.fromCodePoint(point))) break;
    start += point > 0xffff ? 2 : 1;
  }
  if (start === normalised.length) return normalised;
  let end = normalised.length;
  for (;;) {
    let previous = end - 1;
    const unit = normalised.charCodeAt(previous);
    const before = normalised.charCodeAt(previous - 1);
    if (unit >= 0xdc00 && unit <= 0xdfff && previous - 1 >= start && before >= 0xd800 && before <= 0xdbff)
      previous--;
    if (ALPHANUMERIC.test(String.fromCodePoint(normalised.codePointAt(previous) as number))) break;
    end = previous;
  }
  return normalised.slice(start, end);
}

/** Whether a label names a word of a list, per docs/scoring.md; e.g. `names('Before — awareness', 'before')` → `true`. */
export function names(label: string, word: string): boolean {
  const normalised = normaliseLabel(label);
  return namesWord(normalised, labelCore(normalised), word);
}

/** The phase a label names, if any; e.g. `'1. Before purchase'` → `'before'`, `'After-sales support'` → `null`. */
export function namedPhase(label: string): Phase | null {
  return firstNamed(label, PHASE_ORDER, PHASE_WORDS);
}

/** The sentiment a label names, if any; e.g. `'➕ Plusy'` → `'positive'`. */
export function namedSentiment(label: string): Sentiment | null {
  return firstNamed(label, SENTIMENT_ORDER, SENTIMENT_WORDS);
}

/** What a region's label makes of it, by the team's words first; e.g. `'Awareness'` → `{ kind: 'phase', phase: 'before' }`. */
export type LabelMeaning =
  | { readonly kind: 'phase'; readonly phase: Phase }
  | { readonly kind: 'sentiment'; readonly sentiment: Sentiment }
  /** The label names one of the team's `ignore` words: the region is no region. */
  | { readonly kind: 'ignore' }
  /** The label names no phase, sentiment or ignored word: a map or touchpoint, by geometry. */
  | { readonly kind: 'none' };

/**
 * The meaning of a region's label: the first of the team's lists (ignore, before, during, after,
 * positive, neutral, negative) holding a word it names, whatever built-in word it also names;
 * else a built-in phase word, else a built-in sentiment word.
 * Example: with `{ positive: ['Before'] }`, `'Before'` → `{ kind: 'sentiment', sentiment: 'positive' }`.
 */
export function labelMeaning(label: string, words: TeamWords = NO_TEAM_WORDS): LabelMeaning {
  const normalised = normaliseLabel(label);
  if (normalised === '') return NONE;
  const core = labelCore(normalised);
  const team = firstList(normalised, core, words, WORD_LISTS);
  if (team !== null) return meaningOf(team);
  for (const phase of PHASE_ORDER) {
    if (PHASE_WORDS[phase].some((word) => namesWord(normalised, core, word))) return PHASE_MEANINGS[phase];
  }
  for (const sentiment of SENTIMENT_ORDER) {
    if (SENTIMENT_WORDS[sentiment].some((word) => namesWord(normalised, core, word))) {
      return SENTIMENT_MEANINGS[sentiment];
    }
  }
  return NONE;
}

/**
 * The sentiment a tag's title names: the team's sentiment words first (their `ignore` and phase
 * words play no part), then the built-in ones; e.g. with `{ neutral: ['Meh'] }`, `'Meh'` → `'neutral'`.
 */
export function tagSentiment(title: string, words: TeamWords = NO_TEAM_WORDS): Sentiment | null {
  const normalised = normaliseLabel(title);
  if (normalised === '') return null;
  const team = firstList(normalised, labelCore(normalised), words, SENTIMENT_ORDER);
  return team !== null ? (team as Sentiment) : namedSentiment(title);
}

const NONE: LabelMeaning = { kind: 'none' };
const IGNORE: LabelMeaning = { kind: 'ignore' };
const PHASE_MEANINGS: Readonly<Record<Phase, LabelMeaning>> = {
  before: { kind: 'phase', phase: 'before' },
  during: { kind: 'phase', phase: 'during' },
  after: { kind: 'phase', phase: 'after' },
};
const SENTIMENT_MEANINGS: Readonly<Record<Sentiment, LabelMeaning>> = {
  positive: { kind: 'sentiment', sentiment: 'positive' },
  neutral: { kind: 'sentiment', sentiment: 'neutral' },
  negative: { kind: 'sentiment', sentiment: 'negative' },
};

function meaningOf(list: WordList): LabelMeaning {
  switch (list) {
    case 'ignore':
      return IGNORE;
    case 'before':
    case 'during':
    case 'after':
      return PHASE_MEANINGS[list];
    case 'positive':
    case 'neutral':
    case 'negative':
      return SENTIMENT_MEANINGS[list];
    default: {
      const unreachable: never = list;
      return unreachable;
    }
  }
}

// The first of `lists` in which the team has a word the label names.
function firstList(
  normalised: string,
  core: string,
  words: TeamWords,
  lists: readonly WordList[],
): WordList | null {
  for (const list of lists) {
    if (words.lists[list].some((word) => namesWord(normalised, core, word))) return list;
  }
  return null;
}

/** The sentiment named by the longest marker at the start of a note's text; e.g. `'👎 slow checkout'` → `'negative'`. */
export function markedSentiment(text: string): Sentiment | null {
  const markers = MARKERS_BY_FIRST_UNIT.get(text.charCodeAt(0));
  if (markers === undefined) return null;
  for (const { marker, sentiment } of markers) {
    if (text.startsWith(marker)) return sentiment;
  }
  return null;
}

function firstNamed<T extends string>(
  label: string,
  order: readonly T[],
  words: Readonly<Record<T, readonly string[]>>,
): T | null {
  const normalised = normaliseLabel(label);
  if (normalised === '') return null;
  const core = labelCore(normalised);
  for (const value of order) {
    if (words[value].some((word) => namesWord(normalised, core, word))) return value;
  }
  return null;
}

function namesWord(normalised: string, core: string, word: string): boolean {
  if (normalised === word || core === word) return true;
  return core.startsWith(word) && AFTER_WORD.test(core.slice(word.length));
}
