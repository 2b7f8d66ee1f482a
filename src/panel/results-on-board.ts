// The results on the board follow the scoring: once the team has put badges (or the summary) on
// the board, every new scoring (Score again, a colour, live scoring) shows them again, so a row at
// −5 never still reads −3 on the board. Only a scoring that would look different is written, and
// the board then re-places only the badges that changed (show-on-board.ts). Board writes go one
// at a time; scorings that arrive while one is written make one more write, with the latest.
// Clear stops the following. No Preact here: `ResultsOnBoard` wires it to the page.
import type { ClearOutcome, ShowOutcome } from '../miro/show-on-board.ts';

/** What the follower does with the board, e.g. `{ show: (s) => showOnBoard(board, s, options), clear: () => clearFromBoard(board), look: (s) => badgeLook(s, 'en') }`. */
export interface ResultsIo<S> {
  readonly show: (scored: S) => Promise<ShowOutcome>;
  readonly clear: () => Promise<ClearOutcome>;
  /** What `scored` would look like on the board (see `badgeLook`). */
  readonly look: (scored: S) => string;
}

/** Why a write happened: the user's Show or Clear, or a new scoring followed. */
export type ResultsWrite =
  | { readonly by: 'show' | 'follow'; readonly outcome: ShowOutcome }
  | { readonly by: 'clear'; readonly outcome: ClearOutcome };

/** The results on the board of one panel. */
export interface ResultsOnBoard<S> {
  /** Shows `scored` on the board and follows the scorings after it. */
  show(scored: S): Promise<ResultsWrite>;
  /** A new scoring: shown again when results are on the board and would look different; null when nothing was written. */
  follow(scored: S): Promise<ResultsWrite | null>;
  /** Removes the results and stops following. */
  clear(): Promise<ResultsWrite>;
  /** Whether new scorings are shown on the board. */
  readonly following: boolean;
}

/** A follower for one board. */
export function createResultsOnBoard<S>(io: ResultsIo<S>): ResultsOnBoard<S> {
  // The look on the board, or null while nothing is followed; '' after a failed write, which
  // matches no scoring, so the next one writes again.
  let shown: string | null = null;
  let latest: S | null = null;
  let pending: Promise<ResultsWrite | null> | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  const queue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = chain.then(task);
    chain = run.catch(() => undefined);
    return run;
  };
  return {
    show(scored) {
      return queue(async () => {
        const outcome = await io.show(scored);
        shown = outcome.kind === 'failed' ? (shown === null ? null : '') : io.look(scored);
        return { by: 'show', outcome } as const;
      });
    },
    follow(scored) {
      latest = scored;
      if (shown === null) return Promise.resolve(null);
      // A write already waiting takes the latest scoring when its turn comes.
      if (pending) return pending;
      const write = queue(async (): Promise<ResultsWrite | null> => {
        pending = null;
        const target = latest;
        if (shown === null || target === null) return null;
        const look = io.look(target);
        if (look === shown) return null;
        const outcome = await io.show(target);
        if (shown !== null) shown = outcome.kind === 'failed' ? '' : look;
        return { by: 'follow', outcome };
      });
      pending = write;
      return write;
    },
    clear() {
      shown = null;
      return queue(async () => {
        // A Show asked for before this Clear has finished by now: it must not restart the following.
        shown = null;
        return { by: 'clear', outcome: await io.clear() } as const;
      });
    },
    get following() {
      return shown !== null;
    },
  };
}
