// The board's shared history of saved scorings, kept current: loaded when the panel opens and
// updated live when anyone on the board saves (board storage `onValue`).
import { useEffect } from 'preact/hooks';
import type { HistoryReading } from '../core/saved-scores.ts';
import type { BoardApi } from '../miro/board-api.ts';
import { loadHistory, watchHistory } from '../miro/saved-results.ts';
import type { HistoryState, PanelStore } from './panel-state.ts';

function fromReading(reading: HistoryReading): HistoryState {
  if (reading.kind === 'history') return { kind: 'ready', history: reading.history };
  // An unreadable history of our own version is treated as empty: the next save starts afresh.
  return reading.reason === 'newer' ? { kind: 'newer' } : { kind: 'ready', history: [] };
}

/** Keeps the panel's shared state following the board's saved scorings. */
export function useScoreHistory(board: BoardApi, store: PanelStore): void {
  useEffect(() => {
    const setState = (history: HistoryState) => store.update((state) => ({ ...state, history }));
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
  }, [board, store]);
}
