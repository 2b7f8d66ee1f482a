import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeLabel, compareWithSaved } from '../../src/core/compare-with-saved.ts';
import { PHASES } from '../../src/core/model.ts';
import {
  addToHistory,
  HISTORY_BUDGET_BYTES,
  HISTORY_MAX_SAVES,
  readHistory,
  type SavedScoring,
  savedScoringOf,
  storedBytes,
  writeHistory,
} from '../../src/core/saved-scores.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { counted, note, tallyOf, unassigned } from '../fixtures/csv/tally.ts';

// A hand-built board: one phase frame with two touchpoint rows, notes scored by colour.
function board(notes: readonly { id: string; text: string; row: 'Website' | 'Delivery'; colour: string }[]) {
  const rowY = { Website: 100, Delivery: 300 };
  return [
    { type: 'frame', id: 'f1', title: 'Before purchase', x: 500, y: 200, width: 1000, height: 400 },
    { type: 'shape', id: 's1', content: '<p>Website</p>', x: 500, y: 100, width: 1000, height: 200 },
    { type: 'shape', id: 's2', content: '<p>Delivery</p>', x: 500, y: 300, width: 1000, height: 200 },
    ...notes.map((n, index) => ({
      type: 'sticky_note',
      id: n.id,
      content: `<p>${n.text}</p>`,
      x: 100 + index * 10,
      y: rowY[n.row],
      style: { fillColor: n.colour },
    })),
  ];
}

const sample = tallyOf([
  counted(note('1', 'good'), { map: 'Anna', phase: 'before', touchpoint: 'Website' }, 'positive'),
  counted(note('2', 'bad'), { map: 'Anna', phase: 'during', touchpoint: 'Website' }, 'negative'),
  counted(note('3', 'meh'), { map: null, phase: 'after', touchpoint: 'Сайт' }, 'neutral'),
  unassigned(note('4', ''), 'empty'),
]);

