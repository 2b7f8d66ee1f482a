import { describe, expect, it } from 'vitest';
import { CURVE_KEY } from '../../src/core/curve-marker.ts';
import { DEFAULT_COLOUR_MAP } from '../../src/core/model.ts';
import { scoreJson } from '../../src/core/score-report.ts';
import type { RetryOptions } from '../../src/miro/calls.ts';
import { clearCurves, drawCurves } from '../../src/miro/curve-on-board.ts';
import { createBoardReader } from '../../src/miro/read-board.ts';
import { createSimulatedMiro, type RenderedItem } from '../../src/simulator/index.ts';
import { type Item, noteIn, rowOf, templateItems, templatePlan } from '../fixtures/csv/template-board.ts';
import { scoreBoardOrThrow } from '../fixtures/score-or-throw.ts';

const plan = templatePlan();
const website = (phase: 'before' | 'during' | 'after') => rowOf(plan, phase, 'Website');
const noWait: RetryOptions = { retries: 6, baseDelayMs: 1, sleep: async () => {}, random: () => 0.5 };
const titleOf = (map: string | null) => `Emotion curve · ${map ?? '—'}`;

function templateBoard(): Item[] {
  return [
    ...templateItems(plan),
    noteIn(website('before'), 'positive', 'clear prices', 0),
    noteIn(website('before'), 'positive', 'fast', 1),
    noteIn(website('during'), 'negative', 'slow', 0),
    noteIn(website('after'), 'negative', 'broken', 1),
  ];
}

// Three stages: three points, two lines, three labels, a zero line and a title.
const PARTS = 10;

function added(miro: ReturnType<typeof createSimulatedMiro>, before: ReadonlySet<string>): RenderedItem[] {
  return miro.control.items().filter((item) => !before.has(item.id));
}

const marked = (items: readonly RenderedItem[]) => items.filter((item) => item.metadata?.[CURVE_KEY]);
const contentOf = (item: RenderedItem) => ('content' in item ? String(item.content) : '');

async function scored(miro: ReturnType<typeof createSimulatedMiro>, retry: RetryOptions = noWait) {
  return scoreBoardOrThrow(miro.board, DEFAULT_COLOUR_MAP, createBoardReader(miro.board, { retry }), retry);
}

describe('drawCurves', () => {
  it('draws the map’s curve below it, each part marked, and scoring after it gives the same tally', async () => {
    const miro = createSimulatedMiro();
    miro.control.load(templateBoard());
    const before = new Set(miro.control.items().map((item) => item.id));
    const first = await scored(miro);
    const outcome = await drawCurves(miro.board, first, { titleOf, retry: noWait });
    expect(outcome).toEqual({ kind: 'drawn', curves: 1, created: PARTS, kept: 0, removed: 0 });
    const curve = added(miro, before);
    expect(marked(curve)).toHaveLength(PARTS);
    const mapBottom = Math.max(
      ...miro.control
        .items()
        .filter((item) => before.has(item.id))
        .map((item) => item.boardY + item.height / 2),
    );
    for (const item of curve) expect(item.boardY - item.height / 2).toBeGreaterThan(mapBottom);
    expect(curve.map(contentOf)).toContain('<p>Emotion curve · Anna</p>');
    expect(curve.map(contentOf)).toContain('<p>1. Before purchase</p><p>+2</p>');
    expect(scoreJson((await scored(miro)).tally)).toEqual(scoreJson(first.tally));
  });

  it('leaves one curve when drawn twice, and redraws only what a new score changed', async () => {
    const miro = createSimulatedMiro();
    miro.control.load(templateBoard());
    const before = new Set(miro.control.items().map((item) => item.id));
    await drawCurves(miro.board, await scored(miro), { titleOf, retry: noWait });
    const again = await drawCurves(miro.board, await scored(miro), { titleOf, retry: noWait });
    expect(again).toEqual({ kind: 'drawn', curves: 1, created: 0, kept: PARTS, removed: 0 });
    expect(added(miro, before)).toHaveLength(PARTS);

    // One more negative note before purchase: that stage's point, label and lines move.
    const late = noteIn(website('before'), 'negative', 'hidden fees', 2);
    miro.control.addStickyNote({ x: late.x as number, y: late.y as number, content: '<p>hidden fees</p>' });
    const before2 = new Set([
      ...before,
      ...miro.control
        .items()
        .filter((item) => item.type === 'sticky_note')
        .map((item) => item.id),
    ]);
    const redrawn = await drawCurves(miro.board, await scored(miro), { titleOf, retry: noWait });
    expect(redrawn.kind).toBe('drawn');
    const curve = added(miro, before2);
    expect(curve).toHaveLength(PARTS);
    expect(curve.map(contentOf)).toContain('<p>1. Before purchase</p><p>+1</p>');
    expect(curve.map(contentOf)).not.toContain('<p>1. Before purchase</p><p>+2</p>');
  });

  it('removes a copy of a curve item, so one curve remains', async () => {
    const miro = createSimulatedMiro();
    miro.control.load(templateBoard());
    const before = new Set(miro.control.items().map((item) => item.id));
    const first = await scored(miro);
    await drawCurves(miro.board, first, { titleOf, retry: noWait });
    const saved = miro.control.save();
    const point = saved.find((item) => item.type === 'shape' && item.metadata?.[CURVE_KEY]);
    miro.control.load([...saved, { ...point, id: '9999' }]);
    const outcome = await drawCurves(miro.board, first, { titleOf, retry: noWait });
    expect(outcome).toMatchObject({ kind: 'drawn', created: 0, removed: 1 });
    expect(added(miro, before)).toHaveLength(PARTS);
  });
});

