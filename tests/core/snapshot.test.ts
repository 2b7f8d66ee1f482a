// readBoard's own reading beyond the scoring contract: the app's template marks and files that are
// no board. The three forms and coordinates are contract rules: tests/core/scoring-contract.test.ts.
import { describe, expect, it } from 'vitest';
import { BoardFormatError } from '../../src/core/board-forms.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { writeMark } from '../../src/core/template-mark.ts';

describe('readBoard: template marks', () => {
  it('reads the app metadata into Region.mark and counts marks it cannot read', () => {
    const mark = writeMark({ role: 'phase', mapId: 'm1', phase: 'during' });
    const json = [
      {
        type: 'frame',
        id: 'a',
        title: 'Kasa',
        x: 0,
        y: 0,
        width: 10,
        height: 10,
        metadata: { touchpointTally: mark },
      },
      {
        type: 'frame',
        id: 'b',
        title: 'x',
        x: 0,
        y: 0,
        width: 10,
        height: 10,
        metadata: { touchpointTally: { v: 99 } },
      },
      {
        type: 'frame',
        id: 'c',
        title: 'x',
        x: 0,
        y: 0,
        width: 10,
        height: 10,
        metadata: { touchpointTally: 'junk' },
      },
      { type: 'frame', id: 'd', title: 'x', x: 0, y: 0, width: 10, height: 10 },
      {
        type: 'shape',
        id: 'e',
        content: 'x',
        x: 0,
        y: 0,
        width: 10,
        height: 10,
        metadata: { touchpointTally: { v: 0 } },
      },
    ];
    const snapshot = readBoard(json);
    expect(snapshot.regions.map((region) => region.mark)).toEqual([
      { role: 'phase', mapId: 'm1', phase: 'during' },
      null,
      null,
      null,
      null,
    ]);
    // Counted apart: one from a newer release, two broken.
    expect(snapshot.unreadableMarks).toEqual({ newer: 1, invalid: 2 });
  });
});