describe('saving and reading back', () => {
  it('reads back exactly what was saved', () => {
    const saved = savedScoringOf(sample, Date.UTC(2026, 4, 1, 10));
    const update = addToHistory([], saved);
    if (update.kind !== 'ok') throw new Error('should fit');
    const reading = readHistory(JSON.parse(JSON.stringify(update.stored)));
    expect(reading).toEqual({ kind: 'history', history: [saved], skipped: 0 });
    expect(saved).toMatchObject({ notes: 4, unassigned: 1 });
    expect(saved.rows).toHaveLength(3);
  });

  it('stores names once per save, so a row costs a handful of numbers', () => {
    const stored = writeHistory([savedScoringOf(sample, 1)]);
    expect(stored).toEqual({
      v: 2,
      h: [
        {
          t: 1,
          n: 4,
          u: 1,
          m: [null, 'Anna'],
          s: ['After purchase', 'Before purchase', 'During purchase'],
          k: ['Сайт', 'Website'],
          // map, phase, stage, touchpoint, positive, neutral, negative; row after row.
          r: [0, 2, 0, 0, 0, 1, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 2, 1, 0, 0, 1],
        },
      ],
    });
  });

  it('treats nothing stored as an empty history', () => {
    expect(readHistory(undefined)).toEqual({ kind: 'history', history: [], skipped: 0 });
    expect(readHistory(null)).toEqual({ kind: 'history', history: [], skipped: 0 });
  });

  it('reports a history from a newer release instead of misreading it', () => {
    expect(readHistory({ v: 3, h: [], extra: 'x' })).toEqual({
      kind: 'unreadable',
      reason: 'newer',
      version: 3,
    });
  });

  it('reports foreign data as unreadable', () => {
    for (const foreign of ['text', 42, [1, 2], { v: 1 }, { v: '1', h: [] }, { h: [] }, { v: 1, h: {} }]) {
      expect(readHistory(foreign)).toMatchObject({ kind: 'unreadable', reason: 'invalid' });
    }
  });

  it('skips damaged saves and keeps the good ones, newest first', () => {
    const good = writeHistory([savedScoringOf(sample, 5), savedScoringOf(sample, 9)]).h;
    const reading = readHistory({
      v: 2,
      h: [
        good[0],
        { t: 3, n: 1, u: 0, m: [null], s: ['S'], k: ['x'], r: [0, 7, 0, 0, 1, 0, 0] },
        { t: 4, n: -1, u: 0, m: [], s: [], k: [], r: [] },
        { t: 6, n: 1, u: 0, m: [null], s: ['S'], k: ['x'], r: [3, 0, 0, 0, 1, 0, 0] },
        { t: 7, n: 1, u: 0, m: [null], s: ['S'], k: ['x'], r: [0, 0, 0, 0, 1.5, 0, 0] },
        { t: 8, n: 1, u: 0, m: [null], s: ['S'], k: ['x'], r: [0, 0, 1, 0, 1, 0, 0] },
        { t: 10, n: 1, u: 0, m: [null], s: ['S'], k: ['x'], r: [0, 0, 0, 0, 1, 0] },
        'junk',
        good[1],
      ],
    });
    expect(reading.kind).toBe('history');
    if (reading.kind !== 'history') return;
    expect(reading.history.map((scoring) => scoring.savedAt)).toEqual([9, 5]);
    expect(reading.skipped).toBe(7);
    // The same in version 1, which a migration brings up to date.
    const old = readHistory({
      v: 1,
      h: [
        { t: 3, n: 1, u: 0, m: [null], k: ['x'], r: [[0, 7, 0, 1, 0, 0]] },
        { t: 6, n: 1, u: 0, m: [null], k: ['x'], r: [[0, 0, 0, 1, 0]] },
        { t: 7, n: 1, u: 0, m: [null], k: ['x'], r: [[0, 0, 0, 1, 0, 0]] },
      ],
    });
    expect(old).toMatchObject({ kind: 'history', skipped: 2 });
    expect(old.kind === 'history' && old.history[0]?.rows).toEqual([
      { map: null, phase: 'before', touchpoint: 'x', positive: 1, neutral: 0, negative: 0 },
    ]);
  });

  it('never throws, whatever JSON is found in storage', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => readHistory(value)).not.toThrow();
        expect(() => readHistory({ v: 1, h: [value] })).not.toThrow();
        expect(() => readHistory({ v: 2, h: [value] })).not.toThrow();
        expect(() =>
          readHistory({ v: 1, h: [{ t: 1, n: 1, u: 0, m: [null], k: ['a'], r: [value] }] }),
        ).not.toThrow();
        expect(() =>
          readHistory({ v: 2, h: [{ t: 1, n: 1, u: 0, m: [null], s: [null], k: ['a'], r: value }] }),
        ).not.toThrow();
      }),
    );
  });
});

