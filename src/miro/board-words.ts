// The board's words (src/core/team-words.ts) live in the app's board storage, beside the saved
// results, so everyone who opens the panel on the board, and every board file the app writes,
// reads the same ones; panels already open are told when someone changes them (`onValue`).
import { readStored, writeStored } from '../core/stored-format.ts';
import { BOARD_WORDS_FORMAT, NO_TEAM_WORDS, type TeamWords } from '../core/team-words.ts';
import { type BoardFailure, boardFailure } from './board-errors.ts';
import { defaultRetry, type RetryOptions, withRetry } from './calls.ts';
import {
  loadStored,
  RESULTS_COLLECTION,
  type ResultsBoard,
  type WatchOutcome,
  watchStored,
} from './saved-results.ts';

/** The key of the board's words inside the app's collection. */
export const WORDS_KEY = 'words';

/** The board's words as read: the words (none stored reads as none), or why they cannot be used. */
export type WordsReading =
  | { readonly kind: 'words'; readonly words: TeamWords }
  /** Written by a newer release: shown as none, and never written over. */
  | { readonly kind: 'newer' }
  | BoardFailure;

const RETRY: RetryOptions = defaultRetry({ retries: 2 });

function readingOf(stored: unknown): WordsReading {
  const reading = readStored(BOARD_WORDS_FORMAT, stored);
  switch (reading.kind) {
    case 'value':
      return { kind: 'words', words: reading.value };
    case 'none':
      return { kind: 'words', words: NO_TEAM_WORDS };
    case 'unreadable':
      // Damaged words of our own version help nobody: read as none, the next change starts afresh.
      return reading.reason === 'newer' ? { kind: 'newer' } : { kind: 'words', words: NO_TEAM_WORDS };
  }
}

/** Reads the board's words, e.g. when the panel opens. */
export function loadBoardWords(board: ResultsBoard, retry: RetryOptions = RETRY): Promise<WordsReading> {
  return loadStored(board, WORDS_KEY, readingOf, retry);
}

/** Stores the board's words for everyone; refuses to write over words of a newer release. */
export async function saveBoardWords(
  board: ResultsBoard,
  words: TeamWords,
  retry: RetryOptions = RETRY,
): Promise<WordsReading> {
  const collection = board.storage.collection(RESULTS_COLLECTION);
  try {
    const current = readingOf(await withRetry(() => collection.get(WORDS_KEY), retry));
    if (current.kind === 'newer') return current;
    const stored = JSON.parse(JSON.stringify(writeStored(BOARD_WORDS_FORMAT, words)));
    await withRetry(() => collection.set(WORDS_KEY, stored), retry);
    return { kind: 'words', words };
  } catch (error) {
    return boardFailure(error);
  }
}

/** Calls `onChange` whenever anyone changes the board's words. */
export function watchBoardWords(
  board: ResultsBoard,
  onChange: (reading: WordsReading) => void,
): Promise<WatchOutcome> {
  return watchStored(board, WORDS_KEY, (value) => onChange(readingOf(value)));
}
