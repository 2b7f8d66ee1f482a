// Scoring a live board: read it once (src/miro/read-board.ts) with the board's words (board
// storage, src/miro/board-words.ts), then hand what was read to the same core the command line
// uses, so both give the same tally for the same board. The core scores in steps and the page
// paints and answers input between them: a 50,000-note board never freezes the panel.
import type { ColourMap } from '../core/model.ts';
import { type ScoringProgress, scoreInSteps } from '../core/score-in-steps.ts';
import type { BoardSnapshot } from '../core/snapshot.ts';
import type { Tally } from '../core/tally.ts';
import { NO_TEAM_WORDS } from '../core/team-words.ts';
import type { BoardApi } from './board-api.ts';
import { type BoardFailure, boardFailure } from './board-errors.ts';
import { loadBoardWords } from './board-words.ts';
import { defaultRetry, type RetryOptions, withRetry } from './calls.ts';
import { nextTask } from './next-task.ts';
import { type BoardReader, createBoardReader } from './read-board.ts';

/** A scored board: the tally, the snapshot it came from (with the board's words), and the board's id for links. */
export interface BoardScore {
  readonly kind: 'scored';
  readonly tally: Tally;
  readonly snapshot: BoardSnapshot;
  readonly boardId: string;
}

/**
 * Reads the board and its words and tallies its sticky notes, telling `onProgress` how many notes
 * are scored as it goes; `colours` apply when the board's words have no colours of their own.
 * Pass the same `reader` to every scoring of a board (e.g. one per panel), so marks already found
 * cost no call again:
 * `const reader = createBoardReader(miro.board); await scoreBoard(miro.board, colours, reader)`.
 */
export async function scoreBoard(
  board: BoardApi,
  colours: ColourMap,
  reader: BoardReader = createBoardReader(board),
  retry: RetryOptions = defaultRetry(),
  onProgress?: (progress: ScoringProgress) => void,
): Promise<BoardScore | BoardFailure> {
  // When one half fails, the other stops too: no read carries on calling the board for a
  // scoring that has already failed. The words never fail the scoring: a failed read gives none.
  const stop = new AbortController();
  const halt = <T>(work: Promise<T>): Promise<T> =>
    work.catch((error: unknown) => {
      stop.abort();
      throw error;
    });
  const reading = halt(reader.read(stop.signal));
  const asking = halt(withRetry(() => board.getInfo(), { ...retry, signal: stop.signal }));
  try {
    const [json, info, wordsReading] = await Promise.all([reading, asking, loadBoardWords(board)]);
    // Words that cannot be read (a failed call, a newer release's) leave the built-in words to score.
    const words = wordsReading.kind === 'words' ? wordsReading.words : NO_TEAM_WORDS;
    // Each end of the scoring has a task of its own: the one that brought the board's answer, and
    // the one in which the panel shows the tally.
    await nextTask();
    const steps = scoreInSteps({ ...json, words, colours: words.colours ?? colours });
    let since = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) {
        await nextTask();
        return { kind: 'scored', ...step.value, boardId: info.id };
      }
      onProgress?.(step.value);
      if (performance.now() - since > STEP_MS) {
        await nextTask();
        since = performance.now();
      }
    }
  } catch (error) {
    return boardFailure(error);
  }
}

// Work done between two chances for the page to paint and answer input: well under the 50 ms
// after which a browser counts a task as long.
const STEP_MS = 12;
