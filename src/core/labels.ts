// How a label (a frame title, a shape's text, a tag's title) names a phase or a sentiment, and how
// a marker at the start of a note names its sentiment: SCORING.md "Text and labels", word for word.
import type { Phase, Sentiment } from './model.ts';

/** The words that name each phase, in English, Russian and Polish (SCORING.md). */
export const PHASE_WORDS: Readonly<Record<Phase, readonly string[]>> = {
  before: [
    'before purchase',
    'pre-purchase',
    'pre purchase',
    'before',
    'до покупки',
    'перед покупкой',
    'przed zakupem',
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
  ],
  after: ['after purchase', 'post-purchase', 'post purchase', 'after', 'после покупки', 'po zakupie'],
};

/** The words that name each sentiment, for zone labels and tag titles (SCORING.md). */
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

/** The markers that, at the very start of a note's text, name its sentiment (SCORING.md). */
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
const EDGE_NON_ALPHANUMERIC = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
// After the word: optional spaces then `:`, `(`, `/` or `,`; or one space then a dash.
const AFTER_WORD = /^(?: *[:(/,]|\s[-\u2013\u2014])/;

/** A label lowercased, without a leading step number; e.g. `'2) Zakup'` → `'zakup'`. */
export function normaliseLabel(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(STEP_NUMBER, '');
}

/** A normalised label without leading and trailing non-alphanumerics, or the label itself if that leaves nothing; e.g. `'➕ plusy'` → `'plusy'`. */
export function labelCore(normalised: string): string {
  const core = normalised.replace(EDGE_NON_ALPHANUMERIC, '');
  return core === '' ? normalised : core;
}

/** Whether a label names a word of a list, per SCORING.md; e.g. `names('Before — awareness', 'before')` → `true`. */
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

/** The sentiment named by the longest marker at the start of a note's text; e.g. `'👎 slow checkout'` → `'negative'`. */
export function markedSentiment(text: string): Sentiment | null {
  for (const { marker, sentiment } of MARKERS_BY_FIRST_UNIT.get(text.charCodeAt(0)) ?? []) {
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
