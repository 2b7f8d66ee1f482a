import { describe, expect, it } from 'vitest';
import { strongestRows } from '../../src/core/strongest.ts';
import { frame, note, shape, tallyOf } from '../fixtures/boards/board-items.ts';

// One phase, a touchpoint per row of 1000 × 500, the notes given by their markers.
function board(rows: Record<string, readonly string[]>) {
  const names = Object.keys(rows);
  return [
    frame('Before purchase', 0, 0, 1000, names.length * 500),
    ...names.flatMap((name, index) => [
      shape(name, 0, index * 500, 1000, 500),
      ...(rows[name] ?? []).map((marker, at) => note(marker, 50 + at * 10, index * 500 + 100)),
    ]),
  ];
}

const names = (items: ReturnType<typeof board>, limit?: number) =>
  strongestRows(tallyOf(items), limit).map((row) => row.touchpoint);

describe('strongestRows', () => {
  it('puts the most positive notes first, then the larger share of them, then the higher net', () => {
    const items = board({
      Delivery: ['+'],
      Store: ['+', '+', '+', '+', '-', '='],
      Website: ['+', '+', '+', '+', '='],
      App: ['+', '+', '+', '+', '=', '-'],
      Ads: ['-', '-'],
    });
    expect(names(items)).toEqual(['Website', 'Store', 'App', 'Delivery']);
  });

  it('keeps board order for rows still equal, leaves out rows without a positive note, and stops at the limit', () => {
    const items = board({ Store: ['+'], Website: ['+'], Ads: ['='], App: ['+'] });
    expect(names(items)).toEqual(['Store', 'Website', 'App']);
    expect(names(items, 2)).toEqual(['Store', 'Website']);
  });
});
