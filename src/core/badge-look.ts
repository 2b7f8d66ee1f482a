// What a scoring would put on the board (each row's badge: its text, colours and place; or the
// summary frame), as one value to compare: the panel re-shows the results after a new scoring
// only when they would look different, so a live rescoring that changed no count costs no call.
import { planBadges } from './board-badges.ts';
import type { Language } from './model.ts';
import type { BoardSnapshot } from './snapshot.ts';
import type { Tally } from './tally.ts';
import { badgeSlot } from './template-layout.ts';

/** The look of a scoring's results on the board, e.g. `badgeLook(a) === badgeLook(b)` when Show on board would write nothing new. */
export function badgeLook(
  scored: { readonly snapshot: BoardSnapshot; readonly tally: Tally },
  language: Language,
): string {
  return JSON.stringify(planBadges(scored.snapshot, scored.tally, [], badgeSlot, language));
}
