// The shared "last time": saved scorings live in the app's board storage, one key holding the
// compact history (src/core/saved-scores.ts), so everyone who opens the panel on the board sees
// the same result, and panels already open are told when someone saves (`onValue`).
// The storage has no compare-and-set, so a save is a round of read, merge, write, wait, read
// back, repeated until the save is seen in the stored history: when two panels save at once,
// the later write drops the earlier save, and the panel that made it sees so when it reads back
// and merges it in again. Each round writes only what its own read just gave (a failed write is
// not retried blindly: the next round reads afresh), and the wait before reading back outlasts
// another panel's read-to-write gap of one call. A history this release cannot read is never
// written over: a newer release's is left alone, a damaged one is copied aside first.

import type { Json } from '@mirohq/websdk-types';
import {
  addToHistory,
  type HistoryReading,
  readHistory,
  type SavedScoring,
  type ScoreHistory,
  writeHistory,
} from '../core/saved-scores.ts';
import type { BoardApi } from './board-api.ts';
import { BoardError, type BoardFailure, boardFailure } from './board-errors.ts';
import { defaultRetry, type RetryOptions, withRetry } from './calls.ts';

/** The storage collection the app keeps its results in. */
export const RESULTS_COLLECTION = 'touchpoint-tally';

/** The key of the saved history inside the collection. */
export const HISTORY_KEY = 'history';

/** Where a damaged history is kept when a save starts afresh, so nothing stored is lost. */
export const UNREADABLE_HISTORY_KEY = 'history-unreadable';

/** How long a save waits before reading back, e.g. 1,500 ms: longer than one storage call takes. */
export const SETTLE_MS = 1500;

// Rounds of read, merge, write, read back before a save reports that it could not be kept.
const MAX_ROUNDS = 6;

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
  | BoardFailure;

/** The outcome of a load: the reading of the stored history, or why the board could not be asked. */
export type LoadOutcome = HistoryReading | BoardFailure;

// Fewer retries than elsewhere: the panel waits on these to show or save the last result.
const RETRY: RetryOptions = defaultRetry({ retries: 2 });

/** Reads `key` of the app's collection and what `read` makes of it, e.g. `loadStored(board, HISTORY_KEY, readHistory, retry)`. */
export async function loadStored<T>(
  board: ResultsBoard,
  key: string,
  read: (stored: unknown) => T,
  retry: RetryOptions,
): Promise<T | BoardFailure> {
  try {
    return read(await withRetry(() => board.storage.collection(RESULTS_COLLECTION).get(key), retry));
  } catch (error) {
    return boardFailure(error);
  }
}

/** Reads the saved history, e.g. to show "last saved" when the panel opens. */
export function loadHistory(board: ResultsBoard, retry: RetryOptions = RETRY): Promise<LoadOutcome> {
  return loadStored(board, HISTORY_KEY, readHistory, retry);
}

/** Adds a scoring to the shared history, newest first, within the storage budget; e.g. `saveScoring(miro.board, savedScoringOf(tally, Date.now()))`. */
export async function saveScoring(
  board: ResultsBoard,
  scoring: SavedScoring,
  retry: RetryOptions = RETRY,
  settleMs = SETTLE_MS,
): Promise<SaveOutcome> {
  const collection = board.storage.collection(RESULTS_COLLECTION);
  const mine = scoringKey(scoring);
  let wrote = false;
  let lastError: unknown = null;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    let stored: unknown;
    try {
      stored = await withRetry(() => collection.get(HISTORY_KEY), retry);
    } catch (error) {
      return boardFailure(error);
    }
    const reading = readHistory(stored);
    if (reading.kind === 'unreadable' && reading.reason === 'newer') return { kind: 'newer-version' };
    const history = reading.kind === 'history' ? reading.history : [];
    // Seen in what is stored, after this save's own write: kept.
    if (wrote && history.some((saved) => scoringKey(saved) === mine)) return { kind: 'saved', history };
    if (reading.kind === 'unreadable') {
      // Damaged history of our own version cannot be read by anyone: copied aside, then a fresh start.
      try {
        await withRetry(() => collection.set(UNREADABLE_HISTORY_KEY, asJson(stored)), retry);
      } catch (error) {
        return boardFailure(error);
      }
    }
    const update = addToHistory(history, scoring);
    if (update.kind === 'too-large') return update;
    try {
      await collection.set(HISTORY_KEY, asJson(update.stored));
    } catch (error) {
      // The write may have taken effect all the same (a lost answer): the next round reads.
      lastError = error;
    }
    wrote = true;
    await retry.sleep(settleMs);
  }
  return boardFailure(lastError ?? new BoardError('failed', 'the save was overwritten each time'));
}

function scoringKey(scoring: SavedScoring): string {
  return JSON.stringify(writeHistory([scoring]).h[0]);
}

function asJson<T>(value: T): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

/** A subscription to a stored value: `stop` ends it; or why the board refused it. */
export type WatchOutcome = { readonly kind: 'watching'; readonly stop: () => Promise<void> } | BoardFailure;

/** Calls `onChange` with every new value of `key` in the app's collection, e.g. when anyone saves. */
export async function watchStored(
  board: ResultsBoard,
  key: string,
  onChange: (value: unknown) => void,
): Promise<WatchOutcome> {
  const collection = board.storage.collection(RESULTS_COLLECTION);
  const handler = (value: unknown): void => onChange(value);
  try {
    await collection.onValue(key, handler);
  } catch (error) {
    return boardFailure(error);
  }
  return { kind: 'watching', stop: () => collection.offValue(key, handler) };
}

/** Calls `onChange` whenever anyone on the board saves. */
export function watchHistory(
  board: ResultsBoard,
  onChange: (reading: HistoryReading) => void,
): Promise<WatchOutcome> {
  return watchStored(board, HISTORY_KEY, (value) => onChange(readHistory(value)));
}
