// readBoard's own reading beyond the scoring contract: the app's template marks and files that are
// no board. The three forms and coordinates are contract rules: tests/core/scoring-contract.test.ts.
import { describe, expect, it } from 'vitest';
import { BoardFormatError, readBoard } from '../../src/core/snapshot.ts';
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
      { type: 'sticky_note', id: 'n1', content: 'Slow', x: 5, y: 7 },
    ]);
    expect(snapshot.notes.map(({ x, y }) => [x, y])).toEqual([[5, 7]]);
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
