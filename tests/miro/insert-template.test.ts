import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Phase, SENTIMENTS, type Sentiment } from '../../src/core/model.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import type { TemplateOptions, TouchpointChoice } from '../../src/core/template-choices.ts';
import { layoutTemplate, NOTE_SIZE } from '../../src/core/template-layout.ts';
import { MARK_KEY, readMark, writeMark } from '../../src/core/template-mark.ts';
import type { TemplatePlan } from '../../src/core/template-plan.ts';
import type { BoardApi } from '../../src/miro/board-api.ts';
import {
  discardKept,
  type InsertOptions,
  type InsertProgress,
  type InsertResult,
  insertTemplate,
} from '../../src/miro/insert-template.ts';
import { readBoardItems } from '../../src/miro/read-board.ts';
import { createSimulatedMiro, type RenderedItem, type SessionOptions } from '../../src/simulator/index.ts';
import { virtualClock } from '../fixtures/virtual-clock.ts';

const TOUCHPOINTS: readonly TouchpointChoice[] = [
  {
    name: 'Website',
    type: 'digital',
    phases: ['before', 'during', 'after'],
    channels: ['web'],
    owner: 'Ola',
  },
  { name: 'Store', type: 'physical', phases: ['before', 'during'] },
  { name: 'Delivery', type: 'physical', phases: ['after'] },
  { name: 'Call centre', type: 'human', phases: ['during', 'after'] },
];

