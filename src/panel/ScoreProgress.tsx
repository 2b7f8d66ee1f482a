// The score step's progress bar. It follows the scoring on its own: a 50,000-note board reports
// progress dozens of times, and re-rendering the whole step (the last tally, its lists) at each
// report would cost more than the scoring it reports on.
import type { ScoringProgress } from '../core/score-in-steps.ts';
import { type Store, useStore } from './panel-state.ts';

/** Indeterminate while the board is read (null); then how many of its notes are scored. */
export function ScoreProgress({
  progress,
  label,
}: {
  readonly progress: Store<ScoringProgress | null>;
  readonly label: string;
}) {
  const now = useStore(progress);
  return <progress aria-label={label} max={now?.total} value={now?.done} />;
}
