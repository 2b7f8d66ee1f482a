// When the panel scores: one scoring at a time, and with "live" on, again after the board has
// been quiet for a moment. A workshop moves dozens of notes in a second; each move is a board
// event, and each scoring reads the whole board, so events are gathered into one scoring after
// the burst; a board that is never quiet is scored at least every `maxWaitMs` all the same, so
// the tally is never more than a few seconds behind. A request while a scoring runs becomes exactly one more run after it (never a
// second read of the board in parallel). No Preact here: the score step wires it to its state.

import type { SubscribeToChanges } from '../miro/board-changes.ts';

/** Scores one request at a time, e.g. `const queue = createScoreQueue(() => scoreAndShow()); await queue.request();`. */
export interface ScoreQueue {
  /**
   * Scores now; while a scoring runs, asks for exactly one more run after it (any number of
   * requests meanwhile make one run). Resolves when no run is left, rejects with the failure of
   * the run that failed (the runs still asked for are dropped: the next request starts afresh).
   */
  request(): Promise<void>;
  /** Whether a scoring is running. */
  readonly running: boolean;
}

/** One scoring at a time, with "one more run" for requests that arrive meanwhile. */
export function createScoreQueue(scoreOnce: () => Promise<void>): ScoreQueue {
  let draining: Promise<void> | null = null;
  let again = false;

  const drain = async (): Promise<void> => {
    try {
      do {
        again = false;
        await scoreOnce();
      } while (again);
    } finally {
      again = false;
      draining = null;
    }
  };

  return {
    request() {
      if (draining) {
        again = true;
        return draining;
      }
      draining = drain();
      return draining;
    },
    get running() {
      return draining !== null;
    },
  };
}

const DEFAULT_MAX_WAIT_MS = 3000;

/** The clock live scoring waits on: the browser's timers in the panel, fake ones in tests. */
export interface LiveTimers {
  readonly setTimeout: (run: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

/** What live scoring needs: where board changes come from, how to score, and how long a quiet board is. */
export interface LiveScoringOptions {
  readonly subscribe: SubscribeToChanges;
  /** Asks for a scoring (the score queue's `request`); its failures are the caller's to show. */
  readonly score: () => Promise<unknown>;
  /** How long the board must be quiet before scoring again. */
  readonly delayMs: number;
  /** The longest a change waits for its scoring on a busy board (default 3,000 ms). */
  readonly maxWaitMs?: number;
  readonly timers: LiveTimers;
}

/**
 * Turns live scoring on: scores once now, then once after every burst of board changes; returns
 * the function that turns it off (unsubscribes and drops a scoring not yet started).
 * E.g. `const stop = startLiveScoring({ subscribe: boardChanges(board), score: queue.request, delayMs: 1000, timers: window })`.
 */
export function startLiveScoring(options: LiveScoringOptions): () => void {
  const { subscribe, score, delayMs, timers } = options;
  const maxWaitMs = Math.max(delayMs, options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS);
  // `quiet` waits for the burst to end; `due` is the latest the first change of a burst waits.
  let quiet: unknown = null;
  let due: unknown = null;
  let live = true;
  const request = () => {
    // A failed scoring is shown by the score step; live carries on with the next change.
    score().catch(() => undefined);
  };
  const clear = () => {
    if (quiet !== null) timers.clearTimeout(quiet);
    if (due !== null) timers.clearTimeout(due);
    quiet = null;
    due = null;
  };
  const fire = () => {
    clear();
    if (live) request();
  };
  const onChange = () => {
    if (!live) return;
    if (quiet !== null) timers.clearTimeout(quiet);
    quiet = timers.setTimeout(fire, delayMs);
    if (due === null) due = timers.setTimeout(fire, maxWaitMs);
  };
  const unsubscribe = subscribe(onChange);
  request();
  return () => {
    if (!live) return;
    live = false;
    clear();
    unsubscribe();
  };
}
