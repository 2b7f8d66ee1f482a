// Executes a template plan on a board: finds free space near the viewport, creates the items
// layer by layer (frames before their children) a few at a time, retries failed and
// rate-limited calls, and either finishes the whole template or, on Cancel or a failure it
// cannot get past, removes what it made or hands back what is needed to resume. It never
// leaves a partial template without saying so.
//
// Calls per item: create, frame.add (all but the map frame) and setMetadata (all but the
// details texts, which carry no mark). `frame.add` and `setMetadata` go out together, since
// neither depends on the other. Per insertion: viewport.get, findEmptySpace, sendToBack, zoomTo.
import type { Item } from '@mirohq/websdk-types';
import type { Rect } from '../core/model.ts';
import { MARK_KEY, writeMark } from '../core/template-mark.ts';
import type { PlanItem, TemplatePlan } from '../core/template-plan.ts';
import { type BoardApi, isFrame, isShape, isText } from './board-api.ts';
import { BoardError, type BoardFailure, boardFailure } from './board-errors.ts';
import { createThrottle, type RetryOptions, runBounded, sleep, withRetry } from './calls.ts';
import { findCopies, findMade, type MadeItem, type PlanShift } from './made-items.ts';

/** How far along an insertion is, e.g. `{ stage: 'creating', done: 40, total: 148 }`. */
export interface InsertProgress {
  readonly stage: 'placing' | 'creating' | 'finishing' | 'rolling-back';
  /** Items finished (created, in their frame, marked), or removed while rolling back. */
  readonly done: number;
  readonly total: number;
}

/** What to do with the items already made when the insertion cannot finish. */
export type OnFailure = 'rollback' | 'keep';

/** Where an insertion stopped, enough to finish it later with `insertTemplate(board, plan, { resume })`. */
export interface ResumePoint {
  readonly mapId: string;
  /** The shift from the plan's coordinates to the board's, chosen by the first attempt. */
  readonly shift: { readonly x: number; readonly y: number };
  /** Each started item's board id and how far it got, by plan ref. */
  readonly started: Readonly<Record<string, ItemProgress>>;
}

/** How far one item got: created, then in its frame and marked (either order). */
export interface ItemProgress {
  readonly id: string;
  readonly added: boolean;
  readonly marked: boolean;
}

/** How to insert, e.g. `{ concurrency: 12, onFailure: 'rollback', signal: controller.signal, onProgress }`. */
export interface InsertOptions {
  /** Items in flight at once (each has at most two calls in flight). */
  readonly concurrency: number;
  readonly onFailure: OnFailure;
  /** Cancel: no new call starts, then the failure policy applies. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: InsertProgress) => void;
  /** Continue an insertion that was kept after a failure or Cancel. */
  readonly resume?: ResumePoint;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Retries per call (default 10: enough backoff to outlast a one-minute rate-limit window). */
  readonly retries?: number;
  /** First backoff wait (default 500 ms). */
  readonly baseDelayMs?: number;
  /** Told of each failed call before its retry waits, e.g. so the panel can say it waits for Miro's rate limit. */
  readonly onRetry?: RetryOptions['onRetry'];
}

/** Why an insertion stopped early, e.g. `{ kind: 'failed', error: 'rate-limited', message: 'Rate limit exceeded …' }`. */
export type InsertStop = { readonly kind: 'cancelled' } | BoardFailure;

/** What insertion did: a whole template, nothing (rolled back), or a kept part that can be resumed. */
export type InsertResult =
  | {
      readonly kind: 'inserted';
      readonly mapFrameId: string;
      /** Board ids by plan ref. */
      readonly ids: Readonly<Record<string, string>>;
      /** The map frame's rectangle on the board. */
      readonly bounds: Rect;
      /** Finishing touches that failed on a complete template: it scores, but may look off. */
      readonly warnings: readonly ('send-to-back' | 'zoom' | 'copies')[];
    }
  | {
      readonly kind: 'rolled-back';
      readonly stop: InsertStop;
      /** Ids of items that could not be removed (empty unless the board kept failing). */
      readonly leftovers: readonly string[];
    }
  | {
      readonly kind: 'kept';
      readonly stop: InsertStop;
      readonly resume: ResumePoint;
      /** Items finished, of the plan's total. */
      readonly done: number;
      readonly total: number;
    };