describe('history', () => {
  it('puts the newest save first and keeps at most the last ten', () => {
    let history: readonly SavedScoring[] = [];
    for (let time = 1; time <= 14; time++) {
      const update = addToHistory(history, savedScoringOf(sample, time));
      if (update.kind !== 'ok') throw new Error('should fit');
      history = update.history;
    }
    expect(history.map((scoring) => scoring.savedAt)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5]);
    expect(HISTORY_MAX_SAVES).toBe(10);
  });

  it('keeps at least the last five saves of a 300-row board within the budget', () => {
    const rows = PHASES.flatMap((phase) =>
      ['Persona Anna', 'Persona Bartek', 'Persona Светлана'].flatMap((map) =>
        Array.from({ length: 33 }, (_, index) => ({
          map,
          phase,
          stage: `${(index % 3) + 1}. Stage of ${phase}`,
          touchpoint: `Touchpoint number ${index + 1}`,
          positive: 12,
          neutral: 7,
          negative: 15,
        })),
      ),
    );
    let history: readonly SavedScoring[] = [];
    for (let time = 1; time <= 8; time++) {
      const update = addToHistory(history, {
        savedAt: Date.UTC(2026, 0, time),
        notes: 999,
        unassigned: 9,
        rows,
      });
      if (update.kind !== 'ok') throw new Error('should fit');
      expect(storedBytes(update.stored)).toBeLessThanOrEqual(HISTORY_BUDGET_BYTES);
      history = update.history;
    }
    expect(rows).toHaveLength(297);
    expect(history.length).toBeGreaterThanOrEqual(5);
    console.log(
      `300-row board: ${storedBytes(writeHistory(history.slice(0, 1)))} bytes a save, ${history.length} saves kept in ${HISTORY_BUDGET_BYTES}`,
    );
  });

  it('drops the oldest saves first when the budget is tight', () => {
    const two = storedBytes(writeHistory([savedScoringOf(sample, 3), savedScoringOf(sample, 2)]));
    const update = addToHistory(
      [savedScoringOf(sample, 2), savedScoringOf(sample, 1)],
      savedScoringOf(sample, 3),
      two,
    );
    expect(update.kind === 'ok' && update.history.map((scoring) => scoring.savedAt)).toEqual([3, 2]);
  });

  it('refuses a save too large for storage, with its size, and keeps the old history untouched', () => {
    const update = addToHistory([savedScoringOf(sample, 1)], savedScoringOf(sample, 2), 50);
    expect(update).toMatchObject({ kind: 'too-large', budget: 50 });
    expect(update.kind === 'too-large' && update.bytes).toBeGreaterThan(50);
  });
});

