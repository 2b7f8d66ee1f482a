// The fixed words of the CSV export: column headers and the words that fill cells (phases,
// sentiments, signals, reasons, touchpoint types). Text read from the board is never here.
import type { Phase, Sentiment, SentimentSignal, TouchpointType, UnassignedReason } from '../core/model.ts';
import type { Language } from './language.ts';

/** The summary table's columns, in export order; the `previous*` and `netChange` columns appear only when comparing. */
export type SummaryColumn =
  | 'map'
  | 'phase'
  | 'touchpoint'
  | 'type'
  | 'positive'
  | 'neutral'
  | 'negative'
  | 'total'
  | 'net'
  | 'negativeShare'
  | 'weakestRank'
  | 'previousPositive'
  | 'previousNeutral'
  | 'previousNegative'
  | 'previousNet'
  | 'netChange';

/** The notes table's columns, in export order. */
export type NotesColumn =
  | 'id'
  | 'link'
  | 'text'
  | 'colour'
  | 'tags'
  | 'map'
  | 'phase'
  | 'touchpoint'
  | 'sentiment'
  | 'signal'
  | 'conflict'
  | 'unassignedReason';

/** Every fixed word of the export in one language, e.g. `CSV_WORDS.pl.phases.after` → `'po zakupie'`. */
export interface CsvWords {
  readonly summary: Readonly<Record<SummaryColumn, string>>;
  readonly notes: Readonly<Record<NotesColumn, string>>;
  readonly phases: Readonly<Record<Phase, string>>;
  readonly sentiments: Readonly<Record<Sentiment, string>>;
  readonly signals: Readonly<Record<SentimentSignal, string>>;
  readonly reasons: Readonly<Record<UnassignedReason, string>>;
  readonly types: Readonly<Record<TouchpointType, string>>;
}

const en: CsvWords = {
  summary: {
    map: 'map',
    phase: 'phase',
    touchpoint: 'touchpoint',
    type: 'type',
    positive: 'positive',
    neutral: 'neutral',
    negative: 'negative',
    total: 'total',
    net: 'net',
    negativeShare: 'share negative',
    weakestRank: 'weakest-link rank',
    previousPositive: 'previous positive',
    previousNeutral: 'previous neutral',
    previousNegative: 'previous negative',
    previousNet: 'previous net',
    netChange: 'net change',
  },
  notes: {
    id: 'id',
    link: 'link',
    text: 'text',
    colour: 'colour',
    tags: 'tags',
    map: 'map',
    phase: 'phase',
    touchpoint: 'touchpoint',
    sentiment: 'sentiment',
    signal: 'signal',
    conflict: 'conflict',
    unassignedReason: 'unassigned reason',
  },
  phases: { before: 'before purchase', during: 'during purchase', after: 'after purchase' },
  sentiments: { positive: 'positive', neutral: 'neutral', negative: 'negative' },
  signals: { zone: 'zone', tag: 'tag', marker: 'marker in text', colour: 'colour' },
  reasons: {
    empty: 'empty note',
    'no-phase': 'outside every phase',
    ambiguous: 'ambiguous place',
    'no-touchpoint': 'no touchpoint',
    'no-sentiment': 'no sentiment',
  },
  types: { physical: 'physical', digital: 'digital', human: 'human' },
};

const ru: CsvWords = {
  summary: {
    map: 'карта',
    phase: 'этап',
    touchpoint: 'точка контакта',
    type: 'тип',
    positive: 'позитивные',
    neutral: 'нейтральные',
    negative: 'негативные',
    total: 'всего',
    net: 'баланс',
    negativeShare: 'доля негативных',
    weakestRank: 'место среди слабых звеньев',
    previousPositive: 'позитивные ранее',
    previousNeutral: 'нейтральные ранее',
    previousNegative: 'негативные ранее',
    previousNet: 'баланс ранее',
    netChange: 'изменение баланса',
  },
  notes: {
    id: 'id',
    link: 'ссылка',
    text: 'текст',
    colour: 'цвет',
    tags: 'теги',
    map: 'карта',
    phase: 'этап',
    touchpoint: 'точка контакта',
    sentiment: 'оценка',
    signal: 'признак',
    conflict: 'противоречие',
    unassignedReason: 'почему не учтена',
  },
  phases: { before: 'до покупки', during: 'во время покупки', after: 'после покупки' },
  sentiments: { positive: 'позитивная', neutral: 'нейтральная', negative: 'негативная' },
  signals: { zone: 'зона', tag: 'тег', marker: 'знак в тексте', colour: 'цвет' },
  reasons: {
    empty: 'пустая заметка',
    'no-phase': 'вне этапов',
    ambiguous: 'неоднозначное место',
    'no-touchpoint': 'нет точки контакта',
    'no-sentiment': 'нет оценки',
  },
  types: { physical: 'физическая', digital: 'цифровая', human: 'через людей' },
};

const pl: CsvWords = {
  summary: {
    map: 'mapa',
    phase: 'etap',
    touchpoint: 'punkt styku',
    type: 'typ',
    positive: 'pozytywne',
    neutral: 'neutralne',
    negative: 'negatywne',
    total: 'razem',
    net: 'bilans',
    negativeShare: 'udział negatywnych',
    weakestRank: 'miejsce wśród najsłabszych ogniw',
    previousPositive: 'pozytywne poprzednio',
    previousNeutral: 'neutralne poprzednio',
    previousNegative: 'negatywne poprzednio',
    previousNet: 'bilans poprzednio',
    netChange: 'zmiana bilansu',
  },
  notes: {
    id: 'id',
    link: 'link',
    text: 'tekst',
    colour: 'kolor',
    tags: 'tagi',
    map: 'mapa',
    phase: 'etap',
    touchpoint: 'punkt styku',
    sentiment: 'ocena',
    signal: 'sygnał',
    conflict: 'sprzeczność',
    unassignedReason: 'powód pominięcia',
  },
  phases: { before: 'przed zakupem', during: 'w trakcie zakupu', after: 'po zakupie' },
  sentiments: { positive: 'pozytywna', neutral: 'neutralna', negative: 'negatywna' },
  signals: { zone: 'strefa', tag: 'tag', marker: 'znak w tekście', colour: 'kolor' },
  reasons: {
    empty: 'pusta karteczka',
    'no-phase': 'poza etapami',
    ambiguous: 'niejednoznaczne miejsce',
    'no-touchpoint': 'brak punktu styku',
    'no-sentiment': 'brak oceny',
  },
  types: { physical: 'fizyczny', digital: 'cyfrowy', human: 'przez ludzi' },
};

/** The export's fixed words per language. */
export const CSV_WORDS: Readonly<Record<Language, CsvWords>> = { en, ru, pl };
