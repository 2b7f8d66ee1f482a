// The name exported files are given (before csvFileName adds the table and the date).
import type { Tally } from './tally.ts';

/** The map's name when the board holds exactly one map, else '' (then `csvFileName` uses its own neutral name). */
export function exportName(tally: Tally): string {
  const maps = tally.mapTotals.flatMap((totals) => (totals.map === null ? [] : [totals.map]));
  return maps.length === 1 ? (maps[0] ?? '') : '';
}
