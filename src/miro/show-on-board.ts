// "Show on board" and "Clear": carries out the badge plan of src/core/board-badges.ts. Badges and
// the summary are found again by this app's metadata (find-results.ts), so showing twice updates
// them in place and Clear removes exactly what the app put there. A failure part-way leaves a board
// that the next Show repairs (it finds, updates and de-duplicates whatever is there). How a badge
// and the summary are drawn: badge-items.ts, summary-frame.ts.

import { type BadgeMark, planBadges } from '../core/board-badges.ts';
import type { Language } from '../core/model.ts';
import type { BoardSnapshot } from '../core/snapshot.ts';
import type { Tally } from '../core/tally.ts';
import { badgeSlot } from '../core/template-layout.ts';
import { createBadge, updateBadge } from './badge-items.ts';
import type { BoardApi } from './board-api.ts';
import { type BoardFailure, boardFailure } from './board-errors.ts';
import { defaultRetry, type RetryOptions, runBounded } from './calls.ts';
import { findResults } from './find-results.ts';
import { removeItems } from './remove-items.ts';
import { createSummary } from './summary-frame.ts';

/** How to show, e.g. `{ language: 'pl', concurrency: 4 }`. */
export interface ShowOptions {
  readonly language: Language;
  /** Board calls in flight at once (default 6). */
  readonly concurrency?: number;
  /** How failed calls are retried (default: 4 retries from 250 ms). */
  readonly retry?: RetryOptions;
}

/** What Show did: badges per template row, or the summary frame; or why it stopped (a value, never a throw). */
export type ShowOutcome =
  | {
      readonly kind: 'badges';
      readonly created: number;
      /** Badges rewritten (their counts or place changed). */
      readonly updated: number;
      /** Badges that already showed the scoring: no call was made for them. */
      readonly unchanged: number;
      readonly removed: number;
      /** Rows left without a badge because notes cover every place for it. */
      readonly uncovered: readonly BadgeMark[];
    }
  | { readonly kind: 'summary'; readonly frameId: string; readonly removed: number }
  | BoardFailure;

/** What Clear did. */
export type ClearOutcome = { readonly kind: 'cleared'; readonly removed: number } | BoardFailure;

/** Puts the scoring on the board: a badge on every template row, or one summary frame beside a hand-built map. */
export async function showOnBoard(
  board: BoardApi,
  scored: { readonly snapshot: BoardSnapshot; readonly tally: Tally },
  options: ShowOptions,
): Promise<ShowOutcome> {
  const retry = options.retry ?? defaultRetry();
  const concurrency = options.concurrency ?? 6;
  try {
    const found = await findResults(board, retry, concurrency);
    const plan = planBadges(scored.snapshot, scored.tally, found.badges, badgeSlot, options.language);
    const byId = new Map(found.badges.map((badge) => [badge.id, badge.item]));
    if (plan.kind === 'summary') {
      const old = [...found.summary, ...plan.remove.flatMap((id) => byId.get(id) ?? [])];
      await removeItems(board, old, retry, concurrency);
      const frameId = await createSummary(board, plan.summary, found.summaryFrame, retry);
      return { kind: 'summary', frameId, removed: old.length };
    }
    const old = [...found.summary, ...plan.remove.flatMap((id) => byId.get(id) ?? [])];
    await removeItems(board, old, retry, concurrency);
    const tasks = [
      ...plan.update.map(
        ({ id, spec }) =>
          () =>
            updateBadge(board, byId.get(id), spec, retry),
      ),
      ...plan.create.map((spec) => () => createBadge(board, spec, retry).then(() => true)),
    ];
    const written = await runBounded(tasks, concurrency);
    const updated = written.slice(0, plan.update.length).filter(Boolean).length;
    return {
      kind: 'badges',
      created: plan.create.length,
      updated,
      unchanged: plan.update.length - updated,
      removed: old.length,
      uncovered: plan.uncovered,
    };
  } catch (error) {
    return boardFailure(error);
  }
}

/** Removes every badge and summary the app put on the board. */
export async function clearFromBoard(
  board: BoardApi,
  options: Pick<ShowOptions, 'concurrency' | 'retry'> = {},
): Promise<ClearOutcome> {
  const retry = options.retry ?? defaultRetry();
  const concurrency = options.concurrency ?? 6;
  try {
    const found = await findResults(board, retry, concurrency);
    const items = [...found.badges.map((badge) => badge.item), ...found.summary];
    await removeItems(board, items, retry, concurrency);
    return { kind: 'cleared', removed: items.length };
  } catch (error) {
    return boardFailure(error);
  }
}