type Created = MadeItem;

class Cancelled extends Error {
  override readonly name = 'Cancelled';
}

// Space kept free around a new map, so two maps never touch.
const MAP_MARGIN = 200;

/** Writes a plan to the board; resolves with what was done, never throws for board failures. */
export async function insertTemplate(
  board: BoardApi,
  plan: TemplatePlan,
  options: InsertOptions,
): Promise<InsertResult> {
  const total = plan.items.length;
  const retry: RetryOptions = {
    retries: options.retries ?? 10,
    baseDelayMs: options.baseDelayMs ?? 500,
    sleep: options.sleep ?? sleep,
    random: options.random ?? Math.random,
    throttle: createThrottle(),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
  };
  const call = <T>(fn: () => Promise<T>): Promise<T> => {
    if (options.signal?.aborted) return Promise.reject(new Cancelled());
    return withRetry(fn, retry);
  };
  const report = (stage: InsertProgress['stage'], done: number, of = total) =>
    options.onProgress?.({ stage, done, total: of });

  const live = new Map<string, Created>();
  const progress = new Map<string, ItemProgress>();
  // Set once the place is known (a resume point of this map, or free space found): a rollback
  // looks for lost items only there.
  let shift: PlanShift | undefined;
  let done = 0;

  try {
    report('placing', 0);
    if (options.resume) {
      // A mix-up in the caller, not the board.
      if (options.resume.mapId !== plan.mapId)
        throw new BoardError('failed', 'The resume point belongs to another map.');
      shift = options.resume.shift;
      await recover(board, plan, options.resume, live, progress, call);
    }
    if (!shift) shift = await findPlace(board, plan.bounds, call);
    const at = shift;
    done = plan.items.filter((item) => isFinished(progress.get(item.ref))).length;
    report('creating', done);

    for (const layer of layers(plan.items)) {
      const unfinished = layer.filter((item) => !isFinished(progress.get(item.ref)));
      const tasks = unfinished.map((item) => async () => {
        await buildItem(item, at);
        done += 1;
        report('creating', done);
      });
      await runBounded(tasks, Math.max(1, options.concurrency));
    }
  } catch (error) {
    const stop: InsertStop =
      error instanceof Cancelled || options.signal?.aborted ? { kind: 'cancelled' } : boardFailure(error);
    if (options.onFailure === 'keep' && shift) {
      return {
        kind: 'kept',
        stop,
        resume: { mapId: plan.mapId, shift, started: Object.fromEntries(progress) },
        done,
        total,
      };
    }
    // Cleaning up must not give up as easily as building, nor stop at Cancel.
    const patient: RetryOptions = { ...retry, retries: Math.max(retry.retries, 10), signal: undefined };
    const leftovers = await rollback(board, plan.items, live, shift, options.concurrency, patient, (n, of) =>
      report('rolling-back', n, of),
    );
    return { kind: 'rolled-back', stop, leftovers };
  }

  report('finishing', total);
  const warnings: ('send-to-back' | 'zoom' | 'copies')[] = [];
  // A create whose answer was lost may still land after the item was made again: such copies
  // sit at a plan item's place on the canvas, and go.
  const known = new Set([...live.values()].map((item) => item.id));
  const placedAt = shift ?? { x: 0, y: 0 };
  await withRetry(() => findCopies(board, plan.items, placedAt, known), retry)
    .then((copies) =>
      runBounded(
        copies.map((copy) => () => withRetry(() => board.remove(copy), retry)),
        Math.max(1, options.concurrency),
      ),
    )
    .catch(() => warnings.push('copies'));
  const inOrder = plan.items.flatMap((item) => live.get(item.ref) ?? []);
  // Plan order is back to front: frames, rows, then zones and details on top of their rows.
  await withRetry(() => board.sendToBack(inOrder), retry).catch(() => warnings.push('send-to-back'));
  // Every item was built, so the root of the plan (the map frame) is among them.
  const root = plan.items.find((item) => item.parentRef === null);
  const mapFrame = (root && live.get(root.ref)) ?? inOrder[0];
  if (mapFrame)
    await withRetry(() => board.viewport.zoomTo(mapFrame), retry).catch(() => warnings.push('zoom'));
  const x = shift?.x ?? 0;
  const y = shift?.y ?? 0;
  return {
    kind: 'inserted',
    mapFrameId: mapFrame?.id ?? '',
    ids: Object.fromEntries([...live].map(([ref, item]) => [ref, item.id])),
    bounds: {
      left: plan.bounds.left + x,
      top: plan.bounds.top + y,
      right: plan.bounds.right + x,
      bottom: plan.bounds.bottom + y,
    },
    warnings,
  };

  /** Creates one item (unless a resumed run already did), puts it in its frame and marks it. */
  async function buildItem(item: PlanItem, at: { x: number; y: number }): Promise<void> {
    let created = live.get(item.ref);
    if (!created) {
      let asked = false;
      const made = await call(async () => {
        // After a failed create, the item may be on the board all the same: adopt it.
        if (asked) {
          const taken = new Set([...live.values()].map((known) => known.id));
          const found = (await findMade(board, [item], at, taken)).get(item.ref);
          if (found) return found;
        }
        asked = true;
        return create(board, item, at);
      });
      created = made;
      // Recorded at once, so a failure or Cancel from here on removes or keeps it.
      live.set(item.ref, made);
      progress.set(item.ref, { id: made.id, added: item.parentRef === null, marked: item.mark === null });
    }
    const state = progress.get(item.ref) ?? { id: created.id, added: false, marked: false };
    const parent = item.parentRef === null ? undefined : live.get(item.parentRef);
    const steps: Promise<void>[] = [];
    if (!state.added && parent && isFrame(parent)) {
      const child = created;
      steps.push(
        call(() => parent.add(child)).then(() => {
          progress.set(item.ref, { ...(progress.get(item.ref) ?? state), added: true });
        }),
      );
    }
    if (!state.marked && item.mark) {
      const stored = writeMark(item.mark);
      const target = created;
      steps.push(
        call(() => target.setMetadata(MARK_KEY, stored)).then(() => {
          progress.set(item.ref, { ...(progress.get(item.ref) ?? state), marked: true });
        }),
      );
    }
    const outcomes = await Promise.allSettled(steps);
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    const after = progress.get(item.ref);
    // The panel then says an item went away.
    if (item.parentRef !== null && !after?.added)
      throw new BoardError(
        'deleted',
        `The frame of ${item.ref} is not on the board: it was deleted or replaced.`,
      );
  }
}

