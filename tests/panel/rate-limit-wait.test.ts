// While Miro's rate limit holds the app back, the panel says it is waiting and for about how long:
// the watch hears the adapter's retries, on the simulator's rate limit and a virtual clock.
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOUR_MAP } from '../../src/core/model.ts';
import { layoutTemplate } from '../../src/core/template-layout.ts';
import { BoardError } from '../../src/miro/board-errors.ts';
import { defaultRetry } from '../../src/miro/calls.ts';
import { insertTemplate } from '../../src/miro/insert-template.ts';
import { createBoardReader } from '../../src/miro/read-board.ts';
import { createRateLimitWatch } from '../../src/panel/rate-limit-wait.ts';
import { createSimulatedMiro } from '../../src/simulator/index.ts';
import { noteIn, rowOf, templateItems, templatePlan } from '../fixtures/csv/template-board.ts';
import { scoreBoardOrThrow } from '../fixtures/score-or-throw.ts';
import { virtualClock } from '../fixtures/virtual-clock.ts';

const rateLimited = new BoardError('rate-limited', 'Rate limit exceeded: getMetadata needs 50 credits');

describe('the rate-limit watch', () => {
  it('counts a wait down in whole seconds and is silent once it has passed', () => {
    let now = 1_000;
    const watch = createRateLimitWatch(() => now);
    expect(watch.secondsLeft()).toBeNull();
    watch.onRetry(rateLimited, 0, 12_000);
    expect(watch.secondsLeft()).toBe(12);
    now += 5_000;
    expect(watch.secondsLeft()).toBe(7);
    now += 6_500;
    expect(watch.secondsLeft()).toBe(1);
    now += 500;
    expect(watch.secondsLeft()).toBeNull();
  });

  it('says the longest of waits in force, and nothing for a failure that is not the rate limit', () => {
    let now = 0;
    const watch = createRateLimitWatch(() => now);
    let told = 0;
    watch.subscribe(() => {
      told += 1;
    });
    watch.onRetry(
      new BoardError('failed', 'Simulated network failure: get did not reach the board.'),
      0,
      30_000,
    );
    expect(watch.secondsLeft()).toBeNull();
    expect(told).toBe(0);
    watch.onRetry(rateLimited, 3, 20_000);
    now = 2_000;
    // A shorter wait that ends before the one in force changes nothing the user sees.
    watch.onRetry(rateLimited, 0, 250);
    expect(watch.secondsLeft()).toBe(18);
    expect(told).toBe(1);
    watch.reset();
    expect(watch.secondsLeft()).toBeNull();
    expect(told).toBe(2);
  });
});

describe('waiting for the simulator rate limit', () => {
  it('hears every wait of a scoring held back by the limit, and says nothing once the tally is in', async () => {
    const clock = virtualClock();
    const plan = templatePlan();
    const { board, control } = createSimulatedMiro({ now: clock.now });
    control.load([
      ...templateItems(plan),
      noteIn(rowOf(plan, 'during', 'Website'), 'negative', 'slow'),
      noteIn(rowOf(plan, 'after', 'Delivery'), 'positive', 'on time'),
    ]);
    const unlimited = await scoreBoardOrThrow(board, DEFAULT_COLOUR_MAP, undefined, defaultRetry());
    control.setOptions({ creditsPerMinute: 500 });
    control.resetStats();

    const watch = createRateLimitWatch(clock.now);
    const said: { at: number; seconds: number | null }[] = [];
    watch.subscribe(() => said.push({ at: clock.now(), seconds: watch.secondsLeft() }));
    const retry = defaultRetry({ onRetry: watch.onRetry, sleep: clock.sleep, random: () => 0.5 });
    const scored = await scoreBoardOrThrow(
      board,
      DEFAULT_COLOUR_MAP,
      createBoardReader(board, { retry }),
      retry,
    );

    expect(scored.tally.rows).toEqual(unlimited.tally.rows);
    // The board's frames and shapes cost more than a minute's credits: the scoring waited.
    expect(control.stats().failures).toBeGreaterThan(0);
    expect(clock.now()).toBeGreaterThanOrEqual(60_000);
    expect(said.length).toBeGreaterThan(0);
    for (const { seconds } of said) {
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(seconds).toBeLessThanOrEqual(30);
    }
    // The waits said cover the time the scoring was held back: the last one ends by the tally.
    const last = said[said.length - 1];
    expect((last?.at ?? 0) + (last?.seconds ?? 0) * 1000).toBeGreaterThanOrEqual(clock.now() - 1000);
    expect(watch.secondsLeft()).toBeNull();
  });

  it('hears the waits of a template insertion held back by the limit', async () => {
    const clock = virtualClock();
    const { board } = createSimulatedMiro({ creditsPerMinute: 2_000, now: clock.now, sleep: clock.sleep });
    const layout = layoutTemplate({
      mapId: 'map-a',
      name: 'Anna',
      language: 'en',
      origin: { x: 0, y: 0 },
      touchpoints: [{ name: 'Website', type: 'digital', phases: ['before', 'during', 'after'] }],
    });
    if (!layout.ok) throw new Error('the template should lay out');
    const watch = createRateLimitWatch(clock.now);
    const said: number[] = [];
    watch.subscribe(() => said.push(watch.secondsLeft() ?? 0));
    const result = await insertTemplate(board, layout.plan, {
      concurrency: 8,
      onFailure: 'rollback',
      sleep: clock.sleep,
      random: () => 0.5,
      onRetry: watch.onRetry,
    });
    expect(result.kind).toBe('inserted');
    expect(said.length).toBeGreaterThan(0);
    expect(Math.min(...said)).toBeGreaterThanOrEqual(1);
  });
});
