// What an insertion (or a discard of a kept part) came to, in words, with the buttons that act
// on it: Resume and Discard for a kept part, Show for items that could not be removed.
import type { ComponentChildren } from 'preact';
import type { Language } from '../core/model.ts';
import type { TemplatePlan } from '../core/template-plan.ts';
import { panelWords } from '../i18n/panel-words.ts';
import type { InsertResult, InsertStop, ResumePoint } from '../miro/insert-template.ts';
import { describeBoardError } from './board-errors.ts';
import type { Run } from './use-insertion.ts';

/** What a run came to: a sentence to say and, when there is something to do about it, the buttons. */
export interface Outcome {
  readonly tone: 'ok' | 'error';
  readonly text: string;
  readonly actions: ComponentChildren | null;
}

/** The outcome of a run, or null while there is none to say. */
export function outcomeOf(
  run: Run,
  language: Language,
  on: {
    readonly resume: (plan: TemplatePlan, resume: ResumePoint) => void;
    readonly discard: (plan: TemplatePlan, result: InsertResult) => void;
    readonly show: (ids: readonly string[]) => void;
  },
): Outcome | null {
  const words = panelWords(language);
  const reason = (stop: InsertStop) => (stop.kind === 'failed' ? `${describeBoardError(stop, words)} ` : '');
  // After a rollback (an error) or a discard the user asked for (fine when nothing is left).
  const leftovers = (ids: readonly string[], before: string, tone: Outcome['tone']): Outcome =>
    ids.length === 0
      ? { tone, text: `${before}${words.template.rolledBack}`, actions: null }
      : {
          tone: 'error',
          text: `${before}${words.template.leftovers(ids.length)}`,
          actions: (
            <div class="actions">
              <button type="button" class="secondary" onClick={() => on.show(ids)}>
                {words.score.show}
              </button>
            </div>
          ),
        };
  switch (run.kind) {
    case 'idle':
    case 'running':
    case 'discarding':
      return null;
    case 'discarded':
      return leftovers(run.leftovers, '', 'ok');
    case 'discard-failed':
      return {
        tone: 'error',
        text: describeBoardError(run.failure, words),
        actions: (
          <div class="actions">
            <button type="button" class="secondary" onClick={() => on.discard(run.plan, run.result)}>
              {words.template.discard}
            </button>
          </div>
        ),
      };
    case 'done':
      break;
    default: {
      const unreachable: never = run;
      return unreachable;
    }
  }
  const { result, plan } = run;
  switch (result.kind) {
    case 'inserted':
      return {
        tone: 'ok',
        text: `${words.template.inserted(plan.name)}${result.warnings.length > 0 ? ` ${words.template.finishedWithWarnings}` : ''}`,
        actions: null,
      };
    case 'rolled-back':
      return leftovers(result.leftovers, reason(result.stop), 'error');
    case 'kept':
      return {
        tone: 'error',
        // What is on the board: every item created, also those Cancel caught before they were marked.
        text: `${reason(result.stop)}${words.template.keptPartial(Object.keys(result.resume.started).length, result.total)}`,
        actions: (
          <div class="actions">
            <button type="button" class="primary" onClick={() => on.resume(plan, result.resume)}>
              {words.template.resume}
            </button>
            <button type="button" class="secondary" onClick={() => on.discard(plan, result)}>
              {words.template.discard}
            </button>
          </div>
        ),
      };
    default: {
      const unreachable: never = result;
      return unreachable;
    }
  }
}
