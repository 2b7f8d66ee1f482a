// docs/scoring.md "Classifying a sticky note": where each note goes, or why it could not be
// counted. Which part each region plays is region-roles.ts; the regions around a point,
// region-lookup.ts; the sentiment of a note, sentiment-signals.ts.
import type {
  ColourMap,
  Phase,
  Sentiment,
  SentimentSignal,
  TouchpointType,
  UnassignedReason,
} from './model.ts';
import { type Candidate, createRegionLookup, phaseOf } from './region-lookup.ts';
import { labelOf, type RegionRole, readingRanks, regionRoles } from './region-roles.ts';
import { type Conflict, sentimentReader } from './sentiment-signals.ts';
import type { BoardSnapshot, Note } from './snapshot.ts';
import { coloursInForce, NO_TEAM_WORDS, type TeamWords } from './team-words.ts';

/** Where one note went: counted in a (map, phase, stage, touchpoint) cell with a sentiment, or unassigned with a reason. */
export type Placement =
  | {
      readonly kind: 'counted';
      readonly note: Note;
      /** The map's title, or null when the note lies in no map region. */
      readonly map: string | null;
      readonly mapRegionId: string | null;
      readonly phase: Phase;
      /** The label of the phase region that placed the note, as written; e.g. `'1. Before purchase'` or `'Awareness'`. */
      readonly stage: string;
      readonly phaseRegionId: string;
      readonly touchpoint: string;
      readonly touchpointRegionId: string;
      /** The type the touchpoint's template row carries (a custom touchpoint's type, chosen when inserted); null when it carries none. */
      readonly touchpointType: TouchpointType | null;
      readonly sentiment: Sentiment;
      readonly signal: SentimentSignal;
      readonly conflicts: readonly Conflict[];
    }
  | {
      readonly kind: 'unassigned';
      readonly note: Note;
      readonly reason: UnassignedReason;
      /** What was known of the note's place when it could not be counted. */
      readonly known: KnownPlace;
    };

/**
 * What the classification knew of a note's place when it gave up, null where it did not get that
 * far; e.g. a note with no sentiment in the Reviews row of "After purchase":
 * `{ map: 'Checkout', phase: 'after', stage: 'After purchase', touchpoint: 'Reviews' }`, and a note
 * outside every phase in a map: `{ map: 'Checkout', phase: null, stage: null, touchpoint: null }`.
 */
export interface KnownPlace {
  readonly map: string | null;
  readonly phase: Phase | null;
  readonly stage: string | null;
  readonly touchpoint: string | null;
}

/**
 * Places every note of a board by docs/scoring.md, one placement per note in `snapshot.notes`
 * order. `words` are the team's (default: the snapshot's own); `colours` the colour map in force
 * (default: the team's colours, else the default map).
 */
export function placeNotes(
  snapshot: BoardSnapshot,
  colours?: ColourMap,
  words: TeamWords = snapshot.words ?? NO_TEAM_WORDS,
): readonly Placement[] {
  return notePlacer(snapshot, colours, words)(snapshot.notes);
}

/**
 * `placeNotes` for notes given later, the regions' roles and look-up made once: for a caller that
 * places a board's notes a slice at a time; e.g. `notePlacer(snapshot, colours, words)(notes)`.
 */
export function notePlacer(
  board: Pick<BoardSnapshot, 'regions' | 'words'>,
  colours?: ColourMap,
  words: TeamWords = board.words ?? NO_TEAM_WORDS,
): (notes: readonly Note[]) => readonly Placement[] {
  const roles = regionRoles(board.regions, words);
  const ranks = readingRanks(board.regions);
  const candidates: Candidate[] = [];
  board.regions.forEach((region, index) => {
    const role = roles[index] as RegionRole;
    if (role.kind === 'ignored') return;
    candidates.push({ region, role, area: region.area, rank: ranks[index] as number });
  });
  const regionsAt = createRegionLookup(candidates);
  const signals = sentimentReader(words, colours ?? coloursInForce(words));

  return (notes) => {
    // This loop runs 50,000 times on a big board: nothing in it is made for a note that it does not keep.
    const placements = new Array<Placement>(notes.length);
    for (let index = 0; index < notes.length; index++) {
      const note = notes[index] as Note;
      const { phaseRegion, phasesAmbiguous, touchpointRegion, touchpointTie, mapRegion, zone } = regionsAt(
        note.x,
        note.y,
      );
      // An ambiguous phase tells nothing below the map; a touchpoint tie names no touchpoint.
      let reason: UnassignedReason | null = null;
      if (note.text === '') reason = 'empty';
      else if (!phaseRegion) reason = 'no-phase';
      else if (phasesAmbiguous) reason = 'ambiguous';
      else if (!touchpointRegion) reason = 'no-touchpoint';
      else if (touchpointTie) reason = 'ambiguous';
      const decided =
        reason === null
          ? signals.decide(note, zone?.role.kind === 'sentiment' ? zone.role.sentiment : null)
          : null;
      if (decided === null || !phaseRegion || !touchpointRegion) {
        const phaseKnown = phaseRegion !== undefined && !phasesAmbiguous;
        placements[index] = {
          kind: 'unassigned',
          note,
          reason: reason ?? 'no-sentiment',
          known: {
            map: mapRegion ? labelOf(mapRegion.role) : null,
            phase: phaseKnown && phaseRegion ? phaseOf(phaseRegion) : null,
            stage: phaseKnown && phaseRegion ? phaseRegion.region.label : null,
            touchpoint:
              phaseKnown && touchpointRegion && !touchpointTie ? labelOf(touchpointRegion.role) : null,
          },
        };
        continue;
      }
      placements[index] = {
        kind: 'counted',
        note,
        map: mapRegion ? labelOf(mapRegion.role) : null,
        mapRegionId: mapRegion ? mapRegion.region.id : null,
        phase: phaseOf(phaseRegion) as Phase,
        stage: phaseRegion.region.label,
        phaseRegionId: phaseRegion.region.id,
        touchpoint: labelOf(touchpointRegion.role),
        touchpointRegionId: touchpointRegion.region.id,
        touchpointType:
          touchpointRegion.region.mark?.role === 'row' ? (touchpointRegion.region.mark.type ?? null) : null,
        sentiment: decided.sentiment,
        signal: decided.signal,
        conflicts: decided.conflicts,
      };
    }
    return placements;
  };
}