describe('clearCurves', () => {
  it('removes the curve and nothing else', async () => {
    const miro = createSimulatedMiro();
    miro.control.load(templateBoard());
    const before = miro.control.save();
    const first = await scored(miro);
    await drawCurves(miro.board, first, { titleOf, retry: noWait });
    expect(await clearCurves(miro.board, null, { titleOf, retry: noWait })).toEqual({
      kind: 'cleared',
      removed: PARTS,
    });
    expect(miro.control.save()).toEqual(before);
  });

  it('also clears curve items whose mark was never written', async () => {
    const miro = createSimulatedMiro();
    miro.control.load(templateBoard());
    const before = new Set(miro.control.items().map((item) => item.id));
    const first = await scored(miro);
    await drawCurves(miro.board, first, { titleOf, retry: noWait });
    miro.control.load(
      miro.control.save().map((item) => (before.has(item.id) ? item : { ...item, metadata: undefined })),
    );
    expect(await clearCurves(miro.board, first, { titleOf, retry: noWait })).toEqual({
      kind: 'cleared',
      removed: PARTS,
    });
    expect(added(miro, before)).toEqual([]);
  });
});

describe('the curve on a board that fails and loses answers', () => {
  it('draws one curve under failures, and reports a board that refuses as a value', async () => {
    for (let seed = 1; seed <= 10; seed += 1) {
      const miro = createSimulatedMiro({ failureRate: 0.2, seed });
      miro.control.load(templateBoard());
      const before = new Set(miro.control.items().map((item) => item.id));
      const first = await scored(miro);
      expect(await drawCurves(miro.board, first, { titleOf, retry: noWait }), `seed ${seed}`).toMatchObject({
        kind: 'drawn',
      });
      expect(await drawCurves(miro.board, first, { titleOf, retry: noWait }), `seed ${seed}`).toMatchObject({
        kind: 'drawn',
      });
      expect(added(miro, before), `seed ${seed}`).toHaveLength(PARTS);
    }
    const broken = createSimulatedMiro({ failureRate: 1 });
    broken.control.load(templateBoard());
    const first = await scored(createSimulatedMiro({ store: broken.control.store }));
    const once: RetryOptions = { ...noWait, retries: 1 };
    expect((await drawCurves(broken.board, first, { titleOf, retry: once })).kind).toBe('failed');
    expect((await clearCurves(broken.board, first, { titleOf, retry: once })).kind).toBe('failed');
  });

  it('makes each part once when creates lose their answers, and Clear then leaves nothing, over 20 seeds', async () => {
    let left = 0;
    for (let seed = 1; seed <= 20; seed += 1) {
      const miro = createSimulatedMiro({ seed, lostRate: 0.2, failureRate: 0.1 });
      miro.control.load(templateBoard());
      const before = new Set(miro.control.items().map((item) => item.id));
      const first = await scored(miro);
      const drawn = await drawCurves(miro.board, first, { titleOf, retry: noWait });
      expect(drawn.kind, `seed ${seed}`).toBe('drawn');
      expect(added(miro, before), `seed ${seed}`).toHaveLength(PARTS);
      await clearCurves(miro.board, first, { titleOf, retry: noWait });
      left += added(miro, before).length;
    }
    expect(left).toBe(0);
  });
});
