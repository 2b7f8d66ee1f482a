// A board's notes placed, kept lean: a 50,000-note board has a few hundred distinct spots (what
// the regions around a point make of a note there), so each note keeps a reference to its spot and
// its outcome (the sentiment its signals decided, or why it was not counted), and no object of its
// own. The tally counts from these; a note's `Placement` is made from them when someone asks.
import type { KnownPlace, Placement } from './classify.ts';
import type { Sentiment, UnassignedReason } from './model.ts';
import type { Decided } from './sentiment-signals.ts';
import type { Note } from './snapshot.ts';

/** What the regions around a point make of a note there, shared by every note at such a point. */
export interface Spot {
  /** Why no note here can be counted (outside every phase, ambiguous, no touchpoint); null if it can. */
  readonly reason: UnassignedReason | null;
  /** What is known of the place, for a note here that is not counted. */
  readonly known: KnownPlace;
  /** The place a counted note here has; null when `reason` says none can be counted. */
  readonly cell: CountedCell | null;
  /** The sentiment of the smallest zone around the point; null when in none. */
  readonly zone: Sentiment | null;
}

/** The place of a counted note: its placement without the note and its sentiment. */
export type CountedCell = Omit<
  Extract<Placement, { kind: 'counted' }>,
  'kind' | 'note' | 'sentiment' | 'signal' | 'conflicts'
>;

/** A note's outcome: its signals' decision when counted, else why it was not. */
export type Outcome = Decided | UnassignedReason;

/** Notes placed, the lists in step: note `ids[i]` lies at `spots[i]` with `outcomes[i]`; `notes()` gives the notes themselves. */
export interface NotePlaces {
  readonly ids: readonly string[];
  readonly notes: () => readonly Note[];
  readonly spots: readonly Spot[];
  readonly outcomes: readonly Outcome[];
}

// A note's placement, as docs/scoring.md gives it.
function placementOf(note: Note, spot: Spot, outcome: Outcome): Placement {
  if (typeof outcome === 'string') return { kind: 'unassigned', note, reason: outcome, known: spot.known };
  // A note has a decision only where it can be counted, so its spot has a cell.
  const cell = spot.cell as CountedCell;
  return {
    kind: 'counted',
    note,
    map: cell.map,
    mapRegionId: cell.mapRegionId,
    phase: cell.phase,
    stage: cell.stage,
    phaseRegionId: cell.phaseRegionId,
    touchpoint: cell.touchpoint,
    touchpointRegionId: cell.touchpointRegionId,
    touchpointType: cell.touchpointType,
    sentiment: outcome.sentiment,
    signal: outcome.signal,
    conflicts: outcome.conflicts,
  };
}

/** Every note's placement, in note order. */
export function placementsOf(places: NotePlaces): readonly Placement[] {
  const notes = places.notes();
  const placements = new Array<Placement>(notes.length);
  for (let index = 0; index < placements.length; index++) {
    placements[index] = placementOf(
      notes[index] as Note,
      places.spots[index] as Spot,
      places.outcomes[index] as Outcome,
    );
  }
  return placements;
}

/** Placements made elsewhere (a test's, by hand) as places: each its own spot. */
export function placesOf(placements: readonly Placement[]): NotePlaces {
  const notes: Note[] = [];
  const spots: Spot[] = [];
  const outcomes: Outcome[] = [];
  for (const placement of placements) {
    notes.push(placement.note);
    if (placement.kind === 'unassigned') {
      spots.push({ reason: placement.reason, known: placement.known, cell: null, zone: null });
      outcomes.push(placement.reason);
      continue;
    }
    const { kind, note, sentiment, signal, conflicts, ...cell } = placement;
    const known = { map: cell.map, phase: cell.phase, stage: cell.stage, touchpoint: cell.touchpoint };
    spots.push({ reason: null, known, cell, zone: null });
    outcomes.push({ sentiment, signal, conflicts });
  }
  return { ids: notes.map((note) => note.id), notes: () => notes, spots, outcomes };
}
