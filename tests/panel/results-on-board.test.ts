// With results on the board, each new scoring shows them again (live scoring included), writing
// only what changed; Clear stops it. On the simulator, through the real adapter.
import { describe, expect, it } from 'vitest';
import { badgeLook } from '../../src/core/badge-look.ts';
import { DEFAULT_COLOUR_MAP } from '../../src/core/model.ts';
import { MARK_KEY } from '../../src/core/template-mark.ts';
import { htmlToText } from '../../src/core/text.ts';
import type { RetryOptions } from '../../src/miro/calls.ts';
import type { BoardScore } from '../../src/miro/score-board.ts';
import { clearFromBoard, type ShowOutcome, showOnBoard } from '../../src/miro/show-on-board.ts';
import { createResultsOnBoard } from '../../src/panel/results-on-board.ts';
import { createSimulatedMiro, type RenderedItem } from '../../src/simulator/index.ts';
import { noteIn, rowOf, templateItems, templatePlan } from '../fixtures/csv/template-board.ts';
import { scoreBoardOrThrow } from '../fixtures/score-or-throw.ts';

const plan = templatePlan();
const delivery = rowOf(plan, 'after', 'Delivery');
const noWait: RetryOptions = { retries: 4, baseDelayMs: 1, sleep: async () => {}, random: () => 0.5 };

type Scored = BoardScore;

function setUp() {
  const miro = createSimulatedMiro();
  miro.control.load([...templateItems(plan), noteIn(rowOf(plan, 'during', 'Website'), 'negative', 'slow')]);
  const results = createResultsOnBoard<Scored>({
    show: (scored) => showOnBoard(miro.board, scored, { language: 'en', retry: noWait }),
    clear: () => clearFromBoard(miro.board, { retry: noWait }),
    look: (scored) => badgeLook(scored, 'en'),
  });
  const score = () => scoreBoardOrThrow(miro.board, DEFAULT_COLOUR_MAP);
  /** A note dropped by someone in the Delivery row's negative zone. */
  const lateNote = (index: number) => {
    const note = noteIn(delivery, 'negative', `late ${index}`, index);
    miro.control.addStickyNote({ x: note.x as number, y: note.y as number, content: `<p>late ${index}</p>` });
  };
  /** What the Delivery badge reads on the board. */
  const deliveryBadge = () => {
    const badge = miro.control
      .items()
      .find(
        (item: RenderedItem) =>
          item.type === 'text' &&
          (item.metadata?.[MARK_KEY] as { r?: string; t?: string } | undefined)?.r === 'badge' &&
          htmlToText(String('content' in item ? item.content : '')).includes('·') &&
          JSON.stringify(item.metadata?.[MARK_KEY]).includes('Delivery'),
      );
    return badge && 'content' in badge ? htmlToText(String(badge.content)) : null;
  };
  return { miro, results, score, lateNote, deliveryBadge };
}

describe('results that follow the scoring', () => {
  it('shows a new count on the board at the next scoring, writing only the badges that changed', async () => {
    const { miro, results, score, lateNote, deliveryBadge } = setUp();
    await results.show(await score());
    expect(results.following).toBe(true);
    expect(deliveryBadge()).toBe('0 · 0 · 0');

    lateNote(0);
    lateNote(1);
    const rescored = await score();
    miro.control.resetStats();
    const write = await results.follow(rescored);
    expect(deliveryBadge()).toBe('0 · 0 · −2 ⚠ #1');
    // Delivery's counts, and Website's rank that Delivery took: two badges, the others untouched.
    expect(write).toMatchObject({ by: 'follow', outcome: { updated: 2, unchanged: plan.rows.length - 2 } });
    expect(miro.control.stats().byMethod.sync).toBe(2);
  });

  it('makes no board call for a scoring that changes nothing on the board', async () => {
    const { miro, results, score } = setUp();
    await results.show(await score());
    const again = await score();
    miro.control.resetStats();
    expect(await results.follow(again)).toBeNull();
    expect(miro.control.stats().calls).toBe(0);
  });

  it('follows nothing before Show and after Clear', async () => {
    const { miro, results, score, lateNote, deliveryBadge } = setUp();
    lateNote(0);
    expect(await results.follow(await score())).toBeNull();
    expect(deliveryBadge()).toBeNull();

    await results.show(await score());
    const cleared = await results.clear();
    expect(cleared.outcome).toMatchObject({ kind: 'cleared' });
    expect(results.following).toBe(false);
    lateNote(1);
    miro.control.resetStats();
    expect(await results.follow(await score())).toBeNull();
    expect(deliveryBadge()).toBeNull();
  });

  it('writes once, with the latest, for scorings that arrive while a write is under way', async () => {
    const { score, lateNote } = setUp();
    const shown: Scored[] = [];
    const counting = createResultsOnBoard<Scored>({
      show: async (scored) => {
        shown.push(scored);
        return { kind: 'summary', frameId: 'f', removed: 0 } satisfies ShowOutcome;
      },
      clear: async () => ({ kind: 'cleared', removed: 0 }),
      look: (scored) => badgeLook(scored, 'en'),
    });
    await counting.show(await score());
    lateNote(0);
    const second = await score();
    lateNote(1);
    const third = await score();
    lateNote(2);
    const fourth = await score();
    const writes = [counting.follow(second), counting.follow(third), counting.follow(fourth)];
    await Promise.all(writes);
    // The first follow was already queued when the others came: it writes the latest, once.
    expect(shown.slice(1)).toEqual([fourth]);
  });

  it('writes again at the next scoring after a write that failed', async () => {
    const { score, lateNote } = setUp();
    let failing = false;
    const flaky = createResultsOnBoard<Scored>({
      show: async () =>
        failing
          ? { kind: 'failed', error: 'failed', message: 'Simulated network failure' }
          : { kind: 'summary', frameId: 'f', removed: 0 },
      clear: async () => ({ kind: 'cleared', removed: 0 }),
      look: (scored) => badgeLook(scored, 'en'),
    });
    const first = await score();
    await flaky.show(first);
    failing = true;
    lateNote(0);
    expect((await flaky.follow(await score()))?.outcome.kind).toBe('failed');
    failing = false;
    // The same board scored again: the badges may be half-written, so it is written once more.
    expect((await flaky.follow(await score()))?.outcome.kind).toBe('summary');
  });
});
