// Reading a live board for scoring: one `get` for every kind that matters, then this app's
// metadata of frames and shapes (the template's identities), a few at a time. The result is
// plain JSON in form 3 of SCORING.md, the same input the command-line scorer reads.
import { MARK_KEY } from '../core/template-mark.ts';
import type { BoardApi } from './board-api.ts';
import { isFrame, isShape, isTag } from './board-api.ts';
import { type RetryOptions, runBounded, withRetry } from './calls.ts';

/** The board as plain JSON, form 3 of SCORING.md: `{ items: [...], tags: [...] }`. */
export interface BoardItemsJson {
  readonly items: unknown[];
  readonly tags: unknown[];
}

/** How to read, e.g. `{ concurrency: 4, retry: { retries: 2, baseDelayMs: 100, sleep, random } }`. */
export interface ReadBoardOptions {
  /** Metadata reads in flight at once (default 8). */
  readonly concurrency?: number;
  /** How failed calls are retried (default: 4 retries from 250 ms, real timers). */
  readonly retry?: RetryOptions;
}

const KINDS = ['sticky_note', 'frame', 'shape', 'tag'];

const DEFAULT_RETRY: RetryOptions = {
  retries: 4,
  baseDelayMs: 250,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

// An SDK item as plain data: its own fields, without methods or the SDK's internal context.
function plain(item: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(item)) as Record<string, unknown>;
}

/** Reads sticky notes, frames, shapes and tags with one `get`, plus the template marks; e.g. `readBoard(await readBoardItems(miro.board))`. */
export async function readBoardItems(
  board: BoardApi,
  options: ReadBoardOptions = {},
): Promise<BoardItemsJson> {
  const retry = options.retry ?? DEFAULT_RETRY;
  const found = await withRetry(() => board.get({ type: KINDS }), retry);
  const tags = found.filter(isTag).map(plain);
  const placed = found.filter((item) => !isTag(item));
  const items = await runBounded(
    placed.map((item) => async () => {
      const json = plain(item);
      if (!isFrame(item) && !isShape(item)) return json;
      const mark = await withRetry(() => item.getMetadata(MARK_KEY), retry);
      return mark === undefined || mark === null ? json : { ...json, metadata: { [MARK_KEY]: mark } };
    }),
    options.concurrency ?? 8,
  );
  return { items, tags };
}
