// The shared "last time": saved scorings live in the app's board storage, one key holding the
// compact history (src/core/saved-scores.ts), so everyone who opens the panel on the board sees
// the same result, and panels already open are told when someone saves (`onValue`).
// The storage has no compare-and-set: two people saving in the same second can lose one save;
// the next save carries on from whatever is stored.
import {
  addToHistory,
  type HistoryReading,
  readHistory,
  type SavedScoring,
  type ScoreHistory,
} from '../core/saved-scores.ts';
import type { BoardApi } from './board-api.ts';
import { errorMessage } from './board-errors.ts';
import { defaultRetry, type RetryOptions, withRetry } from './calls.ts';

/** The storage collection the app keeps its results in. */
export const RESULTS_COLLECTION = 'touchpoint-tally';

/** The key of the saved history inside the collection. */
export const HISTORY_KEY = 'history';

type Collection = ReturnType<BoardApi['storage']['collection']>;

/** The board methods saved results need: its storage collections (`miro.board` or the simulator's board). */
export interface ResultsBoard {
  readonly storage: {
    collection(name: string): Pick<Collection, 'get' | 'set' | 'onValue' | 'offValue'>;
  };
}

/** The outcome of a save: the new history, or why nothing was saved (a value for the panel to word, never a throw). */
export type SaveOutcome =
  | { readonly kind: 'saved'; readonly history: ScoreHistory }
  /** The scoring alone is larger than the storage budget. */
  | { readonly kind: 'too-large'; readonly bytes: number; readonly budget: number }
  /** A newer release of the app wrote the history: saving would destroy it. */
  | { readonly kind: 'newer-version' }
  /** The board refused the read or the write (rights, network, size, rate limit). */
  | { readonly kind: 'failed'; readonly message: string };

/** The outcome of a load: the reading of the stored history, or why the board could not be asked. */
export type LoadOutcome = HistoryReading | { readonly kind: 'failed'; readonly message: string };

// Fewer retries than elsewhere: the panel waits on these to show or save the last result.
const RETRY: RetryOptions = defaultRetry({ retries: 2 });

/** Reads the saved history, e.g. to show "last saved" when the panel opens. */
export async function loadHistory(board: ResultsBoard, retry: RetryOptions = RETRY): Promise<LoadOutcome> {
  try {
    const stored = await withRetry(
      () => board.storage.collection(RESULTS_COLLECTION).get(HISTORY_KEY),
      retry,
    );
    return readHistory(stored);
  } catch (error) {
    return { kind: 'failed', message: errorMessage(error) };
  }
}

/** Adds a scoring to the shared history, newest first, within the storage budget; e.g. `saveScoring(miro.board, savedScoringOf(tally, Date.now()))`. */
export async function saveScoring(
  board: ResultsBoard,
  scoring: SavedScoring,
  retry: RetryOptions = RETRY,
): Promise<SaveOutcome> {
  const collection = board.storage.collection(RESULTS_COLLECTION);
  let stored: unknown;
  try {
    stored = await withRetry(() => collection.get(HISTORY_KEY), retry);
  } catch (error) {
    return { kind: 'failed', message: errorMessage(error) };
  }
  const reading = readHistory(stored);
  if (reading.kind === 'unreadable' && reading.reason === 'newer') return { kind: 'newer-version' };
  // Damaged history of our own version cannot be read by anyone: a fresh start is all that helps.
  const update = addToHistory(reading.kind === 'history' ? reading.history : [], scoring);
  if (update.kind === 'too-large') return update;
  try {
    await withRetry(() => collection.set(HISTORY_KEY, JSON.parse(JSON.stringify(update.stored))), retry);
  } catch (error) {
    return { kind: 'failed', message: errorMessage(error) };
  }
  return { kind: 'saved', history: update.history };
}

/** Calls `onChange` whenever anyone on the board saves; returns the function that stops listening. */
export async function watchHistory(
  board: ResultsBoard,
  onChange: (reading: HistoryReading) => void,
): Promise<() => Promise<void>> {
  const collection = board.storage.collection(RESULTS_COLLECTION);
  const handler = (value: unknown): void => onChange(readHistory(value));
  await collection.onValue(HISTORY_KEY, handler);
  return () => collection.offValue(HISTORY_KEY, handler);
}
