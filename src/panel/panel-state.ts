// What the panel's steps share: the last scoring (the score step makes it, the export step writes
// it out) and the board's saved scorings (compared with in the score step, the previous counts in
// the export). One small store, made by the panel and handed to each step: a step writes to it
// and every step reads from it, so no state is passed up through props and effects, and no
// module imports the Panel component. Its `Store` also carries the progress of a scoring under way.
import { useEffect, useState } from 'preact/hooks';
import type { SavedScoring, ScoreHistory } from '../core/saved-scores.ts';
import type { BoardSnapshot } from '../core/snapshot.ts';
import type { Tally } from '../core/tally.ts';
import type { BoardFailure } from '../miro/board-errors.ts';

/** The last scoring: the tally, the board it came from, and whether it was saved. */
export interface ScoredBoard {
  readonly tally: Tally;
  readonly snapshot: BoardSnapshot;
  readonly boardId: string;
  /** The name files are given (see `exportName`): the map's name on a one-map board, else empty. */
  readonly boardName: string;
  /** When this scoring was saved to the board's history, or null while it is not. */
  readonly savedAt: number | null;
}

/** The board's saved scorings as the panel shows them, or why they could not be read. */
export type HistoryState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly history: ScoreHistory }
  | { readonly kind: 'newer' }
  | BoardFailure;

/** Everything the steps share, e.g. `{ scored: null, history: { kind: 'loading' } }` when the panel opens. */
export interface PanelState {
  readonly scored: ScoredBoard | null;
  readonly history: HistoryState;
}

/** A value parts of the panel share and follow, e.g. `store.update((state) => ({ ...state, scored }))`. */
export interface Store<T> {
  state(): T;
  update(change: (state: T) => T): void;
  /** Told after every update; returns the function that stops telling. */
  subscribe(listener: () => void): () => void;
}

/** The shared state of one panel. */
export type PanelStore = Store<PanelState>;

/** A store for a panel that has scored nothing yet. */
export function createPanelStore(): PanelStore {
  return createStore<PanelState>({ scored: null, history: { kind: 'loading' } });
}

/** A store holding `initial` until its first update. */
export function createStore<T>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    state: () => state,
    update(change) {
      const next = change(state);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A store's state, rendered again at each update. */
export function useStore<T>(store: Store<T>): T {
  const [state, setState] = useState(store.state);
  useEffect(() => {
    setState(store.state());
    return store.subscribe(() => setState(store.state()));
  }, [store]);
  return state;
}

/** The scoring to compare with: the newest save that is not the current scoring itself. */
export function previousScoring(history: HistoryState, scored: ScoredBoard | null): SavedScoring | null {
  if (history.kind !== 'ready') return null;
  return history.history.find((saved) => saved.savedAt !== scored?.savedAt) ?? null;
}
