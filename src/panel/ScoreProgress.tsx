// The score step's progress bar. It follows the scoring on its own: a 50,000-note board reports
// progress dozens of times, and re-rendering the whole step (the last tally, its lists) at each
// report would cost more than the scoring it reports on.
import { useEffect, useState } from 'preact/hooks';
import type { ScoringProgress } from '../core/score-in-steps.ts';

/** How far the scoring under way is: null while the board is read, then notes scored of the board's. */
export interface ProgressWatch {
  current(): ScoringProgress | null;
  set(progress: ScoringProgress | null): void;
  /** Told at every change; returns the function that stops telling. */
  subscribe(listener: () => void): () => void;
}

/** A watch with no scoring under way, e.g. `scoreBoard(board, colours, reader, retry, watch.set)`. */
export function createProgressWatch(): ProgressWatch {
  let progress: ScoringProgress | null = null;
  const listeners = new Set<() => void>();
  return {
    current: () => progress,
    set(next) {
      if (next === progress) return;
      progress = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Indeterminate while the board is read; then how many of its notes are scored. */
export function ScoreProgress({ watch, label }: { readonly watch: ProgressWatch; readonly label: string }) {
  const [progress, setProgress] = useState(watch.current);
  useEffect(() => {
    setProgress(watch.current());
    return watch.subscribe(() => setProgress(watch.current()));
  }, [watch]);
  return <progress aria-label={label} max={progress?.total} value={progress?.done} />;
}