/** What Discard did: the ids it could not remove (none when all went), or why it could not start. */
export type DiscardOutcome =
  | { readonly kind: 'discarded'; readonly leftovers: readonly string[] }
  | BoardFailure;

/** Removes what a kept insertion made, when the user chooses Discard instead of Resume. */
export async function discardKept(
  board: BoardApi,
  plan: TemplatePlan,
  resume: ResumePoint,
  options: Pick<InsertOptions, 'concurrency' | 'sleep' | 'random' | 'retries' | 'baseDelayMs'>,
): Promise<DiscardOutcome> {
  const retry: RetryOptions = {
    retries: Math.max(options.retries ?? 10, 10),
    baseDelayMs: options.baseDelayMs ?? 500,
    sleep: options.sleep ?? sleep,
    random: options.random ?? Math.random,
    throttle: createThrottle(),
  };
  const live = new Map<string, Created>();
  try {
    await recover(board, plan, resume, live, new Map(), (fn) => withRetry(fn, retry));
  } catch (error) {
    return boardFailure(error);
  }
  const leftovers = await rollback(
    board,
    plan.items,
    live,
    resume.shift,
    options.concurrency,
    retry,
    () => undefined,
  );
  return { kind: 'discarded', leftovers };
}

/** The SDK call that creates one plan item at its place on the board. */
function create(board: BoardApi, item: PlanItem, at: { x: number; y: number }): Promise<Created> {
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

/** The shift that puts the plan in free space nearest the middle of what the user is looking at. */
async function findPlace(
  board: BoardApi,
  bounds: Rect,
  call: <T>(fn: () => Promise<T>) => Promise<T>,
): Promise<{ x: number; y: number }> {
  const view = await call(() => board.viewport.get());
  const width = bounds.right - bounds.left;
  const height = bounds.bottom - bounds.top;
  const space = await call(() =>
    board.findEmptySpace({
      x: view.x + view.width / 2,
      y: view.y + view.height / 2,
      width,
      height,
      offset: MAP_MARGIN,
    }),
  );
  return { x: space.x - (bounds.left + width / 2), y: space.y - (bounds.top + height / 2) };
}

/** Finds the items a kept insertion made, also those whose answer was lost; those deleted since are simply made again. */
async function recover(
  board: BoardApi,
  plan: TemplatePlan,
  resume: ResumePoint,
  live: Map<string, Created>,
  progress: Map<string, ItemProgress>,
  call: <T>(fn: () => Promise<T>) => Promise<T>,
): Promise<void> {
  const ids = Object.values(resume.started).map((started) => started.id);
  const found = new Map<string, Item>(
    ids.length === 0 ? [] : (await call(() => board.get({ id: ids }))).map((item) => [item.id, item]),
  );
  for (const [ref, started] of Object.entries(resume.started)) {
    const item = found.get(started.id);
    if (item && (isFrame(item) || isShape(item) || isText(item))) {
      live.set(ref, item);
      progress.set(ref, started);
    }
  }
  // Items made by a create whose answer was lost: on the canvas at their place, neither added nor marked.
  const unknown = plan.items.filter((item) => !live.has(item.ref));
  const taken = new Set([...live.values()].map((item) => item.id));
  const lost = await call(() => findMade(board, unknown, resume.shift, taken));
  for (const item of unknown) {
    const made = lost.get(item.ref);
    if (!made) continue;
    live.set(item.ref, made);
    progress.set(item.ref, { id: made.id, added: item.parentRef === null, marked: item.mark === null });
  }
}

/**
 * Removes what was made, children before their frames, also items whose create answer was lost
 * (found at their place); returns the ids it could not remove.
 */
async function rollback(
  board: BoardApi,
  items: readonly PlanItem[],
  known: ReadonlyMap<string, Created>,
  shift: PlanShift | undefined,
  concurrency: number,
  retry: RetryOptions,
  report: (done: number, total: number) => void,
): Promise<string[]> {
  const leftovers: string[] = [];
  const live = new Map(known);
  // Nothing is made before a place is chosen.
  if (shift) {
    const taken = new Set([...live.values()].map((item) => item.id));
    const unknown = items.filter((item) => !live.has(item.ref));
    try {
      const lost = await withRetry(() => findMade(board, unknown, shift, taken), retry);
      for (const [ref, item] of lost) live.set(ref, item);
    } catch {
      // The board cannot be asked even after retries: the known items still go.
    }
  }
  let removed = 0;
  report(0, live.size);
  for (const layer of layers(items).reverse()) {
    const made = layer.flatMap((item) => live.get(item.ref) ?? []);
    await runBounded(
      made.map((item) => async () => {
        try {
          await withRetry(() => board.remove(item), retry);
        } catch {
          // Gone already (removed with its frame, or by a user, or by a call that timed out
          // after succeeding) counts as removed; anything else is reported.
          const still = await withRetry(() => board.get({ id: item.id }), retry).catch(() => [item]);
          if (still.length > 0) leftovers.push(item.id);
        }
        removed += 1;
        report(removed, live.size);
      }),
      Math.max(1, concurrency),
    );
  }
  return leftovers;
}

/** The plan's items grouped by layer, lowest first. */
function layers(items: readonly PlanItem[]): PlanItem[][] {
  const byLayer = new Map<number, PlanItem[]>();
  for (const item of items) {
    const layer = byLayer.get(item.layer) ?? [];
    layer.push(item);
    byLayer.set(item.layer, layer);
  }
  return [...byLayer.keys()].sort((a, b) => a - b).map((layer) => byLayer.get(layer) ?? []);
}

function isFinished(state: ItemProgress | undefined): boolean {
  return state?.added === true && state.marked;
}
