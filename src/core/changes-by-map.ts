// What changed since the last saved scoring, as the panel lists it: the rows whose net score or
// negative count moved, and rows new or gone, grouped by map so that on a board of several maps
// every change says which map it is in.
import { compareWithSaved, type RowComparison } from './compare-with-saved.ts';
import type { SavedScoring } from './saved-scores.ts';
import type { Tally } from './tally.ts';

/** The changes within one map; `map` null for notes outside every map. */
export interface MapChanges {
  readonly map: string | null;
  readonly rows: readonly RowComparison[];
}

/** Whether a row is worth listing: it is new or gone, or its net score or its negatives changed. */
export function isChange(row: RowComparison): boolean {
  return row.kind !== 'kept' || row.change.net !== 0 || row.change.negative !== 0;
}

/** The changes since `saved`, per map in the order maps first appear (current rows, then vanished ones); no map without a change. */
export function changesByMap(tally: Tally, saved: SavedScoring): readonly MapChanges[] {
  const groups = new Map<string | null, RowComparison[]>();
  for (const row of compareWithSaved(tally, saved).rows) {
    if (!isChange(row)) continue;
    const group = groups.get(row.map);
    if (group) group.push(row);
    else groups.set(row.map, [row]);
  }
  return [...groups].map(([map, rows]) => ({ map, rows }));
}
