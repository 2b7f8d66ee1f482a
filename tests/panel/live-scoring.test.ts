import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { boardChanges, type SubscribeToChanges } from '../../src/miro/board-changes.ts';
import { createScoreQueue, type LiveTimers, startLiveScoring } from '../../src/panel/live-scoring.ts';
import { createSimulatedMiro } from '../../src/simulator/index.ts';

const QUIET_MS = 1000;
/** How long one scoring of the board takes in these tests. */
const SCORING_MS = 300;

// Read at call time, so the fake timers installed in beforeEach are the ones used.
const timers: LiveTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A scoring that takes `ms` and records how many ran and how many ran at once. */
function slowScoring(ms = SCORING_MS) {
  const seen = { runs: 0, inFlight: 0, mostAtOnce: 0 };
  const scoreOnce = async () => {
    seen.runs += 1;
    seen.inFlight += 1;
    seen.mostAtOnce = Math.max(seen.mostAtOnce, seen.inFlight);
    await new Promise((resolve) => setTimeout(resolve, ms));
    seen.inFlight -= 1;
  };
  return { seen, scoreOnce };
}

/** Live scoring through a score queue, on a hand-driven source of changes. */
function goLive(scoreOnce: () => Promise<void>) {
  const source = changeSource();
  const queue = createScoreQueue(scoreOnce);
  const stop = startLiveScoring({
    subscribe: source.subscribe,
    score: queue.request,
    delayMs: QUIET_MS,
    timers,
  });
  return { source, stop };
}

/** A hand-driven source of board changes that knows whether anyone listens. */
function changeSource() {
  const listeners = new Set<() => void>();
  const subscribe: SubscribeToChanges = (onChange) => {
    listeners.add(onChange);
    return () => listeners.delete(onChange);
  };
  return {
    subscribe,
    listeners,
    change: () => {
      for (const listener of [...listeners]) listener();
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('one scoring at a time', () => {
  it('turns any number of requests during a scoring into exactly one more run, never two at once', async () => {
    const { seen, scoreOnce } = slowScoring();
    const queue = createScoreQueue(scoreOnce);
    const first = queue.request();
    const during = Array.from({ length: 5 }, () => queue.request());
    expect(queue.running).toBe(true);
    await vi.advanceTimersByTimeAsync(10 * SCORING_MS);
    await Promise.all([first, ...during]);
    expect(seen).toEqual({ runs: 2, inFlight: 0, mostAtOnce: 1 });
    expect(queue.running).toBe(false);
  });

  it('reports a failed scoring to everyone waiting, and the next request scores afresh', async () => {
    let fail = true;
    let runs = 0;
    const queue = createScoreQueue(async () => {
      runs += 1;
      await Promise.resolve();
      if (fail) throw new Error('board unreachable');
    });
    const waiting = [queue.request(), queue.request()];
    for (const request of waiting) await expect(request).rejects.toThrow('board unreachable');
    // The run asked for during the failed one is dropped with it.
    expect(runs).toBe(1);
    fail = false;
    await queue.request();
    expect(runs).toBe(2);
  });
});

describe('live scoring', () => {
  it('scores once when turned on, then once after a burst of 20 board changes goes quiet', async () => {
    const { seen, scoreOnce } = slowScoring();
    const { source, stop } = goLive(scoreOnce);
    await vi.advanceTimersByTimeAsync(SCORING_MS);
    expect(seen.runs).toBe(1);

    // A workshop moving notes: 20 changes, 100 ms apart, 1.9 seconds in all (within the maximum wait).
    for (let i = 0; i < 20; i++) {
      source.change();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(seen.runs).toBe(1);
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(seen.runs).toBe(2);
    await vi.advanceTimersByTimeAsync(10 * QUIET_MS);
    expect(seen).toEqual({ runs: 2, inFlight: 0, mostAtOnce: 1 });
    stop();
  });

  it('changes while a scoring runs make one more scoring after it, never a second at once', async () => {
    // A scoring slower than three quiet periods: every burst's timer fires while the board is read.
    const { seen, scoreOnce } = slowScoring(5 * QUIET_MS);
    const { source, stop } = goLive(scoreOnce);
    for (let burst = 0; burst < 3; burst++) {
      for (let i = 0; i < 50; i++) source.change();
      await vi.advanceTimersByTimeAsync(QUIET_MS + 1);
    }
    await vi.advanceTimersByTimeAsync(20 * QUIET_MS);
    // The first scoring, then one for everything that changed while it ran.
    expect(seen).toEqual({ runs: 2, inFlight: 0, mostAtOnce: 1 });
    stop();
  });

  it('keeps the tally at most the maximum wait behind a board that is never quiet', async () => {
    const { seen, scoreOnce } = slowScoring();
    const { source, stop } = goLive(scoreOnce);
    await vi.advanceTimersByTimeAsync(SCORING_MS);
    const runsAt: number[] = [];
    const started = Date.now();
    const scoring = seen.runs;
    // An edit every 700 ms for 8 s: never a quiet second.
    for (let elapsed = 0; elapsed < 8000; elapsed += 700) {
      source.change();
      await vi.advanceTimersByTimeAsync(700);
      while (runsAt.length < seen.runs - scoring) runsAt.push(Date.now() - started);
    }
    console.log(
      `rescores during 8 s of edits every 700 ms: ${seen.runs - scoring}, at ${runsAt.join(', ')} ms`,
    );
    expect(seen.runs - scoring).toBeGreaterThanOrEqual(2);
    // The first change waited at most the maximum wait (3 s) plus one edit's gap.
    expect(runsAt[0]).toBeLessThanOrEqual(3000 + 700);
    expect(seen.mostAtOnce).toBe(1);
    stop();
  });

  it('turning live off unsubscribes and drops the scoring it was waiting to start', async () => {
    const { seen, scoreOnce } = slowScoring();
    const { source, stop } = goLive(scoreOnce);
    await vi.advanceTimersByTimeAsync(SCORING_MS);
    source.change();
    stop();
    expect(source.listeners.size).toBe(0);
    await vi.advanceTimersByTimeAsync(10 * QUIET_MS);
    expect(seen.runs).toBe(1);
  });

  it('goes on after a failed scoring', async () => {
    let runs = 0;
    const { source, stop } = goLive(async () => {
      runs += 1;
      if (runs === 1) throw new Error('rate limit');
    });
    await vi.advanceTimersByTimeAsync(0);
    source.change();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(runs).toBe(2);
    stop();
  });
});

describe('board changes', () => {
  it('hears notes another user adds, moves and deletes, and nothing after unsubscribing', async () => {
    const { board, control } = createSimulatedMiro();
    let heard = 0;
    const unsubscribe = boardChanges(board)(() => {
      heard += 1;
    });
    await vi.advanceTimersByTimeAsync(0);
    const note = control.addStickyNote({ x: 0, y: 0, content: 'slow checkout' });
    control.update(note.id, { x: 200 });
    control.remove(note.id);
    expect(heard).toBe(3);
    unsubscribe();
    await vi.advanceTimersByTimeAsync(0);
    control.addStickyNote({ x: 0, y: 0, content: 'another' });
    expect(heard).toBe(3);
  });
});
