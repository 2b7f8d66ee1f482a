// An insertion of the template from the template step: its run (progress, Cancel, the result),
// Resume and Discard of a kept part, and the waits for Miro's rate limit meanwhile.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { TemplatePlan } from '../core/template-plan.ts';
import type { BoardApi } from '../miro/board-api.ts';
import type { BoardFailure } from '../miro/board-errors.ts';
import {
  discardKept,
  type InsertProgress,
  type InsertResult,
  insertTemplate,
  type OnFailure,
  type ResumePoint,
} from '../miro/insert-template.ts';
import { createRateLimitWatch, type RateLimitWatch } from './rate-limit-wait.ts';

/** Where an insertion is. A run keeps the plan it wrote: Resume and Discard work on that plan, whatever the form says now. */
export type Run =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly plan: TemplatePlan; readonly progress: InsertProgress | null }
  | { readonly kind: 'done'; readonly plan: TemplatePlan; readonly result: InsertResult }
  | { readonly kind: 'discarding'; readonly plan: TemplatePlan }
  | { readonly kind: 'discarded'; readonly leftovers: readonly string[] }
  | {
      readonly kind: 'discard-failed';
      readonly plan: TemplatePlan;
      readonly result: InsertResult;
      readonly failure: BoardFailure;
    };

/** The insertion of one template step, e.g. `insertion.insert(plan, 'rollback')`. */
export interface Insertion {
  readonly run: Run;
  /** Writes `plan` to the board (or finishes it from `resume`). */
  readonly insert: (plan: TemplatePlan, onFailure: OnFailure, resume?: ResumePoint) => Promise<void>;
  /** Removes a kept part from the board. */
  readonly discard: (plan: TemplatePlan, result: InsertResult) => Promise<void>;
  readonly cancel: () => void;
  readonly waits: RateLimitWatch;
}

/** The insertion run of a template step on `board`. */
export function useInsertion(board: BoardApi): Insertion {
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const waits = useMemo(() => createRateLimitWatch(Date.now), []);
  return {
    run,
    async insert(plan, onFailure, resume) {
      const controller = new AbortController();
      abort.current = controller;
      setRun({ kind: 'running', plan, progress: null });
      const result = await insertTemplate(board, plan, {
        onFailure,
        signal: controller.signal,
        onProgress: (progress) => setRun({ kind: 'running', plan, progress }),
        onRetry: waits.onRetry,
        ...(resume ? { resume } : {}),
      });
      waits.reset();
      abort.current = null;
      setRun({ kind: 'done', plan, result });
    },
    async discard(plan, result) {
      if (result.kind !== 'kept') return;
      setRun({ kind: 'discarding', plan });
      const discarded = await discardKept(board, plan, result.resume, {});
      setRun(
        discarded.kind === 'failed'
          ? { kind: 'discard-failed', plan, result, failure: discarded }
          : { kind: 'discarded', leftovers: discarded.leftovers },
      );
    },
    cancel: () => abort.current?.abort(),
    waits,
  };
}
