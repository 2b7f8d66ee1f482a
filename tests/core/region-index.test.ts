import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../src/core/model.ts';
import { createRegionIndex } from '../../src/core/region-index.ts';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({
  left,
  top,
  right,
  bottom,
});

describe('createRegionIndex', () => {
  it('finds the rectangles containing a point, edges and corners included', () => {
    const index = createRegionIndex([rect(0, 0, 10, 10), rect(10, 0, 20, 10), rect(-100, -100, 100, 100)]);
    expect(index.containing(10, 10)).toEqual([0, 1, 2]);
    expect(index.containing(5, 5)).toEqual([0, 2]);
    expect(index.containing(50, 50)).toEqual([2]);
    expect(index.containing(101, 0)).toEqual([]);
    expect(index.containing(Number.NaN, 0)).toEqual([]);
  });

  it('answers the same as testing every rectangle', () => {
    const arbRect = fc
      .tuple(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: 0.001, max: 5e3, noNaN: true }),
        fc.double({ min: 0.001, max: 5e3, noNaN: true }),
      )
      .map(([x, y, w, h]) => rect(x, y, x + w, y + h));
    fc.assert(
      fc.property(
        fc.array(arbRect, { minLength: 1, maxLength: 60 }),
        fc.array(
          fc.tuple(
            fc.double({ min: -2e4, max: 2e4, noNaN: true }),
            fc.double({ min: -2e4, max: 2e4, noNaN: true }),
          ),
          { maxLength: 30 },
        ),
        (rects, points) => {
          const index = createRegionIndex(rects);
          // Corners of the rectangles are the points most likely to be missed.
          const probes = [
            ...points,
            ...rects.flatMap(
              (r) =>
                [
                  [r.left, r.top],
                  [r.right, r.bottom],
                ] as [number, number][],
            ),
          ];
          for (const [x, y] of probes) {
            const expected = rects.flatMap((r, i) =>
              x >= r.left && x <= r.right && y >= r.top && y <= r.bottom ? [i] : [],
            );
            expect(index.containing(x, y)).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers the same as testing every rectangle for infinite, NaN and huge edges, without failing', () => {
    const extreme = fc.oneof(
      fc.constantFrom(
        Number.POSITIVE_INFINITY,
        Number.NEGATIVE_INFINITY,
        Number.NaN,
        Number.MAX_VALUE,
        -Number.MAX_VALUE,
        1e308,
        -1e308,
        1e20,
        1e20 + 1,
        Number.MIN_VALUE,
        0,
      ),
      fc.double(),
    );
    const arbRect = fc
      .tuple(extreme, extreme, extreme, extreme)
      .map(([left, top, right, bottom]) => rect(left, top, right, bottom));
    fc.assert(
      fc.property(
        fc.array(arbRect, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(extreme, extreme), { maxLength: 12 }),
        (rects, points) => {
          const index = createRegionIndex(rects);
          const probes = [...points, ...rects.map((r) => [r.left, r.top] as [number, number])];
          for (const [x, y] of probes) {
            const expected = rects.flatMap((r, i) =>
              x >= r.left && x <= r.right && y >= r.top && y <= r.bottom ? [i] : [],
            );
            expect(index.containing(x, y)).toEqual(expected);
          }
        },
      ),
      { numRuns: 500 },
    );
    const infinite = createRegionIndex([rect(-Infinity, -Infinity, Infinity, Infinity), rect(0, 0, 1, 1)]);
    expect(infinite.containing(0.5, 0.5)).toEqual([0, 1]);
    expect(infinite.containing(1e300, -1e300)).toEqual([0]);
    const spread = createRegionIndex([
      rect(-1.7e308, -1.7e308, -1e308, -1e308),
      rect(1e308, 1e308, 1.7e308, 1.7e308),
    ]);
    expect(spread.containing(1.5e308, 1.5e308)).toEqual([1]);
  });

  it('tests only the rectangles near a point, not every rectangle (the pruning a big board needs)', () => {
    // 1,000 small rows in a 40 × 25 grid, and three frames over all of them (a map and two phases).
    const rects: Rect[] = [];
    for (let r = 0; r < 25; r++) {
      for (let c = 0; c < 40; c++) rects.push(rect(c * 20, r * 20, c * 20 + 10, r * 20 + 10));
    }
    rects.push(rect(0, 0, 800, 500), rect(0, 0, 400, 500), rect(400, 0, 800, 500));
    const index = createRegionIndex(rects);
    let most = 0;
    for (let x = 0; x <= 800; x += 7) {
      for (let y = 0; y <= 500; y += 7) most = Math.max(most, index.candidatesAt(x, y));
    }
    // The three frames are tested everywhere; of the 1,000 rows, only the few around the point.
    expect(most).toBeGreaterThanOrEqual(3);
    expect(most).toBeLessThanOrEqual(8);
    expect(createRegionIndex([]).candidatesAt(0, 0)).toBe(0);
  });

  it('finds the lowest index from a given one on, the same as testing every rectangle in order', () => {
    // Small rows in a grid, frames over them and rectangles with infinite edges, so that both the
    // grid cells and the list tested everywhere hold answers.
    const finite = fc
      .tuple(
        fc.integer({ min: -200, max: 200 }),
        fc.integer({ min: -200, max: 200 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
      )
      .map(([x, y, w, h]) => rect(x, y, x + w, y + h));
    const anyRect = fc.oneof(
      { weight: 8, arbitrary: finite },
      {
        weight: 1,
        arbitrary: fc.constant(rect(Number.NEGATIVE_INFINITY, -50, 50, Number.POSITIVE_INFINITY)),
      },
    );
    fc.assert(
      fc.property(
        fc.array(anyRect, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: -300, max: 700 }), fc.integer({ min: -300, max: 700 })), {
          maxLength: 10,
        }),
        (rects, points) => {
          const index = createRegionIndex(rects);
          const probes = [...points, ...rects.map((r) => [r.left, r.bottom] as [number, number])];
          for (const [x, y] of probes) {
            const inside = rects.flatMap((r, i) =>
              x >= r.left && x <= r.right && y >= r.top && y <= r.bottom ? [i] : [],
            );
            for (let from = -1; from <= rects.length + 1; from++) {
              const expected = inside.find((i) => i >= from) ?? -1;
              expect(index.first(x, y, from), `first(${x}, ${y}, ${from})`).toBe(expected);
            }
            expect(index.first(x, y)).toBe(inside[0] ?? -1);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers nothing for no rectangles, and tests only those everywhere for a point outside the rest', () => {
    const none = createRegionIndex([]);
    expect(none.containing(0, 0)).toEqual([]);
    expect(none.first(0, 0)).toBe(-1);
    const index = createRegionIndex([
      rect(0, 0, 10, 10),
      rect(20, 20, 30, 30),
      rect(Number.NEGATIVE_INFINITY, 0, 5, 5),
    ]);
    // Outside the finite rectangles' bounds on one side only: only the rectangle tested everywhere.
    for (const [x, y] of [
      [1000, 1000],
      [-1000, 2],
      [1000, 25],
      [5, -1000],
      [25, 1000],
    ] as const) {
      expect(index.candidatesAt(x, y), `${x}, ${y}`).toBe(1);
    }
    // On the bounds' edges: the grid cell's rectangles too.
    for (const [x, y] of [
      [0, 5],
      [30, 25],
      [5, 0],
      [25, 30],
    ] as const) {
      expect(index.candidatesAt(x, y), `${x}, ${y}`).toBeGreaterThan(1);
    }
    expect(index.containing(-1000, 2)).toEqual([2]);
    expect(index.first(-1000, 2)).toBe(2);
    expect(index.first(2, 2)).toBe(0);
    expect(index.first(2, 2, 1)).toBe(2);
    expect(index.first(25, 25, 2)).toBe(-1);
  });

  it('finds rectangles that have collapsed to a line', () => {
    const index = createRegionIndex([rect(0, 5, 10, 5), rect(2, 5, 4, 5), rect(7, 0, 7, 9)]);
    expect(index.containing(3, 5)).toEqual([0, 1]);
    expect(index.containing(7, 5)).toEqual([0, 2]);
    expect(index.first(7, 5, 1)).toBe(2);
    // Only lines along one row: still a cell per stretch of the row, not one list of them all.
    const row = createRegionIndex(Array.from({ length: 100 }, (_, i) => rect(i * 20, 5, i * 20 + 10, 5)));
    expect(row.containing(45, 5)).toEqual([2]);
    expect(row.candidatesAt(45, 5)).toBeLessThanOrEqual(4);
  });

  it('prunes as well wherever the rectangles lie on the board', () => {
    for (const [dx, dy] of [
      [-3000, 7000],
      [5000, -200],
    ] as const) {
      const rects: Rect[] = [];
      for (let r = 0; r < 25; r++) {
        for (let c = 0; c < 40; c++)
          rects.push(rect(dx + c * 20, dy + r * 20, dx + c * 20 + 10, dy + r * 20 + 10));
      }
      rects.push(rect(dx, dy, dx + 800, dy + 500));
      const index = createRegionIndex(rects);
      let most = 0;
      for (let x = 0; x <= 800; x += 7) {
        for (let y = 0; y <= 500; y += 7) most = Math.max(most, index.candidatesAt(dx + x, dy + y));
      }
      expect(most, `${dx}, ${dy}`).toBeLessThanOrEqual(6);
    }
  });
});
