// The scoring run of the score step: one board reader per panel, one scoring at a time, live
// scoring on request, the panel's colour map, and the waits for Miro's rate limit. The result
// goes to the panel's shared state (panel-state.ts), where the export step reads it too.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { exportName } from '../core/export-name.ts';
import { type ColourMap, DEFAULT_COLOUR_MAP } from '../core/model.ts';
import type { ScoringProgress } from '../core/score-in-steps.ts';
import { tallyBoard } from '../core/tally.ts';
import type { TeamWords } from '../core/team-words.ts';
import type { BoardApi } from '../miro/board-api.ts';
import { boardChanges } from '../miro/board-changes.ts';
import { defaultRetry, type RetryOptions } from '../miro/calls.ts';
import { createBoardReader } from '../miro/read-board.ts';
import { scoreBoard } from '../miro/score-board.ts';
import { boardErrorMessage, type PanelMessage } from './board-errors.ts';
import { createScoreQueue, startLiveScoring } from './live-scoring.ts';
import { loadColourMap, saveColourMap } from './panel-settings.ts';
import {
  createStore,
  type PanelState,
  type PanelStore,
  type ScoredBoard,
  type Store,
  useStore,
} from './panel-state.ts';
import { createRateLimitWatch, type RateLimitWatch } from './rate-limit-wait.ts';
import { useScoreHistory } from './use-score-history.ts';

/** Workshops move many notes at once: wait for a quiet second before reading the board again. */
const LIVE_DELAY_MS = 1000;

/** The score step's run, e.g. `const scoring = useScoring(board, store); await scoring.score()`. */
export interface Scoring extends PanelState {
  /** A scoring the user asked for is under way (a live one does not show). */
  readonly busy: boolean;
  /** How many of the board's notes are scored, once the board is read; null while reading. Told apart from the step's state, so a report re-renders only the progress bar. */
  readonly progress: Store<ScoringProgress | null>;
  readonly error: PanelMessage | null;
  readonly live: boolean;
  readonly setLive: (on: boolean) => void;
  /** The panel's own colour map, in force while the board's words have no colours. */
  readonly panelColours: ColourMap;
  /** Remembers another panel colour map and scores again. */
  readonly setPanelColours: (colours: ColourMap) => void;
  /** Scores now with progress shown; resolves when no scoring is left. */
  readonly score: () => Promise<void>;
  /** Tallies the board read last again with other words: no board call. */
  readonly retally: (words: TeamWords) => void;
  /** Marks `scoring` saved, unless a newer scoring has replaced it meanwhile. */
  readonly markSaved: (scoring: ScoredBoard, savedAt: number) => void;
  readonly setError: (error: PanelMessage | null) => void;
  /** The retries of this panel's board calls, which tell `waits` of the rate limit. */
  readonly retry: RetryOptions;
  readonly waits: RateLimitWatch;
}

/** Runs the scorings of one board and keeps the board's saved scorings in `store`. */
export function useScoring(board: BoardApi, store: PanelStore): Scoring {
  const shared = useStore(store);
  useScoreHistory(board, store);
  const [busy, setBusy] = useState(false);
  const progress = useMemo(() => createStore<ScoringProgress | null>(null), []);
  const [error, setError] = useState<PanelMessage | null>(null);
  const [live, setLive] = useState(false);
  const [panelColours, setColours] = useState<ColourMap>(() => loadColourMap(DEFAULT_COLOUR_MAP));
  const colours = useRef(panelColours);
  const waits = useMemo(() => createRateLimitWatch(Date.now), []);
  const retry = useMemo(() => defaultRetry({ onRetry: waits.onRetry }), [waits]);
  // One reader per panel: template marks found once are not read again at every scoring.
  const reader = useMemo(() => createBoardReader(board, { retry }), [board, retry]);
  useEffect(() => () => reader.close(), [reader]);

  const setScored = (scored: ScoredBoard) => store.update((state) => ({ ...state, scored }));
  const scoreOnce = async (): Promise<void> => {
    progress.update(() => null);
    const result = await scoreBoard(board, colours.current, reader, retry, (now) =>
      progress.update(() => now),
    ).finally(waits.reset);
    setError(result.kind === 'failed' ? boardErrorMessage(result) : null);
    if (result.kind === 'failed') return;
    setScored({ ...result, boardName: exportName(result.tally), savedAt: null });
  };
  const scoreOnceRef = useRef(scoreOnce);
  scoreOnceRef.current = scoreOnce;
  // One score at a time; a request while one runs becomes exactly one more run after it.
  const [queue] = useState(() => createScoreQueue(() => scoreOnceRef.current()));

  // Scorings the user asked for (the button, a colour) show progress; a live one does not, so the
  // panel does not flash at every change on the board.
  const asked = useRef(0);
  const request = async (shown: boolean): Promise<void> => {
    if (shown) {
      asked.current += 1;
      setBusy(true);
    }
    setError(null);
    try {
      await queue.request();
    } finally {
      if (shown) {
        asked.current -= 1;
        setBusy(asked.current > 0);
      }
    }
  };
  const requestRef = useRef(request);
  requestRef.current = request;

  useEffect(() => {
    if (!live) return;
    return startLiveScoring({
      subscribe: boardChanges(board),
      score: () => requestRef.current(false),
      delayMs: LIVE_DELAY_MS,
      timers: {
        setTimeout: (run, ms) => setTimeout(run, ms),
        clearTimeout: (handle) => clearTimeout(handle as number),
      },
    });
  }, [live, board]);

  return {
    ...shared,
    busy,
    progress,
    error,
    live,
    setLive,
    panelColours,
    setPanelColours(next) {
      setColours(next);
      saveColourMap(next);
      colours.current = next;
      if (shared.scored) void request(true);
    },
    score: () => request(true),
    retally(words) {
      const { scored } = store.state();
      if (!scored) return;
      const snapshot = { ...scored.snapshot, words };
      const tally = tallyBoard(snapshot, words.colours ?? colours.current, words);
      setScored({ ...scored, snapshot, tally, savedAt: null });
    },
    markSaved(scoring, savedAt) {
      store.update((state) =>
        state.scored === scoring ? { ...state, scored: { ...scoring, savedAt } } : state,
      );
    },
    setError,
    retry,
    waits,
  };
}
