// The fixed words of the CSV export: column headers and the words that fill cells (phases,
// sentiments, signals, reasons, touchpoint types), one file per language. Text read from the board
// is never here.
import { en } from './csv-words.en.ts';
import { pl } from './csv-words.pl.ts';
import { ru } from './csv-words.ru.ts';
import type {
  Language,
  Phase,
  Sentiment,
  SentimentSignal,
  StickyColour,
  TouchpointType,
  UnassignedReason,
} from './model.ts';

/** The summary table's columns, in export order; the `previous*` and `netChange` columns appear only when comparing. */
export type SummaryColumn =
  | 'map'
  | 'phase'
  | 'stage'
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
  | 'stage'
  | 'touchpoint'
  | 'sentiment'
  | 'signal'
  | 'conflict'
  | 'unassignedReason'
  /** Only with themes (`CsvOptions.noteThemes`): the theme the note is in, if any. */
  | 'theme';

/** Every fixed word of the export in one language, e.g. `CSV_WORDS.pl.phases.after` → `'po zakupie'`. */
export interface CsvWords {
  /** The first column when several boards share one file: the board's name and id. */
  readonly board: string;
  readonly summary: Readonly<Record<SummaryColumn, string>>;
  readonly notes: Readonly<Record<NotesColumn, string>>;
  readonly phases: Readonly<Record<Phase, string>>;
  readonly sentiments: Readonly<Record<Sentiment, string>>;
  readonly signals: Readonly<Record<SentimentSignal, string>>;
  readonly reasons: Readonly<Record<UnassignedReason, string>>;
  readonly types: Readonly<Record<TouchpointType, string>>;
  /** Miro's sticky note colours, named as the panel's colour map names them (lower case). */
  readonly colours: Readonly<Record<StickyColour, string>>;
}

/** The export's fixed words per language. */
export const CSV_WORDS: Readonly<Record<Language, CsvWords>> = { en, ru, pl };
