// Building the parts of a template on the board. A part is created (and adopted instead when an
// earlier create took effect but its answer was lost), then put in its frame and marked, both at
// once. Creates wait for nothing: a part is created while its frame may still be on its way, and
// only `frame.add` waits for the frame. So a template takes a few round trips, not one per layer.

import { MARK_KEY, writeMark } from '../core/template-mark.ts';
import type { PlanItem, TemplatePlan } from '../core/template-plan.ts';
import { type BoardApi, isFrame } from './board-api.ts';
import { BoardError } from './board-errors.ts';
import type { ItemProgress } from './insert-template.ts';
import { findMade, type MadeItem, type PlanShift } from './made-items.ts';

/** Makes one SDK call with retries; `'next'` for the calls that finish a part already created. */
export type Call = <T>(fn: () => Promise<T>, turn?: 'next' | 'later') => Promise<T>;

/** What building parts shares: the board, where the plan goes, and what is made so far. */
export interface Building {
  readonly board: BoardApi;
  readonly plan: TemplatePlan;
  readonly at: PlanShift;
  /** Made items by plan ref: a failure or Cancel from any moment on removes or keeps them. */
  readonly live: Map<string, MadeItem>;
  readonly progress: Map<string, ItemProgress>;
  readonly call: Call;
}

/** Whether a part is done: created, in its frame and marked. */
export function isFinished(state: ItemProgress | undefined): boolean {
  return state?.added === true && state.marked;
}

/**
 * A function that builds one part to the end (unless a resumed run did some of it), e.g.
 * `await Promise.all(plan.items.map(partBuilder(building)))`; a part's frame is created on demand.
 */
export function partBuilder(building: Building): (item: PlanItem) => Promise<void> {
  const { live, progress, call } = building;
  const byRef = new Map(building.plan.items.map((item) => [item.ref, item]));
  const creating = new Map<string, Promise<MadeItem>>();
  const made = (item: PlanItem): Promise<MadeItem> => {
    const known = live.get(item.ref);
    if (known) return Promise.resolve(known);
    let pending = creating.get(item.ref);
    if (!pending) {
      pending = createPart(building, item);
      creating.set(item.ref, pending);
    }
    return pending;
  };

  return async (item) => {
    const created = await made(item);
    const parentItem = item.parentRef === null ? undefined : byRef.get(item.parentRef);
    const parent = parentItem && (await made(parentItem));
    const state = progress.get(item.ref) ?? { id: created.id, added: false, marked: false };
    const steps: Promise<void>[] = [];
    if (!state.added && parent && isFrame(parent)) {
      steps.push(
        call(() => parent.add(created), 'next').then(() => {
          progress.set(item.ref, { ...(progress.get(item.ref) ?? state), added: true });
        }),
      );
    }
    if (!state.marked && item.mark) {
      const stored = writeMark(item.mark);
      steps.push(
        call(() => created.setMetadata(MARK_KEY, stored), 'next').then(() => {
          progress.set(item.ref, { ...(progress.get(item.ref) ?? state), marked: true });
        }),
      );
    }
    const outcomes = await Promise.allSettled(steps);
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    // The panel then says an item went away.
    if (item.parentRef !== null && !progress.get(item.ref)?.added)
      throw new BoardError(
        'deleted',
        `The frame of ${item.ref} is not on the board: it was deleted or replaced.`,
      );
  };
}

/** Creates one part, or adopts it when a create whose answer was lost made it all the same. */
async function createPart(building: Building, item: PlanItem): Promise<MadeItem> {
  const { board, at, live } = building;
  let asked = false;
  const made = await building.call(async () => {
    if (asked) {
      const taken = new Set([...live.values()].map((known) => known.id));
      const found = (await findMade(board, [item], at, taken)).get(item.ref);
      if (found) return found;
    }
    asked = true;
    return create(board, item, at);
  });
  live.set(item.ref, made);
  building.progress.set(item.ref, {
    id: made.id,
    added: item.parentRef === null,
    marked: item.mark === null,
  });
  return made;
}

/** The SDK call that creates one plan item at its place on the board. */
function create(board: BoardApi, item: PlanItem, at: PlanShift): Promise<MadeItem> {
  const x = item.x + at.x;
  const y = item.y + at.y;
  switch (item.kind) {
    case 'frame':
      return board.createFrame({
        title: item.title,
        x,
        y,
        width: item.width,
        height: item.height,
        style: item.style,
      });
    case 'shape':
      return board.createShape({
        shape: item.shape,
        content: item.content,
        x,
        y,
        width: item.width,
        height: item.height,
        style: item.style,
      });
    case 'text':
      // A text's height follows its content: only the width is set.
      return board.createText({ content: item.content, x, y, width: item.width, style: item.style });
    default: {
      const unreachable: never = item;
      return unreachable;
    }
  }
}
