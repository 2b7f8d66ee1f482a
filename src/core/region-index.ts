// Which rectangles contain a point, without testing every rectangle for every note: a uniform
// grid over the rectangles' bounds. A rectangle covering much of the grid (a map or phase frame)
// would be copied into most cells, so those few are kept in one list tested for every point.
import type { Rect } from './model.ts';

/** Answers point queries over a fixed list of rectangles. */
export interface RegionIndex {
  /** Indices (ascending) of the rectangles containing the point, edges included; e.g. `containing(0, 0)` → `[2, 5]`. */
  containing(x: number, y: number): readonly number[];
}

const CELLS_PER_RECT = 4;
const MAX_CELLS_PER_AXIS = 1024;

/** Builds the index for rectangles of non-zero, finite area. */
export function createRegionIndex(rects: readonly Rect[]): RegionIndex {
  if (rects.length === 0) return { containing: () => [] };
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const rect of rects) {
    minX = Math.min(minX, rect.left);
    minY = Math.min(minY, rect.top);
    maxX = Math.max(maxX, rect.right);
    maxY = Math.max(maxY, rect.bottom);
  }
  const width = maxX - minX;
  const height = maxY - minY;
  const cellSize = Math.sqrt((width * height) / (rects.length * CELLS_PER_RECT));
  const columns = Math.min(MAX_CELLS_PER_AXIS, Math.max(1, Math.ceil(width / cellSize)));
  const rows = Math.min(MAX_CELLS_PER_AXIS, Math.max(1, Math.ceil(height / cellSize)));
  // The same monotone mapping for rectangles and points, so a point on an edge meets its rectangle.
  const column = (x: number): number => clamp(Math.floor(((x - minX) / width) * columns), columns);
  const row = (y: number): number => clamp(Math.floor(((y - minY) / height) * rows), rows);

  const cells: number[][] = new Array(columns * rows);
  const everywhere: number[] = [];
  const largeCells = Math.max(16, (columns * rows) / 8);
  rects.forEach((rect, index) => {
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

  return {
    containing(x, y) {
      if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) return [];
      const found: number[] = [];
      const local = cells[row(y) * columns + column(x)] ?? [];
      // Both lists are ascending; merging keeps the answer in index order.
      let i = 0;
      let j = 0;
      while (i < local.length || j < everywhere.length) {
        const a = local[i] ?? Number.POSITIVE_INFINITY;
        const b = everywhere[j] ?? Number.POSITIVE_INFINITY;
        const index = a < b ? a : b;
        if (a < b) i++;
        else j++;
        const rect = rects[index] as Rect;
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) found.push(index);
      }
      return found;
    },
  };
}

function clamp(cell: number, count: number): number {
  return cell < 0 ? 0 : cell >= count ? count - 1 : cell;
}
