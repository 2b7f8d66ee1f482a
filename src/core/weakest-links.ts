// How many weakest links the panel shows: a few more than the board marks (`WEAKEST_MARKED` in
// board-badges.ts), so the board's ⚠ #1 … #3 are always the top of the panel's list.
import type { Tally, TallyRow } from './tally.ts';

/** How many weakest links the panel lists: enough to choose what to fix first, few enough to read. */
export const WEAKEST_SHOWN = 5;

/** The weakest links the panel lists, weakest first, e.g. 5 of a board's 12 rows with negative notes. */
export function shownWeakest(tally: Tally): readonly TallyRow[] {
  return tally.weakest.slice(0, WEAKEST_SHOWN);
}
