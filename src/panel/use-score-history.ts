// The board's shared history of saved scorings, kept current: loaded when the panel opens and
// updated live when anyone on the board saves (board storage `onValue`).
import { useEffect, useState } from 'preact/hooks';
import type { HistoryReading, SavedScoring, ScoreHistory } from '../core/saved-scores.ts';
import type { BoardApi } from '../miro/board-api.ts';
import type { BoardFailure } from '../miro/board-errors.ts';
import { loadHistory, watchHistory } from '../miro/saved-results.ts';
import type { ScoredBoard } from './Panel.tsx';

/** The history as the panel shows it, or why it could not be read. */
export type HistoryState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly history: ScoreHistory }
  | { readonly kind: 'newer' }
  | BoardFailure;

function fromReading(reading: HistoryReading): HistoryState {
  if (reading.kind === 'history') return { kind: 'ready', history: reading.history };
  // An unreadable history of our own version is treated as empty: the next save starts afresh.
  return reading.reason === 'newer' ? { kind: 'newer' } : { kind: 'ready', history: [] };
}

/** Follows the board's saved scorings. */
export function useScoreHistory(board: BoardApi): HistoryState {
  const [state, setState] = useState<HistoryState>({ kind: 'loading' });
  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let active = true;
    void loadHistory(board).then((outcome) => {
      if (!active) return;
      setState(outcome.kind === 'failed' ? outcome : fromReading(outcome));
    });
    void watchHistory(board, (reading) => {
      if (active) setState(fromReading(reading));
    }).then((watch) => {
      // Not watching (the board refused): the history shown is the one loaded.
      if (watch.kind === 'failed') return;
      stop = watch.stop;
      if (!active) void watch.stop();
    });
    return () => {
      active = false;
      void stop?.();
    };
  }, [board]);
  return state;
}

/** The scoring to compare with: the newest save that is not the current scoring itself. */
export function previousScoring(history: HistoryState, scored: ScoredBoard | null): SavedScoring | null {
  if (history.kind !== 'ready') return null;
  return history.history.find((saved) => saved.savedAt !== scored?.savedAt) ?? null;
}
