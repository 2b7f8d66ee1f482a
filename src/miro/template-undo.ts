// Taking an unfinished insertion back up: finding what a kept insertion made (to resume or
// discard it) and removing what was made, also the items whose create answer was lost.
import type { Item } from '@mirohq/websdk-types';
import type { PlanItem, TemplatePlan } from '../core/template-plan.ts';
import { type BoardApi, isFrame, isShape, isText } from './board-api.ts';
import { type RetryOptions, runBounded, withRetry } from './calls.ts';
import type { ItemProgress, ResumePoint } from './insert-template.ts';
import { findMade, type MadeItem, type PlanShift } from './made-items.ts';

/** Finds the items a kept insertion made, also those whose answer was lost; those deleted since are simply made again. */
export async function recover(
  board: BoardApi,
  plan: TemplatePlan,
  resume: ResumePoint,
  live: Map<string, MadeItem>,
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
export async function rollback(
  board: BoardApi,
  items: readonly PlanItem[],
  known: ReadonlyMap<string, MadeItem>,
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
