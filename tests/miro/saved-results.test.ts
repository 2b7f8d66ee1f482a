import { describe, expect, it } from 'vitest';
import { compareWithSaved } from '../../src/core/compare-with-saved.ts';
import { SCORES_VERSION } from '../../src/core/saved-history-format.ts';
import { type HistoryReading, savedScoringOf } from '../../src/core/saved-scores.ts';
import type { RetryOptions } from '../../src/miro/calls.ts';
import {
  HISTORY_KEY,
  loadHistory,
  RESULTS_COLLECTION,
  type ResultsBoard,
  saveScoring,
  UNREADABLE_HISTORY_KEY,
  watchHistory,
} from '../../src/miro/saved-results.ts';
import { createSimulatedMiro } from '../../src/simulator/index.ts';
import { counted, note, tallyOf } from '../fixtures/csv/tally.ts';
import { virtualClock } from '../fixtures/virtual-clock.ts';

const noWait: RetryOptions = { retries: 2, baseDelayMs: 1, sleep: async () => {}, random: () => 0.5 };

const first = tallyOf([
  counted(note('1', 'slow'), { phase: 'during', touchpoint: 'Checkout' }, 'negative'),
  counted(note('2', 'broken'), { phase: 'during', touchpoint: 'Checkout' }, 'negative'),
]);
const second = tallyOf([
  counted(note('1', 'slow'), { phase: 'during', touchpoint: 'Checkout' }, 'negative'),
  counted(note('2', 'fixed'), { phase: 'during', touchpoint: 'Checkout' }, 'positive'),
]);

/** A board whose storage writes are refused, as Miro refuses a value over its limit. */
function refusingWrites(board: ResultsBoard): ResultsBoard {
  return {
    storage: {
      collection: (name) => {
        const real = board.storage.collection(name);
        return {
          ...real,
          get: real.get,
          set: async () => Promise.reject(new Error('Storage value is too large')),
        };
      },
    },
  };
}

describe('saved results in board storage', () => {
  it('saves a scoring that another panel on the board loads, with the change since', async () => {
    const me = createSimulatedMiro();
    const colleague = createSimulatedMiro({ store: me.control.store, userId: '3458764517517819002' });
    expect(await saveScoring(me.board, savedScoringOf(first, 1000), noWait)).toMatchObject({ kind: 'saved' });
    const loaded = await loadHistory(colleague.board, noWait);
    if (loaded.kind !== 'history') throw new Error(`expected a history, got ${loaded.kind}`);
    expect(loaded.history.map((scoring) => scoring.savedAt)).toEqual([1000]);
    const [last] = loaded.history;
    if (!last) throw new Error('no save');
    expect(compareWithSaved(second, last).rows.map((row) => [row.touchpoint, row.change.net])).toEqual([
      ['Checkout', 2],
    ]);
  });

  it('keeps earlier saves, newest first', async () => {
    const { board } = createSimulatedMiro();
    await saveScoring(board, savedScoringOf(first, 1), noWait);
    const outcome = await saveScoring(board, savedScoringOf(second, 2), noWait);
    expect(outcome.kind === 'saved' && outcome.history.map((scoring) => scoring.savedAt)).toEqual([2, 1]);
  });

  it('tells panels already open when someone saves, and stops when asked', async () => {
    const me = createSimulatedMiro();
    const colleague = createSimulatedMiro({ store: me.control.store });
    const seen: HistoryReading[] = [];
    const watch = await watchHistory(colleague.board, (reading) => seen.push(reading));
    if (watch.kind === 'failed') throw new Error(watch.message);
    await saveScoring(me.board, savedScoringOf(first, 5), noWait);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.kind === 'history' && seen[0].history[0]?.savedAt).toBe(5);
    await watch.stop();
    await saveScoring(me.board, savedScoringOf(second, 6), noWait);
    expect(seen).toHaveLength(1);
  });

  it('returns a refused write as a value and leaves the stored history as it was', async () => {
    const { board } = createSimulatedMiro();
    await saveScoring(board, savedScoringOf(first, 1), noWait);
    const outcome = await saveScoring(refusingWrites(board), savedScoringOf(second, 2), noWait);
    expect(outcome).toEqual({ kind: 'failed', error: 'failed', message: 'Storage value is too large' });
    const loaded = await loadHistory(board, noWait);
    expect(loaded.kind === 'history' && loaded.history.map((scoring) => scoring.savedAt)).toEqual([1]);
  });

  it('reports a board that cannot be read as a value', async () => {
    const { board } = createSimulatedMiro({ failureRate: 1 });
    expect((await loadHistory(board, noWait)).kind).toBe('failed');
    expect((await saveScoring(board, savedScoringOf(first, 1), noWait)).kind).toBe('failed');
  });

  it('does not overwrite a history written by a newer release', async () => {
    const { board } = createSimulatedMiro();
    const newer = { v: SCORES_VERSION + 1, saves: ['whatever the future holds'] };
    await board.storage.collection(RESULTS_COLLECTION).set(HISTORY_KEY, newer);
    expect(await saveScoring(board, savedScoringOf(first, 1), noWait)).toEqual({ kind: 'newer-version' });
    expect(await board.storage.collection(RESULTS_COLLECTION).get(HISTORY_KEY)).toEqual(newer);
    expect(await loadHistory(board, noWait)).toMatchObject({ kind: 'unreadable', reason: 'newer' });
  });

  it('starts afresh over damaged data of its own version, keeping the damaged history aside', async () => {
    const { board } = createSimulatedMiro();
    const damaged = { v: SCORES_VERSION, h: 'broken' };
    await board.storage.collection(RESULTS_COLLECTION).set(HISTORY_KEY, damaged);
    const outcome = await saveScoring(board, savedScoringOf(first, 3), noWait);
    expect(outcome.kind === 'saved' && outcome.history.map((scoring) => scoring.savedAt)).toEqual([3]);
    expect(await board.storage.collection(RESULTS_COLLECTION).get(UNREADABLE_HISTORY_KEY)).toEqual(damaged);
  });

  it('keeps both saves when two panels save at the same moment: 100 of 100 trials', async () => {
    let keptBoth = 0;
    for (let trial = 1; trial <= 100; trial += 1) {
      const clock = virtualClock();
      const timing = { latencyMs: 40, jitterMs: 60, now: clock.now, sleep: clock.sleep };
      const me = createSimulatedMiro({ ...timing, seed: trial, failureRate: 0.1, lostRate: 0.1 });
      const colleague = createSimulatedMiro({
        ...timing,
        store: me.control.store,
        seed: 1000 + trial,
        failureRate: 0.1,
        lostRate: 0.1,
        userId: '3458764517517819002',
      });
      const retry: RetryOptions = { retries: 6, baseDelayMs: 100, sleep: clock.sleep, random: () => 0.5 };
      await saveScoring(me.board, savedScoringOf(first, 1), retry);
      const outcomes = await Promise.all([
        saveScoring(me.board, savedScoringOf(first, 10), retry),
        saveScoring(colleague.board, savedScoringOf(second, 11), retry),
      ]);
      expect(outcomes.map((outcome) => outcome.kind)).toEqual(['saved', 'saved']);
      const loaded = await loadHistory(me.board, retry);
      const times = loaded.kind === 'history' ? loaded.history.map((scoring) => scoring.savedAt) : [];
      if (times.includes(10) && times.includes(11) && times.includes(1)) keptBoth += 1;
    }
    console.log(`two saves at once: both kept in ${keptBoth} of 100 trials`);
    expect(keptBoth).toBe(100);
  });
});
