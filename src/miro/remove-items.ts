// Removing what the app put on the board (badges, the summary, curves): every item once, gone or not.
import { type BoardApi, type BoardItem, isFrame } from './board-api.ts';
import { boardError } from './board-errors.ts';
import { type RetryOptions, runBounded, withRetry } from './calls.ts';

/** Removes the items, texts before frames; an item already gone counts as removed. */
export async function removeItems(
  board: BoardApi,
  items: readonly BoardItem[],
  retry: RetryOptions,
  concurrency: number,
): Promise<void> {
  // Texts before frames: a frame's text goes first, whatever removing a frame does to children.
  const ordered = [...items].sort((a, b) => Number(isFrame(a)) - Number(isFrame(b)));
  await runBounded(
    ordered.map((item) => () => removeOne(board, item, retry)),
    concurrency,
  );
}

// Gone already (removed with its frame, by someone else, or by a call whose answer was lost)
// is what removing wants.
async function removeOne(board: BoardApi, item: BoardItem, retry: RetryOptions): Promise<void> {
  try {
    await withRetry(() => board.remove(item), retry);
  } catch (error) {
    if (boardError(error).kind !== 'deleted') throw error;
  }
}
