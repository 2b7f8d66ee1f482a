// Reading a live board for scoring: one `get` for every kind that matters, then this app's
// metadata of frames and shapes (the template's identities), a few at a time. The result is
// form 3 of docs/scoring.md, the same input the command-line scorer reads; the notes in it are
// the SDK's own objects, not copies, so a 50,000-note board costs no copying.
//
// Metadata reads are the cost of scoring: about 50 credits each, one per frame and shape, so a
// 12-touchpoint map costs some 7,500 credits a read, and live scoring would spend Miro's
// 100,000 a minute within seconds. A template mark, once written, never changes for its item,
// so a reader remembers the marks it found. It also remembers that an item has none, once the
// item is older than the minute in which the app marks what it creates and has not changed
// since: a hand-built board's frames and shapes cost nothing at a rescore, and only new or
// edited items, or template items the app may be marking right now, are asked about again.
//
// A mark belongs to one item on one board: it is dropped as soon as the board says the item was
// deleted (`items:delete`, also when a whole board is replaced, as the playground does when it
// loads another board whose items may reuse the same ids), and at every read for items no
// longer on the board.
import type { Frame, Shape } from '@mirohq/websdk-types';
import { MARK_KEY } from '../core/template-mark.ts';
import type { BoardApi, BoardItem } from './board-api.ts';
import { isFrame, isShape, isTag } from './board-api.ts';
import { boardError } from './board-errors.ts';
import { defaultRetry, type RetryOptions, runBounded, withRetry } from './calls.ts';
import { nextTask } from './next-task.ts';

/**
 * The board in form 3 of docs/scoring.md, `{ items: [...], tags: [...] }`: the SDK's items as
 * they come (the core reads their fields; nothing is copied), frames and shapes with a template
 * mark as copies carrying it in `metadata`, as a board file does.
 */
export interface BoardItemsJson {
  readonly items: readonly object[];
  readonly tags: readonly object[];
}

/** How to read, e.g. `{ concurrency: 4, retry: { retries: 2, baseDelayMs: 100, sleep, random } }`. */
export interface ReadBoardOptions {
  /** Metadata reads in flight at once (default 8). */
  readonly concurrency?: number;
  /** How failed calls are retried (default: `defaultRetry()`, real timers). */
  readonly retry?: RetryOptions;
  /** The clock, in epoch milliseconds (default `Date.now`), to tell items the app may still be marking. */
  readonly now?: () => number;
}

// Items younger than this may still be getting their mark (an insertion marks each item right
// after creating it, a resumed one a little later): their "no mark" is not remembered.
const MARKING_MS = 60_000;

// What a reader remembers of an item: its mark, or that it had none at a given modification.
type Known =
  | { readonly kind: 'mark'; readonly mark: unknown }
  | { readonly kind: 'none'; readonly modifiedAt: string };

/** Reads one board again and again (each Score, each live rescore), remembering template marks between reads. */
export interface BoardReader {
  /**
   * The board now, e.g. `readBoard(await reader.read())`; only items without a known mark cost a
   * metadata read. Once `signal` is aborted no further call starts and the read rejects.
   */
  read(signal?: AbortSignal): Promise<BoardItemsJson>;
  /** Stops following the board's deletions; the reader still reads, but remembers no marks. */
  close(): void;
}

const KINDS = ['sticky_note', 'frame', 'shape', 'tag'];

// What one metadata read found: a mark, no mark, or an item deleted since the `get` (someone
// removed it meanwhile). A deleted item is read without metadata, as a board file would show it
// had the save happened a moment earlier; asking again could not bring it back.
type MarkReading = { readonly kind: 'mark'; readonly mark: unknown } | { readonly kind: 'none' };

function readMarkOf(item: Frame | Shape, retry: RetryOptions): Promise<MarkReading> {
  return withRetry(async (): Promise<MarkReading> => {
    try {
      const mark = await item.getMetadata(MARK_KEY);
      return mark === undefined || mark === null ? { kind: 'none' } : { kind: 'mark', mark };
    } catch (error) {
      // Not retried: a deleted item stays deleted. Anything else goes to `withRetry`.
      if (boardError(error).kind === 'deleted') return { kind: 'none' };
      throw error;
    }
  }, retry);
}

function stamp(item: BoardItem, field: 'createdAt' | 'modifiedAt'): string {
  const value = (item as Partial<Record<typeof field, unknown>>)[field];
  return typeof value === 'string' ? value : '';
}

/**
 * A reader for one board that keeps the marks it found across reads; create one per panel.
 * Example: `const reader = createBoardReader(miro.board); await reader.read(); await reader.read()`
 * (the second read asks only about frames and shapes that had no mark).
 */
export function createBoardReader(board: BoardApi, options: ReadBoardOptions = {}): BoardReader {
  const retry = options.retry ?? defaultRetry();
  const concurrency = options.concurrency ?? 8;
  const now = options.now ?? Date.now;
  let marks = new Map<string, Known>();
  let open = true;
  // Items deleted while a read is under way: that read must not bring their marks back.
  const deletedDuringRead = new Set<string>();
  const onDelete = (event: { items: readonly { id: string }[] }) => {
    for (const item of event.items) {
      marks.delete(item.id);
      deletedDuringRead.add(item.id);
    }
  };
  void board.ui.on('items:delete', onDelete);
  return {
    async read(signal) {
      deletedDuringRead.clear();
      const calls: RetryOptions = signal ? { ...retry, signal } : retry;
      const found = await withRetry(() => board.get({ type: KINDS }), calls);
      // A large board's answer took its task to arrive; going through it takes the next one.
      await nextTask();
      // Notes, most of a board, go to the core as the SDK gives them: the core reads their
      // fields. Only frames and shapes are looked at here, for their marks.
      const tags: BoardItem[] = [];
      const items: object[] = [];
      const regions: { readonly item: Frame | Shape; readonly at: number }[] = [];
      for (const item of found) {
        if (isTag(item)) tags.push(item);
        else {
          if (isFrame(item) || isShape(item)) regions.push({ item, at: items.length });
          items.push(item);
        }
      }
      const known = marks;
      const next = new Map<string, Known>();
      const settled = now() - MARKING_MS;
      await runBounded(
        regions.map(({ item, at }) => async () => {
          signal?.throwIfAborted();
          const before = known.get(item.id);
          const reading: MarkReading =
            before?.kind === 'mark'
              ? before
              : before?.kind === 'none' && before.modifiedAt === stamp(item, 'modifiedAt')
                ? before
                : await readMarkOf(item, calls);
          if (reading.kind === 'none') {
            if (Date.parse(stamp(item, 'createdAt')) < settled)
              next.set(item.id, { kind: 'none', modifiedAt: stamp(item, 'modifiedAt') });
            return;
          }
          next.set(item.id, reading);
          items[at] = { ...item, metadata: { [MARK_KEY]: reading.mark } };
        }),
        concurrency,
      );
      // Only the marks of items still on the board are kept, so the memory follows the board.
      for (const id of deletedDuringRead) next.delete(id);
      marks = open ? next : new Map();
      return { items, tags };
    },
    close() {
      open = false;
      marks = new Map();
      void board.ui.off('items:delete', onDelete);
    },
  };
}

/** Reads sticky notes, frames, shapes and tags once, with the template marks; e.g. `readBoard(await readBoardItems(miro.board))`. */
export async function readBoardItems(
  board: BoardApi,
  options: ReadBoardOptions = {},
): Promise<BoardItemsJson> {
  const reader = createBoardReader(board, options);
  try {
    return await reader.read();
  } finally {
    reader.close();
  }
}
