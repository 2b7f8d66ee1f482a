// Which rectangles contain a point, without testing every rectangle for every note: a uniform
// grid over the rectangles' bounds. A rectangle covering much of the grid (a map or phase frame)
// would be copied into most cells, so those few are kept in one list tested for every point.
import type { Rect } from './model.ts';

/** Answers point queries over a fixed list of rectangles. */
export interface RegionIndex {
  /** Indices (ascending) of the rectangles containing the point, edges included; e.g. `containing(0, 0)` → `[2, 5]`. */
  containing(x: number, y: number): readonly number[];
  /** The lowest index from `from` on (default 0) of a rectangle containing the point, or -1; rectangles given smallest first make it the smallest around the point, found without looking at the larger ones. */
  first(x: number, y: number, from?: number): number;
  /** How many rectangles `containing(x, y)` tests: those of the point's grid cell and the few large ones; e.g. 4 of 1,003. */
  candidatesAt(x: number, y: number): number;
}

const CELLS_PER_RECT = 4;
const MAX_CELLS_PER_AXIS = 1024;

/** Builds the index for any rectangles; one with an edge at infinity or NaN is tested against every point, so the answer is always that of testing each rectangle. */
export function createRegionIndex(rects: readonly Rect[]): RegionIndex {
  if (rects.length === 0) return { containing: () => [], first: () => -1, candidatesAt: () => 0 };
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  let gridded = 0;
  for (const rect of rects) {
    if (!hasFiniteEdges(rect)) continue;
    gridded++;
    minX = Math.min(minX, rect.left);
    minY = Math.min(minY, rect.top);
    maxX = Math.max(maxX, rect.right);
    maxY = Math.max(maxY, rect.bottom);
  }
  // Halves, so that bounds near ±1.8e308 give a finite extent; zero when every rectangle has
  // collapsed to a line (huge coordinates round a small size away): then one cell holds them all.
  const width = maxX / 2 - minX / 2;
  const height = maxY / 2 - minY / 2;
  const cellSize = Math.sqrt((width * height) / (Math.max(1, gridded) * CELLS_PER_RECT));
  const columns = width > 0 ? cellsAlong(width, cellSize) : 1;
  const rows = height > 0 ? cellsAlong(height, cellSize) : 1;
  // The same monotone mapping for rectangles and points, so a point on an edge meets its rectangle.
  const column = (x: number): number =>
    width > 0 ? clamp(Math.floor(((x / 2 - minX / 2) / width) * columns), columns) : 0;
  const row = (y: number): number =>
    height > 0 ? clamp(Math.floor(((y / 2 - minY / 2) / height) * rows), rows) : 0;

  const cells: number[][] = new Array(columns * rows);
  const everywhere: number[] = [];
  const largeCells = Math.max(16, (columns * rows) / 8);
  rects.forEach((rect, index) => {
    if (!hasFiniteEdges(rect)) {
      everywhere.push(index);
      return;
    }
    const first = column(rect.left);
    const last = column(rect.right);
    const top = row(rect.top);
    const bottom = row(rect.bottom);
    if ((last - first + 1) * (bottom - top + 1) > largeCells) {
      everywhere.push(index);
      return;
    }
    for (let r = top; r <= bottom; r++) {
      for (let c = first; c <= last; c++) {
        const cell = r * columns + c;
        const list = cells[cell];
        if (list) list.push(index);
        else cells[cell] = [index];
      }
    }
  });

  const localAt = (x: number, y: number, inside: boolean): readonly number[] =>
    (inside && cells[row(y) * columns + column(x)]) || NONE;

  return {
    containing(x, y) {
      const inside = x >= minX && x <= maxX && y >= minY && y <= maxY;
      if (!inside && everywhere.length === 0) return [];
      const found: number[] = [];
      const local = localAt(x, y, inside);
      // Both lists are ascending; merging keeps the answer in index order.
      let i = 0;
      let j = 0;
      while (i < local.length || j < everywhere.length) {
        const a = local[i] ?? Number.POSITIVE_INFINITY;
        const b = everywhere[j] ?? Number.POSITIVE_INFINITY;
        const index = a < b ? a : b;
        if (a < b) i++;
        else j++;
        if (inRect(rects[index] as Rect, x, y)) found.push(index);
      }
      return found;
    },
    first(x, y, from = 0) {
      const inside = x >= minX && x <= maxX && y >= minY && y <= maxY;
      const local = localAt(x, y, inside);
      // Both lists are ascending: each is read from `from` up to its first hit, the second no
      // further than the first's.
      let found = -1;
      for (let at = firstAtLeast(local, from); at < local.length; at++) {
        const index = local[at] as number;
        if (inRect(rects[index] as Rect, x, y)) {
          found = index;
          break;
        }
      }
      for (let at = firstAtLeast(everywhere, from); at < everywhere.length; at++) {
        const index = everywhere[at] as number;
        if (found >= 0 && index > found) break;
        if (inRect(rects[index] as Rect, x, y)) return index;
      }
      return found;
    },
    candidatesAt(x, y) {
      const inside = x >= minX && x <= maxX && y >= minY && y <= maxY;
      return localAt(x, y, inside).length + everywhere.length;
    },
  };
}

const NONE: readonly number[] = [];

// The position of the first index at least `from` in an ascending list.
function firstAtLeast(list: readonly number[], from: number): number {
  if (from <= 0) return 0;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as number) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

function inRect(rect: Rect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

function hasFiniteEdges(rect: Rect): boolean {
  return (
    Number.isFinite(rect.left) &&
    Number.isFinite(rect.right) &&
    Number.isFinite(rect.top) &&
    Number.isFinite(rect.bottom)
  );
}

function cellsAlong(extent: number, cellSize: number): number {
  // cellSize may be 0 (an area that underflows) or infinite (one that overflows): both end up in range.
  return Math.min(MAX_CELLS_PER_AXIS, Math.max(1, Math.ceil(extent / cellSize) || 1));
}

function clamp(cell: number, count: number): number {
  return cell < 0 ? 0 : cell >= count ? count - 1 : cell;
}
