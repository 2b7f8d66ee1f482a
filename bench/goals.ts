// The goals of issue 15, one row each, measured by the bench files and printed side by side at the
// end of `npm run bench` (bench/goals-summary.ts). A bench reports a row with `reportGoal(id,
// measured, detail)`; a row no bench reported is printed as not measured, so none goes missing.
import { appendFileSync } from 'node:fs';
import { inject } from 'vitest';

/** How a row's figure is read: at most or at least its goal, in its unit. */
export interface Goal {
  readonly what: string;
  readonly unit: '×' | 'KB' | 'ms';
  readonly atMost?: number;
  readonly atLeast?: number;
}

/** The rows of issue 15's table, in its order. */
export const GOALS = {
  'cli-time-50k': {
    what: 'command line, 50,000 notes, vs bare JSON.parse of the file',
    unit: '×',
    atMost: 1.5,
  },
  'cli-memory-200k': { what: 'peak memory, 200,000 notes, vs bare JSON.parse', unit: '×', atMost: 1.3 },
  'cli-memory-500k': { what: 'peak memory, 500,000 notes, vs bare JSON.parse', unit: '×', atMost: 1.3 },
  'long-titles': {
    what: 'titles of a + 5,000 ! + a (300 shapes, 2,000 notes) vs plain',
    unit: '×',
    atMost: 4,
  },
  'nested-phases': { what: '400 nested phase frames around 10,000 notes vs plain', unit: '×', atMost: 4 },
  'wide-shapes': {
    what: '5,000 shapes each over 30% of the board, 50,000 notes vs plain',
    unit: '×',
    atMost: 4,
  },
  'one-spot': { what: '50,000 notes on one spot inside 2,000 shapes vs plain', unit: '×', atMost: 4 },
  'panel-first-load': { what: 'panel JavaScript loaded at start (gzip)', unit: 'KB', atMost: 25 },
  'panel-score-50k': { what: 'panel, Score on 50,000 notes: click → tally', unit: 'ms', atMost: 500 },
  'panel-longest-task': { what: 'panel, Score on 50,000 notes: longest task', unit: 'ms', atMost: 50 },
  'template-speed-up': { what: 'template 3 × 12 at 100 ms a call vs sequential', unit: '×', atLeast: 25 },
} as const satisfies Record<string, Goal>;

export type GoalId = keyof typeof GOALS;

/** One measurement of a row, as bench files write it and the summary reads it. */
export interface GoalReport {
  readonly id: GoalId;
  readonly measured: number;
  /** What the figure is made of, e.g. `'612 vs 431 ms, medians of 7'`. */
  readonly detail: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file bench files append their goal reports to, one JSON line each. */
    goalReports: string;
  }
}

/** Whether a figure meets its row's goal. */
export function meets(goal: Goal, measured: number): boolean {
  if (goal.atMost !== undefined && !(measured <= goal.atMost)) return false;
  if (goal.atLeast !== undefined && !(measured >= goal.atLeast)) return false;
  return true;
}

/** Records a row's figure for the summary at the end of the run; e.g. `reportGoal('cli-time-50k', 1.42, '612 vs 431 ms')`. */
export function reportGoal(id: GoalId, measured: number, detail: string): void {
  const report: GoalReport = { id, measured, detail };
  appendFileSync(inject('goalReports'), `${JSON.stringify(report)}\n`);
}
