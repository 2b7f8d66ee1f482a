// Scoring a live board again and again (Score, live rescoring): marks found once cost no call
// again, and a template item deleted while the board is read does not stop the scoring.
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOUR_MAP } from '../../src/core/model.ts';
import type { BoardApi } from '../../src/miro/board-api.ts';
import { createBoardReader } from '../../src/miro/read-board.ts';
import { type BoardScore, scoreBoard } from '../../src/miro/score-board.ts';
import { createSimulatedMiro } from '../../src/simulator/index.ts';
import { type Item, noteIn, rowOf, templateItems, templatePlan } from '../fixtures/csv/template-board.ts';
import { scoreBoardOrThrow } from '../fixtures/score-or-throw.ts';

const plan = templatePlan();
const website = (phase: 'before' | 'during' | 'after') => rowOf(plan, phase, 'Website');
const delivery = rowOf(plan, 'after', 'Delivery');
const noWait = { retries: 4, baseDelayMs: 1, sleep: async () => {}, random: () => 0.5 };

function templateBoard(): Item[] {
  return [
    ...templateItems(plan),
    noteIn(website('before'), 'positive', 'clear prices', 0),
    noteIn(website('during'), 'negative', 'slow', 0),
    noteIn(website('during'), 'negative', 'broken', 1),
    noteIn(delivery, 'neutral', 'on time'),
  ];
}

function countsOf(tally: BoardScore['tally']) {
  return tally.rows.map(({ phase, touchpoint, positive, neutral, negative }) => ({
    phase,
    touchpoint,
    positive,
    neutral,
    negative,
  }));
}

describe('scoreBoard with a reader kept across scorings', () => {
  it('scores a template board the second time without reading any metadata', async () => {
    const { board, control } = createSimulatedMiro();
    control.load(templateBoard());
    const reader = createBoardReader(board, { retry: noWait });
    const first = await scoreBoardOrThrow(board, DEFAULT_COLOUR_MAP, reader);
    expect(control.stats().byMethod.getMetadata).toBeGreaterThan(10);
    control.resetStats();
    control.addStickyNote({
      x: delivery.zones.negative.left + 120,
      y: delivery.zones.negative.top + 200,
      content: '<p>late</p>',
    });
    const second = await scoreBoardOrThrow(board, DEFAULT_COLOUR_MAP, reader);
    // The board, its info and its words (one storage read), no metadata.
    expect(control.stats().byMethod).toEqual({ get: 1, getInfo: 1, 'storage.get': 1 });
    // The new note is counted: the board itself was read again, only the marks were remembered.
    expect(second.tally.notes).toBe(first.tally.notes + 1);
    expect(countsOf(second.tally)).toContainEqual({
      phase: 'after',
      touchpoint: 'Delivery',
      positive: 0,
      neutral: 1,
      negative: 1,
    });
  });

  it('still scores when a template shape is deleted between the get and its metadata read', async () => {
    const { board, control } = createSimulatedMiro();
    control.load(templateBoard());
    const before = countsOf((await scoreBoardOrThrow(board, DEFAULT_COLOUR_MAP)).tally);
    const zoneIndex = plan.items.findIndex(
      (item) =>
        item.mark?.role === 'zone' && item.mark.touchpoint === 'Website' && item.mark.phase === 'after',
    );
    const racing: BoardApi = {
      ...board,
      get: (async (filter?: Parameters<BoardApi['get']>[0]) => {
        const items = await board.get(filter);
        control.remove(`t${zoneIndex}`);
        return items;
      }) as BoardApi['get'],
    };
    const scored = await scoreBoardOrThrow(
      racing,
      DEFAULT_COLOUR_MAP,
      createBoardReader(racing, { retry: noWait }),
    );
    expect(scored.tally.notes).toBe(4);
    expect(countsOf(scored.tally)).toEqual(before);
  });
});

describe('scoreBoard on a failing board', () => {
  it('scores through 30% failed calls and lost answers, getInfo included: 100 of 100 scorings', async () => {
    let failed = 0;
    for (let seed = 1; seed <= 100; seed += 1) {
      const { board, control } = createSimulatedMiro({ seed, failureRate: 0.3, lostRate: 0.05 });
      control.load(templateBoard());
      const retry = { ...noWait, retries: 12 };
      const reader = createBoardReader(board, { retry });
      if ((await scoreBoard(board, DEFAULT_COLOUR_MAP, reader, retry)).kind === 'failed') failed += 1;
    }
    console.log(`scorings failed at 30% failures: ${failed} of 100`);
    expect(failed).toBe(0);
  });

  it('stops its own reading when it fails: no board call after the failure is reported', async () => {
    const { board, control } = createSimulatedMiro({ creditsPerMinute: 0 });
    control.load(templateBoard());
    // getInfo gives up at once; the read waits out its backoff meanwhile.
    let wake: () => void = () => undefined;
    const parked = new Promise<void>((resolve) => {
      wake = resolve;
    });
    const retry = {
      retries: 0,
      rateLimitRetries: 0,
      baseDelayMs: 1,
      sleep: async () => {},
      random: () => 0.5,
    };
    const slowRetry = { ...noWait, rateLimitRetries: 50, sleep: () => parked };
    const reader = createBoardReader(board, { retry: slowRetry });
    expect(await scoreBoard(board, DEFAULT_COLOUR_MAP, reader, retry)).toMatchObject({
      kind: 'failed',
      error: 'rate-limited',
    });
    const calls = control.stats().calls;
    wake();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(control.stats().calls).toBe(calls);
  });
});