function planOf(overrides: Partial<TemplateOptions> = {}): TemplatePlan {
  const result = layoutTemplate({
    mapId: 'map-a',
    name: 'Anna, first order',
    language: 'en',
    origin: { x: 0, y: 0 },
    touchpoints: TOUCHPOINTS,
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

function simulator(options: SessionOptions = {}) {
  const clock = virtualClock();
  const miro = createSimulatedMiro({
    latencyMs: 40,
    jitterMs: 30,
    now: clock.now,
    sleep: clock.sleep,
    ...options,
  });
  const insert = (plan: TemplatePlan, extra: Partial<InsertOptions> = {}) =>
    insertTemplate(miro.board, plan, {
      concurrency: 8,
      onFailure: 'rollback',
      sleep: clock.sleep,
      random: () => 0.5,
      ...extra,
    });
  return { ...miro, clock, insert };
}

/** Cancels an insertion once 15 items are done and keeps them, as a user choosing Keep does. */
async function keptPart(sim: ReturnType<typeof simulator>, plan: TemplatePlan) {
  const controller = new AbortController();
  const result = await sim.insert(plan, {
    onFailure: 'keep',
    signal: controller.signal,
    onProgress: ({ stage, done }) => stage === 'creating' && done === 15 && controller.abort(),
  });
  if (result.kind !== 'kept') throw new Error(result.kind);
  return result;
}

const markOf = (item: RenderedItem) => {
  const reading = readMark(item.metadata?.[MARK_KEY]);
  return reading.kind === 'mark' ? reading.mark : null;
};

const rectOf = (item: RenderedItem) => ({
  left: item.boardX - item.width / 2,
  top: item.boardY - item.height / 2,
  right: item.boardX + item.width / 2,
  bottom: item.boardY + item.height / 2,
});

/** Checks the board holds exactly the plan, once: right kinds, frames, places, marks. Returns the shift. */
function expectWholeTemplate(items: readonly RenderedItem[], plan: TemplatePlan): void {
  const ours = items.filter((item) => markOf(item)?.mapId === plan.mapId || item.type === 'text');
  expect(ours).toHaveLength(plan.items.length);
  const map = items.find((item) => markOf(item)?.role === 'map' && markOf(item)?.mapId === plan.mapId);
  if (!map) throw new Error('no map frame');
  const shiftX = map.boardX - (plan.bounds.left + plan.bounds.right) / 2;
  const shiftY = map.boardY - (plan.bounds.top + plan.bounds.bottom) / 2;
  const byMark = new Map(
    ours.flatMap((item) => (markOf(item) ? [[JSON.stringify(markOf(item)), item]] : [])),
  );
  expect(byMark.size, 'no duplicate marks').toBe(plan.items.filter((item) => item.mark).length);
  const idOf = new Map<string, string>();
  for (const planned of plan.items) {
    const found = planned.mark
      ? byMark.get(JSON.stringify(planned.mark))
      : ours.find(
          (item) =>
            item.type === 'text' && item.boardY === planned.y + shiftY && item.boardX === planned.x + shiftX,
        );
    if (!found) throw new Error(`missing ${planned.ref}`);
    idOf.set(planned.ref, found.id);
    expect(found.type).toBe(planned.kind);
    expect(found.boardX).toBeCloseTo(planned.x + shiftX, 6);
    expect(found.boardY).toBeCloseTo(planned.y + shiftY, 6);
    expect(found.parentId).toBe(planned.parentRef === null ? null : idOf.get(planned.parentRef));
  }
}

function templateItems(items: readonly RenderedItem[]): RenderedItem[] {
  return items.filter((item) => item.type !== 'sticky_note');
}

describe('insertTemplate on a healthy board', () => {
  it('creates the whole plan once, each part in its frame and marked, at the plan positions shifted together', async () => {
    const sim = simulator();
    const plan = planOf();
    const result = await sim.insert(plan);
    expect(result.kind).toBe('inserted');
    expectWholeTemplate(sim.control.items(), plan);
    expect(sim.control.items()).toHaveLength(plan.items.length);
  });

  it('places the map in the middle of the view on an empty board, then zooms to it', async () => {
    const sim = simulator();
    await sim.board.viewport.set({ viewport: { x: 9000, y: 4000, width: 1280, height: 720 } });
    const plan = planOf();
    const result = await sim.insert(plan);
    if (result.kind !== 'inserted') throw new Error(result.kind);
    expect((result.bounds.left + result.bounds.right) / 2).toBeCloseTo(9640, 6);
    expect((result.bounds.top + result.bounds.bottom) / 2).toBeCloseTo(4360, 6);
    const view = await sim.board.viewport.get();
    expect(view.x).toBeLessThanOrEqual(result.bounds.left);
    expect(view.x + view.width).toBeGreaterThanOrEqual(result.bounds.right);
    expect(view.y).toBeLessThanOrEqual(result.bounds.top);
  });

  it('never lands on existing content', async () => {
    const sim = simulator();
    const note = await sim.board.createStickyNote({ content: 'already here', x: 0, y: 0 });
    const result = await sim.insert(planOf());
    if (result.kind !== 'inserted') throw new Error(result.kind);
    const { bounds } = result;
    const inside =
      note.x >= bounds.left && note.x <= bounds.right && note.y >= bounds.top && note.y <= bounds.bottom;
    expect(inside).toBe(false);
  });

  it('sends the grid behind sticky notes that were on the board before, rows behind their zones', async () => {
    const sim = simulator();
    await sim.board.createStickyNote({ content: 'older note', x: 0, y: 0 });
    await sim.insert(planOf());
    const layers = sim.control.items().map((item) => markOf(item)?.role ?? item.type);
    expect(layers.at(-1)).toBe('sticky_note');
    expect(layers.lastIndexOf('row')).toBeLessThan(layers.indexOf('zone'));
  });

  it('gives two maps side by side when run twice, neither touching the other', async () => {
    const sim = simulator();
    const first = planOf({ mapId: 'first' });
    const second = planOf({ mapId: 'second' });
    const a = await sim.insert(first);
    const b = await sim.insert(second);
    if (a.kind !== 'inserted' || b.kind !== 'inserted') throw new Error('not inserted');
    const apart =
      a.bounds.right < b.bounds.left ||
      b.bounds.right < a.bounds.left ||
      a.bounds.bottom < b.bounds.top ||
      b.bounds.bottom < a.bounds.top;
    expect(apart).toBe(true);
    const items = sim.control.items();
    expectWholeTemplate(
      items.filter((item) => item.type !== 'text' || rectInside(rectOf(item), a.bounds)),
      first,
    );
    expectWholeTemplate(
      items.filter((item) => item.type !== 'text' || rectInside(rectOf(item), b.bounds)),
      second,
    );
  });

  it('makes at most 3 calls per item plus the 5 calls that place, check for copies, layer and show the map', async () => {
    const sim = simulator();
    const plan = planOf();
    await sim.insert(plan);
    const { calls, byMethod } = sim.control.stats();
    const texts = plan.counts.texts;
    // Per item: create, frame.add (not the map frame), setMetadata (not details texts).
    expect(calls).toBe(3 * plan.counts.items - 1 - texts + 5);
    expect(byMethod).toMatchObject({
      get: 1,
      'viewport.get': 1,
      findEmptySpace: 1,
      sendToBack: 1,
      'viewport.zoomTo': 1,
    });
  });

  it('reports progress from 0 to the total, never going back', async () => {
    const sim = simulator();
    const plan = planOf();
    const seen: InsertProgress[] = [];
    await sim.insert(plan, { onProgress: (progress) => seen.push(progress) });
    const creating = seen
      .filter((progress) => progress.stage === 'creating')
      .map((progress) => progress.done);
    expect(creating[0]).toBe(0);
    expect(creating.at(-1)).toBe(plan.items.length);
    expect(creating).toEqual([...creating].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ stage: 'finishing', done: plan.items.length, total: plan.items.length });
  });
});

function rectInside(
  inner: { left: number; top: number; right: number; bottom: number },
  outer: typeof inner,
): boolean {
  return (
    inner.left >= outer.left &&
    inner.right <= outer.right &&
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom
  );
}

describe('insertTemplate on a failing, rate-limited board', () => {
  it('leaves a whole template or nothing, over many seeds, with 10% failures and a tight credit budget', async () => {
    const outcomes = { inserted: 0, 'rolled-back': 0 };
    for (let seed = 1; seed <= 40; seed += 1) {
      // 40 calls a minute: the template needs several minutes of credits.
      const sim = simulator({ seed, failureRate: 0.1, creditsPerMinute: 2000 });
      const plan = planOf({ mapId: `seed${seed}` });
      // Few retries on odd seeds, so some runs meet a failure they cannot get past.
      const result = await sim.insert(plan, { retries: seed % 2 === 1 ? 1 : 10, random: seeded(seed) });
      const items = templateItems(sim.control.items());
      if (result.kind === 'inserted') {
        expectWholeTemplate(items, plan);
        expect(items).toHaveLength(plan.items.length);
      } else {
        expect(result.kind).toBe('rolled-back');
        expect(items, `seed ${seed}: orphans`).toEqual([]);
        if (result.kind === 'rolled-back') expect(result.leftovers).toEqual([]);
      }
      outcomes[result.kind === 'inserted' ? 'inserted' : 'rolled-back'] += 1;
    }
    // Both paths were exercised.
    expect(outcomes.inserted).toBeGreaterThan(5);
    expect(outcomes['rolled-back']).toBeGreaterThan(5);
  });

  it('keeps a failed insertion when asked, and resuming it finishes the template without duplicates', async () => {
    let kept = 0;
    for (let seed = 1; seed <= 10; seed += 1) {
      const sim = simulator({ seed, failureRate: 0.1, creditsPerMinute: 3000 });
      const plan = planOf({ mapId: `keep${seed}` });
      const first = await sim.insert(plan, { retries: 0, onFailure: 'keep' });
      if (first.kind === 'inserted') continue;
      if (first.kind === 'rolled-back') {
        // It failed before choosing a place: nothing was made, so there is nothing to keep.
        expect(sim.control.items()).toEqual([]);
        continue;
      }
      kept += 1;
      expect(first.stop.kind).toBe('failed');
      expect(first.done).toBeLessThan(plan.items.length);
      const second = await sim.insert(plan, { resume: first.resume, retries: 10 });
      expect(second.kind).toBe('inserted');
      expectWholeTemplate(templateItems(sim.control.items()), plan);
      expect(templateItems(sim.control.items())).toHaveLength(plan.items.length);
    }
    expect(kept).toBeGreaterThan(3);
  });

  it('re-creates a kept item that someone deleted before resuming', async () => {
    const sim = simulator();
    const plan = planOf();
    const controller = new AbortController();
    const kept = await sim.insert(plan, {
      onFailure: 'keep',
      signal: controller.signal,
      onProgress: ({ done }) => done >= 20 && controller.abort(),
    });
    if (kept.kind !== 'kept') throw new Error(kept.kind);
    const zone = Object.entries(kept.resume.started).find(([ref]) => ref.startsWith('row:'));
    if (!zone) throw new Error('no row made');
    sim.control.remove(zone[1].id);
    const resumed = await sim.insert(plan, { resume: kept.resume });
    expect(resumed.kind).toBe('inserted');
    expectWholeTemplate(sim.control.items(), plan);
  });
});

describe('why an insertion stopped, as the panel words it (the failure kind)', () => {
  const kindOf = (result: InsertResult) =>
    result.kind !== 'inserted' && result.stop.kind === 'failed' ? result.stop.error : result.kind;

  it('says "deleted" when another user deletes the map frame while the template is built', async () => {
    const sim = simulator();
    const plan = planOf();
    let removed = false;
    const result = await sim.insert(plan, {
      retries: 1,
      onProgress: ({ stage, done }) => {
        if (removed || stage !== 'creating' || done < 5) return;
        const map = sim.control.items().find((item) => markOf(item)?.role === 'map');
        if (!map) throw new Error('the map frame should be made first');
        sim.control.remove(map.id);
        removed = true;
      },
    });
    expect(result.kind).toBe('rolled-back');
    expect(kindOf(result)).toBe('deleted');
  });

  it('rolls back at once when a teammate deletes the map frame: "not found" is not retried', async () => {
    const sim = simulator();
    const plan = planOf();
    let deletedAt: number | null = null;
    const result = await sim.insert(plan, {
      onProgress: ({ stage, done }) => {
        if (deletedAt !== null || stage !== 'creating' || done < 5) return;
        const map = sim.control.items().find((item) => markOf(item)?.role === 'map');
        if (!map) throw new Error('the map frame should be made first');
        sim.control.remove(map.id);
        deletedAt = sim.clock.now();
      },
    });
    expect(result.kind).toBe('rolled-back');
    expect(templateItems(sim.control.items())).toEqual([]);
    const seconds = (sim.clock.now() - (deletedAt ?? 0)) / 1000;
    console.log(`rollback ${seconds.toFixed(1)} s after the map frame was deleted`);
    // Calls take 40–70 ms here: a few rounds of them, no backoff of minutes.
    expect(seconds).toBeLessThan(5);
  });

  it('says "deleted" when a kept frame was replaced by something else before resuming', async () => {
    const sim = simulator();
    const plan = planOf();
    const kept = await keptPart(sim, plan);
    const started = Object.entries(kept.resume.started);
    const text = plan.items.find((item) => item.kind === 'text' && kept.resume.started[item.ref]);
    const unfinished = (ref: string) => {
      const progress = kept.resume.started[ref];
      return !progress?.added || !progress.marked;
    };
    const frame = plan.items.find(
      (item) =>
        item.kind === 'frame' &&
        kept.resume.started[item.ref] &&
        plan.items.some((child) => child.parentRef === item.ref && unfinished(child.ref)),
    );
    if (!text || !frame) throw new Error('a text and a frame with children to come should be made by then');
    // The frame's id now names a text: its children cannot go into it.
    const damaged = Object.fromEntries(
      started.map(([ref, progress]) =>
        ref === frame.ref
          ? [ref, { ...progress, id: kept.resume.started[text.ref]?.id ?? '' }]
          : [ref, progress],
      ),
    );
    const resumed = await sim.insert(plan, {
      resume: { ...kept.resume, started: damaged },
      onFailure: 'keep',
    });
    expect(resumed.kind).toBe('kept');
    expect(kindOf(resumed)).toBe('deleted');
  });

  it('says "failed" (nothing the user deleted) when resuming with the resume point of another map', async () => {
    const sim = simulator();
    const kept = await keptPart(sim, planOf({ mapId: 'map-a' }));
    const before = sim.control.items().length;
    const result = await sim.insert(planOf({ mapId: 'map-b' }), { resume: kept.resume });
    expect(kindOf(result)).toBe('failed');
    expect(sim.control.items()).toHaveLength(before);
  });
});

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

describe('Cancel', () => {
  it('removes everything made so far when the user cancels', async () => {
    const sim = simulator();
    const plan = planOf();
    const controller = new AbortController();
    const result = await sim.insert(plan, {
      signal: controller.signal,
      onProgress: ({ stage, done }) => stage === 'creating' && done === 15 && controller.abort(),
    });
    expect(result).toEqual({ kind: 'rolled-back', stop: { kind: 'cancelled' }, leftovers: [] });
    expect(sim.control.items()).toEqual([]);
  });

  it('keeps what was made when the user chose to, and offers to resume', async () => {
    const sim = simulator();
    const plan = planOf();
    const result = await keptPart(sim, plan);
    expect(result.stop).toEqual({ kind: 'cancelled' });
    expect(Object.keys(result.resume.started).length).toBe(sim.control.items().length);
    const resumed = await sim.insert(plan, { resume: result.resume });
    expect(resumed.kind).toBe('inserted');
    expectWholeTemplate(sim.control.items(), plan);
  });

  it('discards a kept part when the user chooses Discard, leaving other content alone', async () => {
    const sim = simulator();
    const stranger = sim.control.addStickyNote({ x: -5000, y: -5000, content: '<p>Not ours</p>' });
    const plan = planOf();
    const result = await keptPart(sim, plan);
    expect(sim.control.items().length).toBeGreaterThan(1);
    const discarded = await discardKept(sim.board, plan, result.resume, {
      concurrency: 8,
      sleep: sim.clock.sleep,
      random: () => 0.5,
    });
    expect(discarded).toEqual({ kind: 'discarded', leftovers: [] });
    expect(sim.control.items().map((item) => item.id)).toEqual([stranger.id]);
  });
});

describe('round trip: insert, drop notes, score', () => {
  const languages = [
    { language: 'en', touchpoints: TOUCHPOINTS },
    {
      language: 'ru',
      touchpoints: [
        { name: 'Сайт', type: 'digital', phases: ['before', 'during', 'after'] },
        { name: 'Доставка', type: 'physical', phases: ['after'], owner: 'Логистика' },
      ],
    },
    {
      language: 'pl',
      touchpoints: [
        { name: 'Sklep stacjonarny', type: 'physical', phases: ['before', 'during'] },
        { name: 'Infolinia', type: 'human', phases: ['during', 'after'] },
      ],
    },
  ] as const;

  for (const { language, touchpoints } of languages) {
    it(`counts every note in its cell (${language}), with the app's metadata and with it stripped`, async () => {
      const sim = simulator();
      const plan = planOf({ language, touchpoints, name: 'Persona A' });
      const result = await sim.insert(plan);
      if (result.kind !== 'inserted') throw new Error(result.kind);
      const shiftX = result.bounds.left - plan.bounds.left;
      const shiftY = result.bounds.top - plan.bounds.top;
      const expected = new Map<string, { phase: Phase; touchpoint: string } & Record<Sentiment, number>>();
      plan.rows.forEach((row, rowIndex) => {
        const counts = { phase: row.phase, touchpoint: row.touchpoint, positive: 0, neutral: 0, negative: 0 };
        SENTIMENTS.forEach((sentiment, sentimentIndex) => {
          const zone = row.zones[sentiment];
          // 1 to 3 notes per zone, spread over the zone, in a colour that disagrees with it.
          const notes = 1 + ((rowIndex + sentimentIndex) % 3);
          for (let index = 0; index < notes; index += 1) {
            sim.control.addStickyNote({
              x: shiftX + zone.left + NOTE_SIZE.width / 2 + index * (NOTE_SIZE.width + 10),
              y: shiftY + zone.bottom - NOTE_SIZE.height / 2 - 10,
              content: `<p>note ${index} &amp; more</p>`,
              fillColor: 'light_yellow',
            });
          }
          counts[sentiment] = notes;
        });
        expected.set(`${row.phase}|${row.touchpoint}`, counts);
      });

      const json = await readBoardItems(sim.board);
      const stripped = {
        ...json,
        items: json.items.map((item) => ({ ...(item as object), metadata: undefined })),
      };
      for (const board of [json, stripped]) {
        const tally = tallyBoard(readBoard(board));
        expect(tally.unassigned).toEqual([]);
        expect(
          tally.rows.map((row) => ({
            phase: row.phase,
            touchpoint: row.touchpoint,
            positive: row.positive,
            neutral: row.neutral,
            negative: row.negative,
          })),
        ).toEqual([...expected.values()].sort((a, b) => phaseIndex(a.phase) - phaseIndex(b.phase)));
        expect(new Set(tally.rows.map((row) => row.map))).toEqual(new Set(['Persona A']));
      }
    });
  }
});

function phaseIndex(phase: Phase): number {
  return ['before', 'during', 'after'].indexOf(phase);
}

describe('insertTemplate: plan items as the SDK receives them', () => {
  it('writes titles, HTML content, styles and compact marks the SDK accepts', async () => {
    const sim = simulator();
    const plan = planOf({ touchpoints: [{ name: 'Q&A <live>', type: 'digital', phases: ['during'] }] });
    await sim.insert(plan);
    const row = sim.control.items().find((item) => markOf(item)?.role === 'row');
    if (row?.type !== 'shape') throw new Error('no row');
    expect(row.content).toBe('Q&amp;A &lt;live&gt;');
    expect(row.metadata?.[MARK_KEY]).toEqual(
      writeMark({ role: 'row', mapId: 'map-a', phase: 'during', touchpoint: 'Q&A <live>', type: 'digital' }),
    );
    const board: BoardApi = sim.board;
    expect(
      (await board.get({ type: 'frame' })).map((frame) => ('title' in frame ? frame.title : '')),
    ).toContain('2. During purchase');
  });
});

describe('insertTemplate when answers are lost and a teammate deletes parts meanwhile (property)', () => {
  it('leaves no orphan, no duplicate and no silently half-inserted template over 200 seeded runs', async () => {
    const found = { runs: 0, orphans: 0, duplicates: 0, missing: 0, leftovers: 0, inserted: 0, undone: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          lostRate: fc.constantFrom(0.05, 0.1, 0.2),
          failureRate: fc.constantFrom(0, 0.1),
          retries: fc.constantFrom(1, 3, 10),
          // Calls in flight: few, and the default (every part of this plan at once).
          concurrency: fc.constantFrom<number | undefined>(4, 8, undefined),
          onFailure: fc.constantFrom<'rollback' | 'keep'>('rollback', 'keep'),
          deleteAt: fc.option(fc.integer({ min: 1, max: 80 }), { nil: undefined }),
        }),
        async (run) => {
          const sim = simulator({ seed: run.seed, failureRate: run.failureRate, lostRate: run.lostRate });
          const plan = planOf({ mapId: `p${run.seed}` });
          const pick = seeded(run.seed);
          const deleted = new Set<string>();
          const result = await sim.insert(plan, {
            concurrency: run.concurrency,
            retries: run.retries,
            onFailure: run.onFailure,
            random: seeded(run.seed + 1),
            onProgress: ({ stage, done }) => {
              if (
                run.deleteAt === undefined ||
                deleted.size > 0 ||
                stage !== 'creating' ||
                done < run.deleteAt
              )
                return;
              // Another user deletes one part the app made (a frame goes with its children).
              const made = templateItems(sim.control.items());
              const victim = made[Math.floor(pick() * made.length)];
              if (!victim) return;
              const gone = new Set([victim.id]);
              for (let grew = true; grew; ) {
                grew = false;
                for (const item of made)
                  if (item.parentId && gone.has(item.parentId) && !gone.has(item.id)) {
                    gone.add(item.id);
                    grew = true;
                  }
              }
              for (const id of gone) deleted.add(id);
              sim.control.remove(victim.id);
            },
          });
          let allowed: ReadonlySet<string>;
          if (result.kind === 'inserted') {
            found.inserted += 1;
            const ids = Object.values(result.ids);
            allowed = new Set(ids);
            const onBoard = new Set(templateItems(sim.control.items()).map((item) => item.id));
            found.missing += ids.filter((id) => !onBoard.has(id) && !deleted.has(id)).length;
            found.missing += plan.items.length - ids.length;
          } else {
            found.undone += 1;
            const discarded =
              result.kind === 'kept'
                ? await discardKept(sim.board, plan, result.resume, {
                    concurrency: 8,
                    sleep: sim.clock.sleep,
                    random: () => 0.5,
                  })
                : ({ kind: 'discarded', leftovers: result.leftovers } as const);
            if (discarded.kind === 'failed') throw new Error(`the discard failed: ${discarded.message}`);
            const { leftovers } = discarded;
            found.leftovers += leftovers.length;
            allowed = new Set(leftovers);
          }
          const items = templateItems(sim.control.items());
          const orphans = items.filter((item) => !allowed.has(item.id));
          found.orphans += orphans.length;
          const places = new Set(
            items.map((item) => JSON.stringify([item.type, item.boardX, item.boardY, item.width])),
          );
          found.duplicates += items.length - places.size;
          found.runs += 1;
        },
      ),
      { numRuns: 200, seed: 20261202 },
    );
    console.log('lost answers property:', JSON.stringify(found));
    expect(found.runs).toBe(200);
    expect({ orphans: found.orphans, duplicates: found.duplicates, missing: found.missing }).toEqual({
      orphans: 0,
      duplicates: 0,
      missing: 0,
    });
    // Both endings were exercised.
    expect(found.inserted).toBeGreaterThan(20);
    expect(found.undone).toBeGreaterThan(20);
  }, 300_000);
});