describe('readBoard: files that are not boards', () => {
  it.each([
    ['a number', 42],
    ['a string', 'board'],
    ['null', null],
    ['an object without data or items', { boards: [] }],
    ['items that are not objects', [1, 2]],
    ['items without a type', [{ id: '1', x: 0 }]],
    ['a REST page with a non-item', { data: [null] }],
  ])('rejects %s with one clear sentence', (_name, json) => {
    expect(() => readBoard(json)).toThrow(BoardFormatError);
    try {
      readBoard(json);
    } catch (error) {
      expect((error as Error).message).toMatch(/^[A-Z].*[.)]$/);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('readBoard: ids, colours and tag titles as a board file may give them', () => {
  it('never takes an item without an id for the parent of the items without one', () => {
    const snapshot = readBoard([
      { type: 'frame', title: 'Before', x: 1000, y: 1000, width: 400, height: 400 },
      { type: 'sticky_note', content: 'no id', x: 500, y: 500, width: 100, height: 100 },
      { type: 'tag', id: 't1', title: 'Negative' },
      { type: 'sticky_note', id: 'n1', content: 'Slow', x: 5, y: 7, tagIds: ['t1'] },
    ]);
    expect(snapshot.notes.map(({ x, y }) => [x, y])).toEqual([
      [500, 500],
      [5, 7],
    ]);
    expect(snapshot.regions.map(({ rect }) => rect)).toEqual([
      { left: 800, top: 800, right: 1200, bottom: 1200 },
    ]);
  });

  it('gives a note whose fill colour is blank no colour', () => {
    const snapshot = readBoard([
      { type: 'sticky_note', id: 'n1', content: 'a', x: 0, y: 0, style: { fillColor: '' } },
      { type: 'sticky_note', id: 'n2', content: 'b', x: 0, y: 0, style: { fillColor: 'red' } },
    ]);
    expect(snapshot.notes.map((note) => note.colour)).toEqual([null, 'red']);
  });

  it("reads a tag's title with its whitespace collapsed, and no tag without an id", () => {
    const snapshot = readBoard({
      items: [{ type: 'sticky_note', id: 'n1', content: 'a', x: 0, y: 0, tagIds: ['t1', null, ''] }],
      tags: [
        { id: 't1', title: '  Very \n\t negative  ' },
        { title: 'Positive' },
        { id: '', title: 'Neutral' },
      ],
    });
    expect(snapshot.notes[0]?.tags).toEqual(['Very negative']);
  });
});

describe('readBoard: where a bad item is, in the words of each form', () => {
  it.each([
    [
      'a list of items',
      [{ type: 'frame' }, { id: 'x' }],
      'The board holds something that is not a board item at position 2',
    ],
    [
      'a REST page',
      { data: [{ id: 'x' }] },
      'The REST page holds something that is not a board item at position 1',
    ],
    [
      'the second of several REST pages',
      [{ data: [{ type: 'frame' }] }, { data: [{ type: 'frame' }, { type: 'frame' }, 7] }],
      'REST page 2 holds something that is not a board item at position 3',
    ],
    ['form 3', { items: [null] }, 'The "items" list holds something that is not a board item at position 1'],
  ])('names %s and the position', (_form, json, message) => {
    expect(() => readBoard(json)).toThrow(`${message} (every item needs a "type").`);
  });
});

describe('readBoard: tags only from tags', () => {
  it('skips entries of the tag list that are no objects, and never reads a frame as a tag', () => {
    const snapshot = readBoard({
      items: [
        { type: 'frame', id: 'f1', title: 'Negative', x: 0, y: 0, width: 10, height: 10 },
        { type: 'sticky_note', id: 'n1', content: 'a', x: 0, y: 0, tagIds: ['f1', 't1'] },
      ],
      tags: [null, 'Positive', 3, { id: 't1', title: 'Neutral' }],
    });
    expect(snapshot.notes[0]?.tags).toEqual(['Neutral']);
  });

  it('reads an id beyond the finite as no id', () => {
    const snapshot = readBoard(
      JSON.parse('[{ "type": "sticky_note", "id": 1e999, "content": "a", "x": 0, "y": 0 }]'),
    );
    expect(snapshot.notes[0]?.id).toBe('');
  });
});

describe('readBoard: a sticky note named as a parent (a broken file)', () => {
  const child = {
    type: 'sticky_note',
    id: 'c',
    parentId: 'p',
    relativeTo: 'parent_center',
    content: 'x',
    x: 5,
    y: 5,
  };
  const frame = { type: 'frame', id: 'p', title: 'T', x: 1000, y: 1000, width: 400, height: 400 };
  const parentNote = { type: 'sticky_note', id: 'p', content: 'p', x: 0, y: 100, width: 200, height: 200 };
  const childAt = (items: unknown[]) => readBoard(items).notes.find((note) => note.id === 'c');

  it('places the child by the last item of that id in the file, a note included', () => {
    expect(childAt([frame, parentNote, child])).toMatchObject({ x: 5, y: 105 });
    expect(childAt([parentNote, frame, child])).toMatchObject({ x: 1005, y: 1005 });
    expect(childAt([parentNote, child])).toMatchObject({ x: 5, y: 105 });
    expect(childAt([child, parentNote])).toMatchObject({ x: 5, y: 105 });
  });
});

describe('readBoard: regions', () => {
  it('says which regions are frames and which shapes', () => {
    const snapshot = readBoard([
      { type: 'frame', id: 'f', title: 'A', x: 0, y: 0, width: 10, height: 10 },
      { type: 'shape', id: 's', content: 'B', x: 0, y: 0, width: 10, height: 10 },
    ]);
    expect(snapshot.regions.map(({ kind, label }) => [kind, label])).toEqual([
      ['frame', 'A'],
      ['shape', 'B'],
    ]);
  });

  it('drops a region whose left, right, top or bottom edge lies beyond the finite', () => {
    const places = [
      { x: -1.5e308, y: 0, width: 1.6e308, height: 10 },
      { x: 1.5e308, y: 0, width: 1.6e308, height: 10 },
      { x: 0, y: -1.5e308, width: 10, height: 1.6e308 },
      { x: 0, y: 1.5e308, width: 10, height: 1.6e308 },
    ];
    for (const place of places) {
      expect(
        readBoard([{ type: 'frame', id: 'f', title: 'A', ...place }]).regions,
        JSON.stringify(place),
      ).toEqual([]);
    }
  });

  it('reads tag ids only from a list', () => {
    const snapshot = readBoard([
      { type: 'tag', id: 't', title: 'Negative' },
      { type: 'sticky_note', id: 'n', content: 'a', x: 0, y: 0, tagIds: 't' },
    ]);
    expect(snapshot.notes[0]?.tags).toEqual([]);
  });
});

describe('readBoard: the notes', () => {
  const items = [
    { type: 'frame', id: 'f', title: 'Before', x: 0, y: 0, width: 100, height: 100 },
    {
      type: 'sticky_note',
      id: 'n1',
      content: '<p>+ fast</p>',
      x: 1.5,
      y: -2.25,
      style: { fillColor: 'red' },
    },
    { type: 'sticky_note', id: 'n2', content: '', parentId: 'f', x: 10, y: 20 },
  ];

  it('are records made once: the same list on every read, kept by a copy, and the notes of the placements', () => {
    const snapshot = readBoard(items);
    const notes = snapshot.notes;
    expect(notes).toEqual([
      { id: 'n1', text: '+ fast', x: 1.5, y: -2.25, colour: 'red', tags: [] },
      { id: 'n2', text: '', x: -40, y: -30, colour: null, tags: [] },
    ]);
    expect(snapshot.notes).toBe(notes);
    expect({ ...snapshot }.notes).toBe(notes);
    expect(Object.keys(snapshot)).toContain('notes');
    const placed = tallyBoard(snapshot).placements.map((placement) => placement.note);
    expect(placed[0]).toBe(notes[0]);
    expect(placed[1]).toBe(notes[1]);
  });
});
