// What the score step works out from a scoring beyond the table: each once per tally, kept with
// it, so that the step can work each out in a task of its own before showing it (see useSettled)
// and every render after that finds it done. On a 50,000-note board each takes tens of ms.
import { countSuggestions } from '../core/count-suggestions.ts';
import { emotionCurves } from '../core/emotion-curve.ts';
import { conflictedPlacements, type Tally, unassignedByReason } from '../core/tally.ts';
import type { ScoredBoard } from './panel-state.ts';

// `work` done once per tally (a new snapshot, with other team words, always comes with a new tally).
function once<A, V>(tallyOf: (argument: A) => Tally, work: (argument: A) => V): (argument: A) => V {
  const done = new WeakMap<Tally, V>();
  return (argument) => {
    const tally = tallyOf(argument);
    if (!done.has(tally)) done.set(tally, work(argument));
    return done.get(tally) as V;
  };
}

/**
 * What the core makes of a large scoring only when first read, in the order each needs the one
 * before: the snapshot's notes, then the tally's placements (tens of ms each on 50,000 notes).
 * Reading each in a task of its own, e.g. `for (const part of MADE_WHEN_READ) { await nextTask(); part(scored); }`.
 */
export const MADE_WHEN_READ: readonly ((scored: Pick<ScoredBoard, 'snapshot' | 'tally'>) => unknown)[] = [
  (scored) => scored.snapshot.notes,
  (scored) => scored.tally.placements,
];

/** The notes not counted, by reason, and the counted notes whose signals disagree. */
export const notCountedOf = once(
  (tally: Tally) => tally,
  (tally) => ({ groups: unassignedByReason(tally), conflicted: conflictedPlacements(tally) }),
);

/** The emotion curve of each map. */
export const curvesOf = once((tally: Tally) => tally, emotionCurves);

/** What the team could tell the app so that more notes count. */
export const suggestionsOf = once(
  (scored: ScoredBoard) => scored.tally,
  (scored) => countSuggestions(scored.snapshot, scored.tally),
);
