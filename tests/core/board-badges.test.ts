import { describe, expect, it } from 'vitest';
import {
  type BadgePlan,
  type BadgeSpec,
  badgeKey,
  badgeText,
  type ExistingBadge,
  planBadges,
} from '../../src/core/board-badges.ts';
import type { Rect } from '../../src/core/model.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { badgeSlot } from '../../src/core/template-layout.ts';
import {
  type Item,
  noteAt,
  noteIn,
  rowOf,
  templateItems,
  templatePlan,
} from '../fixtures/csv/template-board.ts';

const plan = templatePlan();
const website = (phase: 'before' | 'during' | 'after') => rowOf(plan, phase, 'Website');
const delivery = rowOf(plan, 'after', 'Delivery');

function planFor(items: readonly Item[], existing: readonly ExistingBadge[] = []): BadgePlan {
  const snapshot = readBoard(items);
  return planBadges(snapshot, tallyBoard(snapshot), existing, badgeSlot, 'en');
}

function badges(result: BadgePlan): readonly BadgeSpec[] {
  if (result.kind !== 'badges') throw new Error('expected badges');
  return [...result.create, ...result.update.map((entry) => entry.spec)];
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const noteBox = (note: Item): Rect => ({
  left: (note.x as number) - 99.5,
  right: (note.x as number) + 99.5,
  top: (note.y as number) - 114,
  bottom: (note.y as number) + 114,
});

describe('planBadges on the template', () => {
  const notes = [
    noteIn(website('before'), 'positive', 'clear', 0),
    noteIn(website('before'), 'positive', 'fast', 1),
    noteIn(website('before'), 'neutral', 'ok'),
    noteIn(website('during'), 'negative', 'slow', 0),
    noteIn(website('during'), 'negative', 'broken', 1),
    noteIn(website('during'), 'positive', 'cheap'),
    noteIn(delivery, 'negative', 'late'),
  ];
  const items = [...templateItems(plan), ...notes];

  it('gives every touchpoint row one badge with its counts, in its badge slot', () => {
    const result = planFor(items);
    const byRow = new Map(badges(result).map((spec) => [`${spec.mark.phase}/${spec.mark.touchpoint}`, spec]));
    expect(byRow.size).toBe(plan.rows.length);
    expect(byRow.get('before/Website')?.text).toBe('+2 · 1 · 0');
    expect(byRow.get('after/Website')?.text).toBe('0 · 0 · 0');
    expect(byRow.get('before/Website')?.rect).toEqual(badgeSlot(website('before').rect));
    expect(byRow.get('before/Website')?.mark).toEqual({
      role: 'badge',
      mapId: 'map1',
      phase: 'before',
      touchpoint: 'Website',
    });
  });

  it('marks the weakest links and colours the rest by net score', () => {
    const byRow = new Map(
      badges(planFor(items)).map((spec) => [`${spec.mark.phase}/${spec.mark.touchpoint}`, spec]),
    );
    // Website during: 2 negative of 3 → weakest #1; Delivery: 1 negative of 1 → #2.
    expect(byRow.get('during/Website')).toMatchObject({ text: '+1 · 0 · −2  ⚠ #1', tone: 'weakest' });
    expect(byRow.get('after/Delivery')).toMatchObject({ text: '0 · 0 · −1  ⚠ #2', tone: 'weakest' });
    expect(byRow.get('before/Website')).toMatchObject({ tone: 'positive', fill: '#dcf2cc' });
    expect(byRow.get('after/Website')).toMatchObject({ tone: 'zero' });
  });

  it('updates the badges already there instead of adding new ones', () => {
    const first = badges(planFor(items));
    const existing = first.map((spec, index) => ({ id: `b${index}`, mark: spec.mark }));
    const again = planFor(items, existing);
    expect(again.kind === 'badges' && again.create).toEqual([]);
    expect(again.kind === 'badges' && again.update.map((entry) => entry.id)).toEqual(
      existing.map((badge) => badge.id),
    );
    expect(again.kind === 'badges' && again.remove).toEqual([]);
  });

  it('removes duplicate badges and badges of rows that are gone', () => {
    const mark = { role: 'badge', mapId: 'map1', phase: 'before', touchpoint: 'Website' } as const;
    const gone = { role: 'badge', mapId: 'map1', phase: 'before', touchpoint: 'Chatbot' } as const;
    const result = planFor(items, [
      { id: 'keep', mark },
      { id: 'copy', mark },
      { id: 'old', mark: gone },
    ]);
    if (result.kind !== 'badges') throw new Error('expected badges');
    expect(result.update.map((entry) => entry.id)).toEqual(['keep']);
    expect([...result.remove].sort()).toEqual(['copy', 'old']);
    expect(result.create).toHaveLength(plan.rows.length - 1);
  });

  it('never puts a badge over a note, moving it up the label column instead', () => {
    const slot = badgeSlot(website('before').rect);
    const onSlot = noteAt('dropped on the label', (slot.left + slot.right) / 2, slot.bottom - 20);
    const withNote = [...items, onSlot];
    const specs = badges(planFor(withNote));
    for (const spec of specs) {
      for (const note of [...notes, onSlot]) expect(overlaps(spec.rect, noteBox(note))).toBe(false);
    }
    const moved = specs.find(
      (spec) => badgeKey(spec.mark) === badgeKey({ mapId: 'map1', phase: 'before', touchpoint: 'Website' }),
    );
    expect(moved?.rect.top).toBeLessThan(slot.top);
    expect(moved?.rect.top).toBeGreaterThanOrEqual(website('before').rect.top);
  });

  it('leaves a row without a badge, and says so, when notes fill its whole label column', () => {
    const row = website('after');
    const slot = badgeSlot(row.rect);
    const column = [];
    for (let y = row.rect.top + 100; y < row.rect.bottom; y += 150)
      column.push(noteAt('pile', (slot.left + slot.right) / 2, y));
    const result = planFor(
      [...items, ...column],
      [{ id: 'b1', mark: { role: 'badge', mapId: 'map1', phase: 'after', touchpoint: 'Website' } }],
    );
    if (result.kind !== 'badges') throw new Error('expected badges');
    expect(result.uncovered).toEqual([
      { role: 'badge', mapId: 'map1', phase: 'after', touchpoint: 'Website' },
    ]);
    expect(result.remove).toEqual(['b1']);
    expect(badges(result)).toHaveLength(plan.rows.length - 1);
  });
});

describe('planBadges on a hand-built board', () => {
  const handBuilt: Item[] = [
    { id: 'p1', type: 'frame', title: 'Before purchase', x: 500, y: 300, width: 1000, height: 600 },
    { id: 'r1', type: 'shape', content: '<p>Website</p>', x: 500, y: 300, width: 1000, height: 600 },
    { ...noteAt('great', 200, 300), style: { fillColor: 'green' } },
    { ...noteAt('bad', 600, 300), style: { fillColor: 'red' } },
    { ...noteAt('worse', 800, 300), style: { fillColor: 'red' } },
  ];

  it('writes one summary frame beside the map, clear of every note and region', () => {
    const result = planFor(handBuilt, [
      { id: 'stray', mark: { role: 'badge', mapId: 'm', phase: 'before', touchpoint: 'x' } },
    ]);
    if (result.kind !== 'summary') throw new Error('expected a summary');
    expect(result.summary.lines).toEqual(['before purchase · Website: +1 · 0 · −2  ⚠ #1']);
    expect(result.summary.rect.left).toBeGreaterThan(1000);
    expect(result.summary.rect.top).toBe(0);
    expect(result.remove).toEqual(['stray']);
  });

  it('names the stage when it says more than the phase', () => {
    const stages: Item[] = [
      { id: 'p1', type: 'frame', title: 'Awareness', x: 500, y: 300, width: 1000, height: 600 },
      { id: 'p2', type: 'frame', title: '2. During purchase', x: 1500, y: 300, width: 1000, height: 600 },
      { id: 'r1', type: 'shape', content: '<p>Website</p>', x: 1000, y: 300, width: 2000, height: 600 },
      { ...noteAt('great', 200, 300), style: { fillColor: 'green' } },
      { ...noteAt('fine', 1200, 300), style: { fillColor: 'green' } },
    ];
    const result = planFor(stages, []);
    expect(result.kind === 'summary' && result.summary.lines).toEqual([
      'before purchase · Awareness · Website: +1 · 0 · 0',
      'during purchase · Website: +1 · 0 · 0',
    ]);
  });

  it('writes the summary in the chosen language, with the map name first', () => {
    const inMap: Item[] = [
      { id: 'm1', type: 'frame', title: 'Anna', x: 500, y: 300, width: 1200, height: 800 },
      ...handBuilt,
    ];
    const snapshot = readBoard(inMap);
    const result = planBadges(snapshot, tallyBoard(snapshot), [], badgeSlot, 'pl');
    expect(result.kind === 'summary' && result.summary.lines).toEqual([
      'Anna · przed zakupem · Website: +1 · 0 · −2  ⚠ #1',
    ]);
  });
});

describe('badgeText', () => {
  it('shows positive, neutral and negative counts with signs, and the weakest rank', () => {
    expect(badgeText(5, 2, 3, null)).toBe('+5 · 2 · −3');
    expect(badgeText(0, 0, 0, null)).toBe('0 · 0 · 0');
    expect(badgeText(1, 0, 4, 1)).toBe('+1 · 0 · −4  ⚠ #1');
  });
});
