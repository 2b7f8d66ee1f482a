// The strongest touchpoints, the mirror of the weakest links: what the workshop should keep.
import type { Tally, TallyRow } from './tally.ts';

/**
 * The rows with at least one positive note, the strongest first: more positive notes; then a
 * larger share of positive notes; then a higher net score; rows still equal keep their tally
 * order. At most `limit`; e.g. Website (+4 of 5) before Store (+4 of 6) before Delivery (+1).
 */
export function strongestRows(tally: Tally, limit = Number.POSITIVE_INFINITY): readonly TallyRow[] {
  return tally.rows
    .map((row, order) => ({ row, order }))
    .filter(({ row }) => row.positive > 0)
    .sort(
      (a, b) =>
        b.row.positive - a.row.positive ||
        b.row.positive / b.row.total - a.row.positive / a.row.total ||
        b.row.net - a.row.net ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map(({ row }) => row);
}
