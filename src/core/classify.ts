// docs/scoring.md "Classifying a sticky note": where each note goes, or why it could not be
// counted. Which part each region plays is region-roles.ts; the regions around a point,
// region-lookup.ts; the sentiment of a note, sentiment-signals.ts.
import {
  type ColourMap,
  type Phase,
  SENTIMENTS,
  type Sentiment,
  type SentimentSignal,
  type TouchpointType,
  type UnassignedReason,
} from './model.ts';
import { noteColumns } from './note-columns.ts';
import { type CountedCell, type NotePlaces, type Outcome, placementsOf, type Spot } from './note-places.ts';
import { type Candidate, createRegionLookup, type PointRegions, phaseOf } from './region-lookup.ts';
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
  return placementsOf(notePlacer(snapshot, colours, words)(snapshot));
}

/**
 * `placeNotes` for notes given later, the regions' roles and look-up made once, each note's place
 * kept lean (note-places.ts): for the tally, and for a caller that places a board's notes a slice
 * at a time; e.g. `notePlacer(snapshot, colours, words)(notes)`.
 */
export function notePlacer(
  board: Pick<BoardSnapshot, 'regions' | 'words'>,
  colours?: ColourMap,
  words: TeamWords = board.words ?? NO_TEAM_WORDS,
): (notes: Pick<BoardSnapshot, 'notes'>) => NotePlaces {
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
  const spotAt = spotFinder();

  return (board) => {
    // This loop runs 50,000 times on a big board: nothing in it is made for a note.
    const { length, ids, texts, xs, ys, colours, tags } = noteColumns(board);
    const spots = new Array<Spot>(length);
    const outcomes = new Array<Outcome>(length);
    for (let index = 0; index < length; index++) {
      const text = texts[index] as string;
      const spot = spotAt(regionsAt(xs[index] as number, ys[index] as number));
      spots[index] = spot;
      outcomes[index] =
        text === ''
          ? 'empty'
          : (spot.reason ??
            signals.decide(
              text,
              colours[index] as string | null,
              tags[index] as readonly string[],
              spot.zone,
            ) ??
            'no-sentiment');
    }
    return { ids, notes: () => board.notes, spots, outcomes };
  };
}

// The spot of the regions around a point, made once for each distinct set of them: by the phase,
// the touchpoint and the map around it, then by the zone's sentiment and whether the phases or
// the touchpoints around it are ambiguous.
function spotFinder(): (around: PointRegions) => Spot {
  type Around = Candidate | undefined;
  const spots = new Map<Around, Map<Around, Map<Around, (Spot | undefined)[]>>>();
  return (around) => {
    const { phaseRegion, phasesAmbiguous, touchpointRegion, touchpointTie, mapRegion, zone } = around;
    const zoneSentiment = zone?.role.kind === 'sentiment' ? zone.role.sentiment : null;
    let byTouchpoint = spots.get(phaseRegion);
    if (!byTouchpoint) {
      byTouchpoint = new Map();
      spots.set(phaseRegion, byTouchpoint);
    }
    let byMap = byTouchpoint.get(touchpointRegion);
    if (!byMap) {
      byMap = new Map();
      byTouchpoint.set(touchpointRegion, byMap);
    }
    let rest = byMap.get(mapRegion);
    if (!rest) {
      rest = [];
      byMap.set(mapRegion, rest);
    }
    const at =
      (SENTIMENTS.indexOf(zoneSentiment as Sentiment) + 1) * 4 +
      (phasesAmbiguous ? 2 : 0) +
      (touchpointTie ? 1 : 0);
    let spot = rest[at];
    if (!spot) {
      spot = spotOf(around, zoneSentiment);
      rest[at] = spot;
    }
    return spot;
  };
}

// An ambiguous phase tells nothing below the map; a touchpoint tie names no touchpoint.
function spotOf(around: PointRegions, zone: Sentiment | null): Spot {
  const { phaseRegion, phasesAmbiguous, touchpointRegion, touchpointTie, mapRegion } = around;
  const map = mapRegion ? labelOf(mapRegion.role) : null;
  const phaseKnown = phaseRegion !== undefined && !phasesAmbiguous;
  const known: KnownPlace = {
    map,
    phase: phaseKnown && phaseRegion ? phaseOf(phaseRegion) : null,
    stage: phaseKnown && phaseRegion ? phaseRegion.region.label : null,
    touchpoint: phaseKnown && touchpointRegion && !touchpointTie ? labelOf(touchpointRegion.role) : null,
  };
  let reason: UnassignedReason | null = null;
  if (!phaseRegion) reason = 'no-phase';
  else if (phasesAmbiguous) reason = 'ambiguous';
  else if (!touchpointRegion) reason = 'no-touchpoint';
  else if (touchpointTie) reason = 'ambiguous';
  if (reason !== null) return { reason, known, cell: null, zone };
  // No reason: the point has a phase and a touchpoint.
  const phase = phaseRegion as Candidate;
  const touchpoint = touchpointRegion as Candidate;
  const cell: CountedCell = {
    map,
    mapRegionId: mapRegion ? mapRegion.region.id : null,
    phase: phaseOf(phase) as Phase,
    stage: phase.region.label,
    phaseRegionId: phase.region.id,
    touchpoint: labelOf(touchpoint.role),
    touchpointRegionId: touchpoint.region.id,
    touchpointType: touchpoint.region.mark?.role === 'row' ? (touchpoint.region.mark.type ?? null) : null,
  };
  return { reason, known, cell, zone };
}
