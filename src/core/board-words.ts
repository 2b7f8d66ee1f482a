// The words the inserted template writes on the board, one file per language.
// Phase titles and zone labels are read back by the scorer, so they are contract data: each must
// name its phase or sentiment under the word lists of labels.ts (tests/core/board-words.test.ts).
import { en } from './board-words.en.ts';
import { pl } from './board-words.pl.ts';
import { ru } from './board-words.ru.ts';
import type { Language, Phase, Sentiment, TouchpointDetail } from './model.ts';

/** The template's words in one language, e.g. `BOARD_WORDS.pl.phaseTitles.before` → `'1. Przed zakupem'`. */
export interface BoardWords {
  /** The map frame's title when the user gives none. */
  readonly defaultMapName: string;
  /** A phase frame's title, numbered in journey order. */
  readonly phaseTitles: Readonly<Record<Phase, string>>;
  /** A zone's label. */
  readonly zoneLabels: Readonly<Record<Sentiment, string>>;
  /** A detail's caption on the row label. */
  readonly detailLabels: Readonly<Record<TouchpointDetail, string>>;
}

/** The template's words per language. */
export const BOARD_WORDS: Readonly<Record<Language, BoardWords>> = { en, ru, pl };
