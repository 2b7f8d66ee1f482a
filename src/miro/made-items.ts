// Finding what a call made when its answer never came. A create can take effect on the board and
// still fail for the app (a time-out loses the answer, not the item), so before creating again,
// and before saying a rollback is complete, the executor looks for the item it asked for: an item
// of the planned kind, on the canvas (not yet in a frame), at the planned centre and size, with
// the planned text. The plan was placed in empty space, so nothing else matches all of these.
import type { Frame, Shape, Text } from '@mirohq/websdk-types';
import type { PlanItem } from '../core/template-plan.ts';
import { type BoardApi, type BoardItem, isFrame, isShape, isText } from './board-api.ts';
import { type RetryOptions, withRetry } from './calls.ts';

/** An item the executor creates: a frame, a shape or a text. */
export type MadeItem = Frame | Shape | Text;

/** Where the plan was placed: the shift from plan coordinates to board coordinates. */
export interface PlanShift {
  readonly x: number;
  readonly y: number;
}

// Board coordinates may come back rounded; a tenth of a board unit is far below anything visible.
const TOLERANCE = 0.1;

/** Whether two board coordinates are the same place, e.g. a planned centre and the one read back. */
export const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE;

/**
 * Creates an item once: after a failed create, `find` looks for what the call may have made
 * (its answer lost after it took effect), and that is adopted instead of making a second one.
 */
export async function createOnce<T>(
  create: () => Promise<T>,
  find: () => Promise<T | undefined>,
  retry: RetryOptions,
): Promise<T> {
  let asked = false;
  return withRetry(async () => {
    if (asked) {
      const found = await find();
      if (found) return found;
    }
    asked = true;
    return create();
  }, retry);
}

/** A board text as the reader sees it (`htmlToText`), passed in so that the decoder loads only when a board is searched. */
type TextOf = (html: string) => string;

// The HTML decoder is large (every HTML5 entity): it stays out of the panel's first load and comes
// with the first search for made items, i.e. at the end of an insertion, never before one.
async function loadTextOf(): Promise<TextOf> {
  const { htmlToText } = await import('../core/text.ts');
  return (html) => htmlToText(html).trim();
}

/** Whether a board item is the one a plan item asked for, e.g. a zone shape whose answer was lost. */
function isMadeFor(found: BoardItem, item: PlanItem, at: PlanShift, textOf: TextOf): found is MadeItem {
  if (found.type !== item.kind || found.parentId !== null) return false;
  if (!isFrame(found) && !isShape(found) && !isText(found)) return false;
  if (!near(found.x, item.x + at.x) || !near(found.y, item.y + at.y) || !near(found.width, item.width))
    return false;
  switch (item.kind) {
    case 'frame':
      return isFrame(found) && near(found.height, item.height) && textOf(found.title) === textOf(item.title);
    case 'shape':
      return (
        isShape(found) && near(found.height, item.height) && textOf(found.content) === textOf(item.content)
      );
    case 'text':
      // A text's height follows its content.
      return isText(found) && textOf(found.content) === textOf(item.content);
    default: {
      const unreachable: never = item;
      return unreachable;
    }
  }
}

/**
 * The board items made for the given plan items and not yet known (not in `taken`), by plan ref:
 * one `board.get` for the kinds asked about. E.g. after a lost `createShape`, `findMade(board, [zone], at, known)`.
 */
export async function findMade(
  board: BoardApi,
  items: readonly PlanItem[],
  at: PlanShift,
  taken: ReadonlySet<string>,
): Promise<Map<string, MadeItem>> {
  const made = new Map<string, MadeItem>();
  if (items.length === 0) return made;
  const kinds = [...new Set(items.map((item) => item.kind))];
  const candidates = (await board.get({ type: kinds })).filter((found) => !taken.has(found.id));
  const textOf = await loadTextOf();
  const used = new Set<string>();
  for (const item of items) {
    const found = candidates.find(
      (candidate) => !used.has(candidate.id) && isMadeFor(candidate, item, at, textOf),
    );
    if (found) {
      made.set(item.ref, found);
      used.add(found.id);
    }
  }
  return made;
}

/** Every board item at a plan item's place beyond the ones known (`taken`): copies made by answers lost twice. */
export async function findCopies(
  board: BoardApi,
  items: readonly PlanItem[],
  at: PlanShift,
  taken: ReadonlySet<string>,
): Promise<MadeItem[]> {
  if (items.length === 0) return [];
  const kinds = [...new Set(items.map((item) => item.kind))];
  const candidates = (await board.get({ type: kinds })).filter((found) => !taken.has(found.id));
  const textOf = await loadTextOf();
  return candidates.filter((found): found is MadeItem =>
    items.some((item) => isMadeFor(found, item, at, textOf)),
  );
}
