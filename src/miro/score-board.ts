// Scoring a live board: read it once (src/miro/read-board.ts) with the board's words (board
// storage, src/miro/board-words.ts), then hand the plain JSON to the same core the command line
// uses, so both give the same tally for the same board.
import type { ColourMap } from '../core/model.ts';
import { type BoardSnapshot, readBoard } from '../core/snapshot.ts';
import { type Tally, tallyBoard } from '../core/tally.ts';
import { NO_TEAM_WORDS } from '../core/team-words.ts';
import type { BoardApi } from './board-api.ts';
import { type BoardFailure, boardFailure } from './board-errors.ts';
import { loadBoardWords } from './board-words.ts';
import { defaultRetry, type RetryOptions, withRetry } from './calls.ts';
import { type BoardReader, createBoardReader } from './read-board.ts';

/** A scored board: the tally, the snapshot it came from (with the board's words), and the board's id for links. */
export interface BoardScore {
  readonly kind: 'scored';
  readonly tally: Tally;
  readonly snapshot: BoardSnapshot;
  readonly boardId: string;
}

/**
 * Reads the board and its words and tallies its sticky notes; `colours` apply when the board's
 * words have no colours of their own. Pass the same `reader` to every scoring of a board
 * (e.g. one per panel), so marks already found cost no call again:
 * `const reader = createBoardReader(miro.board); await scoreBoard(miro.board, colours, reader)`.
 */
export async function scoreBoard(
  board: BoardApi,
  colours: ColourMap,
  reader: BoardReader = createBoardReader(board),
  retry: RetryOptions = defaultRetry(),
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
    const snapshot = { ...readBoard(json), words };
    const tally = tallyBoard(snapshot, words.colours ?? colours, words);
    return { kind: 'scored', tally, snapshot, boardId: info.id };
  } catch (error) {
    return boardFailure(error);
  }
}
