// Finding the results the app put on the board, so Show updates them in place and Clear removes
// exactly them. Texts and frames are the only kinds the app writes results as; one get, then their
// metadata. What the app made but could not mark (every metadata write failed, or a create's
// answer was lost and the item was made again) is found by its look and goes with the marked ones.
import type { Frame, Text } from '@mirohq/websdk-types';
import type { ExistingBadge } from '../core/board-badges.ts';
import { type Rect, rectOf } from '../core/model.ts';
import { readSummaryPart, SUMMARY_KEY } from '../core/summary-marker.ts';
import { MARK_KEY, readMark } from '../core/template-mark.ts';
import { looksLikeBadge } from './badge-items.ts';
import { type BoardApi, type BoardItem, isFrame, isText } from './board-api.ts';
import { boardError } from './board-errors.ts';
import { type RetryOptions, runBounded, withRetry } from './calls.ts';
import { isSummaryText, looksLikeSummaryFrame } from './summary-frame.ts';

/** The app's results on the board: marked badges, and everything else it made (summaries, unmarked copies). */
export interface FoundResults {
  readonly badges: readonly (ExistingBadge & { readonly item: BoardItem })[];
  /** Summary frames and texts, and unmarked badges, to replace or clear. */
  readonly summary: readonly BoardItem[];
  /** Where the summary frame is now, so a new summary takes the place the team moved it to. */
  readonly summaryFrame: Rect | null;
}

/** Finds the badges and the summary the app put on the board, badges in board order. */
export async function findResults(
  board: BoardApi,
  retry: RetryOptions,
  concurrency: number,
): Promise<FoundResults> {
  const items = await withRetry(() => board.get({ type: ['text', 'frame'] }), retry);
  const badges: (ExistingBadge & { item: BoardItem })[] = [];
  const summary: BoardItem[] = [];
  const unmarked: BoardItem[] = [];
  let summaryFrame: Rect | null = null;
  await runBounded(
    items.map((item) => async () => {
      if (!isText(item) && !isFrame(item)) return;
      const data = await metadataOf(item, retry);
      if (data === null) return;
      const reading = readMark(data[MARK_KEY]);
      if (isText(item) && reading.kind === 'mark' && reading.mark.role === 'badge') {
        badges.push({ id: item.id, mark: reading.mark, item });
      }
      const part = readSummaryPart(data[SUMMARY_KEY]);
      if (part) summary.push(item);
      else if (reading.kind === 'none') unmarked.push(item);
      if (part === 'frame' && isFrame(item) && summaryFrame === null) summaryFrame = rectOf(item);
    }),
    concurrency,
  );
  const summaryFrames = [...summary, ...unmarked].filter(
    (item): item is Frame => isFrame(item) && (summary.includes(item) || looksLikeSummaryFrame(item)),
  );
  for (const item of unmarked) {
    if (looksLikeBadge(item) || summaryFrames.includes(item as Frame) || isSummaryText(item, summaryFrames))
      summary.push(item);
  }
  // Board order, so "the first of two copies" is the same every time.
  const order = new Map(items.map((item, index) => [item.id, index]));
  badges.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { badges, summary, summaryFrame };
}

// An item deleted by someone since the `get` has nothing to find or clear.
async function metadataOf(item: Text | Frame, retry: RetryOptions): Promise<Record<string, unknown> | null> {
  try {
    const data = (await withRetry(() => item.getMetadata(), retry)) as Record<string, unknown> | undefined;
    return data ?? {};
  } catch (error) {
    if (boardError(error).kind === 'deleted') return null;
    throw error;
  }
}
