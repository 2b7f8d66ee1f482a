// Inserting a template plan on a board, and discarding a kept part of one: what the panel calls
// and what an insertion reports. The work itself (src/miro/insertion.ts, with template-parts.ts
// and template-undo.ts) is not part of the panel's first load: `prepareInsertion` fetches it once
// the panel has shown itself, so Insert does not wait for it.
import type { Rect } from '../core/model.ts';
import type { TemplatePlan } from '../core/template-plan.ts';
import type { BoardApi } from './board-api.ts';
import { type BoardFailure, boardFailure } from './board-errors.ts';
import type { RetryOptions } from './calls.ts';

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

/** How to insert, e.g. `{ onFailure: 'rollback', signal: controller.signal, onProgress }`. */
export interface InsertOptions {
  /** SDK calls in flight at once (default 64: a 3 × 12 template in about a second). */
  readonly concurrency?: number;
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

type Insertion = typeof import('./insertion.ts');

let insertion: Promise<Insertion> | undefined;

/** Fetches the insertion's code ahead of the first Insert, e.g. when the browser is idle; again after a failed fetch. */
export function prepareInsertion(): Promise<Insertion> {
  insertion ??= import('./insertion.ts').catch((error: unknown) => {
    insertion = undefined;
    throw error;
  });
  return insertion;
}

/** Writes a plan to the board; resolves with what was done, never throws for board failures. */
export async function insertTemplate(
  board: BoardApi,
  plan: TemplatePlan,
  options: InsertOptions,
): Promise<InsertResult> {
  let code: Insertion;
  try {
    code = await prepareInsertion();
  } catch (error) {
    // The app's own files could not be fetched (offline): nothing was made.
    return { kind: 'rolled-back', stop: boardFailure(error), leftovers: [] };
  }
  return code.runInsertion(board, plan, options);
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
  try {
    return (await prepareInsertion()).discardKept(board, plan, resume, options);
  } catch (error) {
    return boardFailure(error);
  }
}