describe('compare with last time', () => {
  it('shows per touchpoint how the counts changed after notes were edited and re-scored', () => {
    const before = tallyBoard(
      readBoard(
        board([
          { id: '1', text: 'clear prices', row: 'Website', colour: 'green' },
          { id: '2', text: 'slow', row: 'Website', colour: 'red' },
          { id: '3', text: 'late parcel', row: 'Delivery', colour: 'red' },
          { id: '4', text: 'lost', row: 'Delivery', colour: 'red' },
        ]),
      ),
    );
    const saved = savedScoringOf(before, 1000);
    // The team fixed the site's speed and moved a delivery note; one Delivery note is gone.
    const after = tallyBoard(
      readBoard(
        board([
          { id: '1', text: 'clear prices', row: 'Website', colour: 'green' },
          { id: '2', text: 'fast now', row: 'Website', colour: 'green' },
          { id: '3', text: 'late parcel', row: 'Delivery', colour: 'gray' },
        ]),
      ),
    );
    const comparison = compareWithSaved(after, saved);
    expect(comparison.notesChange).toBe(-1);
    expect(
      comparison.rows.map((row) => [
        row.touchpoint,
        row.kind,
        row.before.net,
        row.now.net,
        changeLabel(row.change.net),
      ]),
    ).toEqual([
      ['Website', 'kept', 0, 2, '▲ 2'],
      ['Delivery', 'kept', -2, 0, '▲ 2'],
    ]);
    expect(comparison.rows[1]?.change).toEqual({ positive: 0, neutral: 1, negative: -2, net: 2 });
  });

  it('lists new rows and rows that vanished, counting the missing side as zero', () => {
    const saved: SavedScoring = {
      savedAt: 1,
      notes: 2,
      unassigned: 0,
      rows: [
        {
          map: 'Anna',
          phase: 'before',
          stage: 'Before purchase',
          touchpoint: 'Website',
          positive: 1,
          neutral: 0,
          negative: 0,
        },
        {
          map: 'Anna',
          phase: 'after',
          stage: 'After purchase',
          touchpoint: 'Chatbot',
          positive: 0,
          neutral: 0,
          negative: 3,
        },
      ],
    };
    const comparison = compareWithSaved(sample, saved);
    expect(
      comparison.rows.map((row) => [row.map, row.phase, row.touchpoint, row.kind, row.change.net]),
    ).toEqual([
      [null, 'after', 'Сайт', 'new', 0],
      ['Anna', 'before', 'Website', 'kept', 0],
      ['Anna', 'during', 'Website', 'new', -1],
      ['Anna', 'after', 'Chatbot', 'vanished', 3],
    ]);
    expect(comparison.rows[3]?.now).toEqual({ positive: 0, neutral: 0, negative: 0, net: 0 });
  });

  it('tells the same touchpoint in different stages of one phase apart', () => {
    const then = tallyOf([
      counted(note('1', 'ok'), { phase: 'before', stage: 'Awareness', touchpoint: 'Website' }, 'positive'),
      counted(
        note('2', 'ok'),
        { phase: 'before', stage: 'Consideration', touchpoint: 'Website' },
        'negative',
      ),
    ]);
    const now = tallyOf([
      counted(note('1', 'ok'), { phase: 'before', stage: 'Awareness', touchpoint: 'Website' }, 'positive'),
      counted(note('3', 'ok'), { phase: 'before', stage: 'Discovery', touchpoint: 'Website' }, 'neutral'),
    ]);
    const rows = compareWithSaved(now, savedScoringOf(then, 1)).rows;
    expect(rows.map((row) => `${row.stage}:${row.kind}`)).toEqual([
      'Awareness:kept',
      'Discovery:new',
      'Consideration:vanished',
    ]);
  });

  // A save from before rows had a stage still compares: its rows read as having the stage their
  // phase region has now (the current row of that map, phase and touchpoint, else the phase's first row).
  it('compares a save made before rows had a stage, reading the missing stage as the current one', () => {
    const reading = readHistory(
      JSON.parse(
        readFileSync(new URL('../fixtures/stored/saved-history.v1.json', import.meta.url), 'utf8'),
      )[0].stored,
    );
    if (reading.kind !== 'history') throw new Error('the v1 fixture should read');
    const saved = reading.history[0] as SavedScoring;
    expect(saved.rows.map((row) => row.stage)).toEqual([undefined, undefined]);
    const now = tallyOf([
      counted(note('1', 'ok'), { phase: 'before', stage: '1. Awareness', touchpoint: 'Website' }, 'positive'),
      counted(note('2', 'ok'), { phase: 'before', stage: '2. Discovery', touchpoint: 'App' }, 'positive'),
      counted(
        note('3', 'ok'),
        { map: 'Onboarding', phase: 'after', stage: 'Retention', touchpoint: 'Chat' },
        'neutral',
      ),
    ]);
    expect(
      compareWithSaved(now, saved).rows.map((row) => [
        row.map,
        row.stage,
        row.touchpoint,
        row.kind,
        row.change.net,
      ]),
    ).toEqual([
      // Website was saved in the before phase: it is the same row in its current stage.
      [null, '1. Awareness', 'Website', 'kept', 0],
      [null, '2. Discovery', 'App', 'new', 1],
      ['Onboarding', 'Retention', 'Chat', 'new', 0],
      // Email has no row now: it takes the stage of its map and phase's first row.
      ['Onboarding', 'Retention', 'Email', 'vanished', 0],
    ]);
  });

  it('tells the same touchpoint in different maps apart', () => {
    const saved = savedScoringOf(sample, 1);
    const moved = tallyOf([
      counted(note('1', 'good'), { map: 'Bartek', phase: 'before', touchpoint: 'Website' }, 'positive'),
    ]);
    const kinds = compareWithSaved(moved, saved).rows.map((row) => `${row.map}:${row.kind}`);
    expect(kinds).toEqual(['Bartek:new', 'null:vanished', 'Anna:vanished', 'Anna:vanished']);
  });

  it('labels a change with its direction', () => {
    expect([3, -2, 0].map(changeLabel)).toEqual(['▲ 3', '▼ 2', '0']);
  });
});
