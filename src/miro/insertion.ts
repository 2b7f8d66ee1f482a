// Executes a template plan on a board: finds free space near the viewport, builds every part at
// once within a bound of calls in flight (src/miro/template-parts.ts), retries failed and
// rate-limited calls, and either finishes the whole template or, on Cancel or a failure it
// cannot get past, removes what it made or hands back what is needed to resume
// (src/miro/template-undo.ts). It never leaves a partial template without saying so.
//
// Calls per item: create, frame.add (all but the map frame) and setMetadata (all but the
// details texts, which carry no mark). Per insertion: viewport.get, findEmptySpace, then a `get`
// for copies, sendToBack and zoomTo, those three at once.
import type { Rect } from '../core/model.ts';
import type { TemplatePlan } from '../core/template-plan.ts';
import type { BoardApi } from './board-api.ts';
import { BoardError, boardFailure } from './board-errors.ts';
import { createCallQueue } from './call-queue.ts';
import { createThrottle, type RetryOptions, runBounded, sleep, withRetry } from './calls.ts';
import type {
  DiscardOutcome,
  InsertOptions,
  InsertProgress,
  InsertResult,
  InsertStop,
  ItemProgress,
  ResumePoint,
} from './insert-template.ts';
import { findCopies, type MadeItem, type PlanShift } from './made-items.ts';
import { type Call, isFinished, partBuilder } from './template-parts.ts';
import { recover, rollback } from './template-undo.ts';

class Cancelled extends Error {
  override readonly name = 'Cancelled';
}

// Space kept free around a new map, so two maps never touch.
const MAP_MARGIN = 200;

// Calls in flight at once. A 3 × 12 template is some 450 calls costing 22,300 credits, within
// Miro's 100,000 a minute; at 100 ms a call, 64 at a time build it in about a second.
const CONCURRENCY = 64;

/** Writes a plan to the board (see `insertTemplate`, which loads this file when first needed). */
export async function runInsertion(
  board: BoardApi,
  plan: TemplatePlan,
  options: InsertOptions,
): Promise<InsertResult> {
  const total = plan.items.length;
  const concurrency = options.concurrency ?? CONCURRENCY;
  // After the first failure (or Cancel) no call is retried and no new call starts; the calls in
  // flight end, then what was made is removed or kept.
  const halt = new AbortController();
  options.signal?.addEventListener('abort', () => halt.abort(), { once: true });
  if (options.signal?.aborted) halt.abort();
  let failure: { readonly error: unknown } | undefined;
  const retry: RetryOptions = {
    retries: options.retries ?? 10,
    baseDelayMs: options.baseDelayMs ?? 500,
    sleep: options.sleep ?? sleep,
    random: options.random ?? Math.random,
    throttle: createThrottle(),
    signal: halt.signal,
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
  };
  const queue = createCallQueue(concurrency);
  const call: Call = (fn, turn) =>
    queue.run(() => {
      if (options.signal?.aborted) return Promise.reject(new Cancelled());
      if (failure) return Promise.reject(failure.error);
      return withRetry(fn, retry);
    }, turn);
  const report = (stage: InsertProgress['stage'], done: number, of = total) =>
    options.onProgress?.({ stage, done, total: of });

  const live = new Map<string, MadeItem>();
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
    const unfinished = plan.items.filter((item) => !isFinished(progress.get(item.ref)));
    done = total - unfinished.length;
    report('creating', done);
    const build = partBuilder({ board, plan, at: shift, live, progress, call });
    await Promise.allSettled(
      unfinished.map(async (item) => {
        try {
          await build(item);
          done += 1;
          report('creating', done);
        } catch (error) {
          failure ??= { error };
          halt.abort();
        }
      }),
    );
    if (failure) throw failure.error;
    // Cancel came after the last call had started: the user still asked for nothing.
    if (options.signal?.aborted) throw new Cancelled();
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
    const leftovers = await rollback(board, plan.items, live, shift, concurrency, patient, (n, of) =>
      report('rolling-back', n, of),
    );
    return { kind: 'rolled-back', stop, leftovers };
  }

  report('finishing', total);
  return finish(board, plan, live, shift, concurrency, retry);
}

/** The finishing touches of a built template, all at once: copies removed, layered, shown. */
async function finish(
  board: BoardApi,
  plan: TemplatePlan,
  live: ReadonlyMap<string, MadeItem>,
  shift: PlanShift,
  concurrency: number,
  retry: RetryOptions,
): Promise<InsertResult> {
  const warnings: ('send-to-back' | 'zoom' | 'copies')[] = [];
  // A create whose answer was lost may still land after the item was made again: such copies
  // sit at a plan item's place on the canvas, and go.
  const known = new Set([...live.values()].map((item) => item.id));
  const inOrder = plan.items.flatMap((item) => live.get(item.ref) ?? []);
  // Every item was built, so the root of the plan (the map frame) is among them.
  const root = plan.items.find((item) => item.parentRef === null);
  const mapFrame = (root && live.get(root.ref)) ?? inOrder[0];
  await Promise.all([
    withRetry(() => findCopies(board, plan.items, shift, known), retry)
      .then((copies) =>
        runBounded(
          copies.map((copy) => () => withRetry(() => board.remove(copy), retry)),
          concurrency,
        ),
      )
      .catch(() => warnings.push('copies')),
    // Plan order is back to front: frames, rows, then zones and details on top of their rows.
    withRetry(() => board.sendToBack(inOrder), retry).catch(() => warnings.push('send-to-back')),
    mapFrame && withRetry(() => board.viewport.zoomTo(mapFrame), retry).catch(() => warnings.push('zoom')),
  ]);
  return {
    kind: 'inserted',
    mapFrameId: mapFrame?.id ?? '',
    ids: Object.fromEntries([...live].map(([ref, item]) => [ref, item.id])),
    bounds: {
      left: plan.bounds.left + shift.x,
      top: plan.bounds.top + shift.y,
      right: plan.bounds.right + shift.x,
      bottom: plan.bounds.bottom + shift.y,
    },
    warnings,
  };
}

/** Removes what a kept insertion made (see `discardKept`). */
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
  const live = new Map<string, MadeItem>();
  try {
    await recover(board, plan, resume, live, new Map(), (fn) => withRetry(fn, retry));
  } catch (error) {
    return boardFailure(error);
  }
  const concurrency = options.concurrency ?? CONCURRENCY;
  const leftovers = await rollback(
    board,
    plan.items,
    live,
    resume.shift,
    concurrency,
    retry,
    () => undefined,
  );
  return { kind: 'discarded', leftovers };
}

/** The shift that puts the plan in free space nearest the middle of what the user is looking at. */
async function findPlace(board: BoardApi, bounds: Rect, call: Call): Promise<PlanShift> {
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
