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
