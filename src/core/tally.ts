// The tally: counted notes grouped per (map, phase, stage, touchpoint) in docs/scoring.md's row
// order, with totals, net scores and the weakest links, and every note that could not be counted.
import { notePlacer, type Placement } from './classify.ts';
import { type ColourMap, type Phase, UNASSIGNED_REASONS, type UnassignedReason } from './model.ts';
import {
  type CountedCell,
  type NotePlaces,
  type Outcome,
  placementsOf,
  placesOf,
  type Spot,
} from './note-places.ts';
import { rowDrafts } from './row-drafts.ts';
import type { BoardSnapshot } from './snapshot.ts';
import type { TeamWords } from './team-words.ts';

/** How many notes of each sentiment; e.g. `{ positive: 2, neutral: 0, negative: 1 }`. */
export interface SentimentCounts {
  readonly positive: number;
  readonly neutral: number;
  readonly negative: number;
}

/** One (map, phase, stage, touchpoint) cell of the tally; e.g. Website in "Awareness" (before purchase): 2 positive, 1 negative, net +1. */
export interface TallyRow extends SentimentCounts {
  readonly map: string | null;
  readonly phase: Phase;
  /** The label of the phase region that placed the row's notes, as written; e.g. `'Awareness'`. */
  readonly stage: string;
  readonly touchpoint: string;
  /** The row's first region in reading order among those that counted one of its notes. */
  readonly regionId: string;
  readonly total: number;
  /** positive − negative. */
  readonly net: number;
  /** negative / total, from 0 to 1. */
  readonly negativeShare: number;
  /** 1 = the weakest link; null when the row has no negative note. */
  readonly weakestRank: number | null;
  /** Ids of the row's notes, in board file order. */
  readonly noteIds: readonly string[];
}

/** A row's place and counts alone, fields in docs/scoring.md's order: what the JSON output and a saved scoring keep of a row. */
export interface RowCounts extends SentimentCounts {
  readonly map: string | null;
  readonly phase: Phase;
  readonly stage: string;
  readonly touchpoint: string;
}

/** The place and counts of a row, e.g. `{ map: null, phase: 'before', stage: 'Awareness', touchpoint: 'Website', positive: 2, neutral: 0, negative: 1 }`. */
export function rowCounts(row: TallyRow): RowCounts {
  const { map, phase, stage, touchpoint, positive, neutral, negative } = row;
  return { map, phase, stage, touchpoint, positive, neutral, negative };
}

/** Where a row stands, e.g. `{ map: null, phase: 'before', stage: 'Awareness', touchpoint: 'Website' }`; a row saved before rows had a stage has none. */
export interface RowPlace {
  readonly map: string | null;
  readonly phase: Phase;
  readonly stage?: string | null;
  readonly touchpoint: string;
}

/** The identity of a row across scorings: its map, phase, stage and touchpoint label. */
export function rowKey(row: RowPlace): string {
  return JSON.stringify([row.map, row.phase, row.stage ?? null, row.touchpoint]);
}

/** A note that could not be counted, and why; e.g. `{ id: '345…', reason: 'no-sentiment' }`. */
export interface UnassignedNote {
  readonly id: string;
  readonly reason: UnassignedReason;
}

/** A scored board: its rows in docs/scoring.md order, the weakest links, totals, and the notes not counted. */
export interface Tally {
  /** Sticky notes read: the sum of all row counts plus `unassigned.length`. */
  readonly notes: number;
  readonly rows: readonly TallyRow[];
  /** The rows with a negative note, weakest first (see `compareWeakness`). */
  readonly weakest: readonly TallyRow[];
  readonly phaseTotals: Readonly<Record<Phase, SentimentCounts>>;
  /** Counts per map, in row order (the notes outside every map first, under `null`). */
  readonly mapTotals: readonly ({ readonly map: string | null } & SentimentCounts)[];
  readonly placements: readonly Placement[];
  /** In board file order. */
  readonly unassigned: readonly UnassignedNote[];
}

/**
 * Scores a board: places every note (docs/scoring.md) and tallies the counted ones. `words` are
 * the team's (default: the snapshot's own); `colours` the colour map in force (default: the
 * team's colours, else the default map). E.g. `tallyBoard(readBoard(json), { yellow: 'neutral' })`.
 */
export function tallyBoard(snapshot: BoardSnapshot, colours?: ColourMap, words?: TeamWords): Tally {
  return tallyPlaces(snapshot, notePlacer(snapshot, colours, words)(snapshot));
}

/** Tallies placements already made for a snapshot (e.g. by hand, in a test). */
export function tallyPlacements(snapshot: BoardSnapshot, placements: readonly Placement[]): Tally {
  return tallyPlaces(snapshot, placesOf(placements));
}

/** Tallies notes placed by `notePlacer`; each note's placement is made only when `placements` is read. */
export function tallyPlaces(snapshot: BoardSnapshot, places: NotePlaces): Tally {
  const drafts = rowDrafts(snapshot.regions);
  const unassigned: UnassignedNote[] = [];
  const { ids, spots, outcomes } = places;
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index] as string;
    const outcome = outcomes[index] as Outcome;
    if (typeof outcome === 'string') {
      unassigned.push({ id, reason: outcome });
      continue;
    }
    const draft = drafts.rowOf((spots[index] as Spot).cell as CountedCell);
    draft.counts[outcome.sentiment]++;
    draft.noteIds.push(id);
  }

  const unranked: TallyRow[] = drafts.ordered().map((draft) => {
    const { positive, neutral, negative } = draft.counts;
    const total = positive + neutral + negative;
    return {
      map: draft.map,
      phase: draft.phase,
      stage: draft.stageLabel,
      touchpoint: draft.touchpoint,
      regionId: draft.regionId,
      positive,
      neutral,
      negative,
      total,
      net: positive - negative,
      negativeShare: negative / total,
      weakestRank: null,
      noteIds: draft.noteIds,
    };
  });

  const weakestOrder = unranked
    .map((row, order) => ({ row, order }))
    .filter(({ row }) => row.negative > 0)
    .sort((a, b) => compareWeakness(a.row, b.row) || a.order - b.order);
  const weakestRankOf = new Map<TallyRow, number>(weakestOrder.map(({ row }, rank) => [row, rank + 1]));
  const rows = unranked.map((row) => ({ ...row, weakestRank: weakestRankOf.get(row) ?? null }));
  const weakest = weakestOrder.map(({ order }) => rows[order] as TallyRow);

  return {
    notes: ids.length,
    rows,
    weakest,
    phaseTotals: {
      before: sumCounts(rows.filter((row) => row.phase === 'before')),
      during: sumCounts(rows.filter((row) => row.phase === 'during')),
      after: sumCounts(rows.filter((row) => row.phase === 'after')),
    },
    mapTotals: [...new Set(rows.map((row) => row.map))].map((map) => ({
      map,
      ...sumCounts(rows.filter((row) => row.map === map)),
    })),
    // Made when read: the command line's JSON and a saved scoring never need them.
    get placements() {
      const placements = placementsOf(places);
      Object.defineProperty(this, 'placements', { value: placements, enumerable: true });
      return placements;
    },
    unassigned,
  };
}

/**
 * The weakest-links rule: of the rows with at least one negative note, the weaker comes first:
 * more negative notes; then a larger share of negative notes; then a lower net score (positive −
 * negative); rows still equal keep their tally order. Returns < 0 when `a` is weaker than `b`.
 */
export function compareWeakness(a: TallyRow, b: TallyRow): number {
  return b.negative - a.negative || b.negativeShare - a.negativeShare || a.net - b.net;
}

/** The counts of `rows` added up. */
export function sumCounts(rows: readonly SentimentCounts[]): SentimentCounts {
  let positive = 0;
  let neutral = 0;
  let negative = 0;
  for (const row of rows) {
    positive += row.positive;
    neutral += row.neutral;
    negative += row.negative;
  }
  return { positive, neutral, negative };
}

/** A placement of a note that was not counted. */
export type UnassignedPlacement = Extract<Placement, { kind: 'unassigned' }>;

/** A placement of a note that was counted. */
export type CountedPlacement = Extract<Placement, { kind: 'counted' }>;

/** The notes not counted, grouped by reason in `UNASSIGNED_REASONS` order (reasons with no note left out). */
export function unassignedByReason(
  tally: Tally,
): readonly { readonly reason: UnassignedReason; readonly placements: readonly UnassignedPlacement[] }[] {
  const byReason = new Map<UnassignedReason, UnassignedPlacement[]>();
  for (const placement of tally.placements) {
    if (placement.kind !== 'unassigned') continue;
    const list = byReason.get(placement.reason) ?? [];
    list.push(placement);
    byReason.set(placement.reason, list);
  }
  return UNASSIGNED_REASONS.flatMap((reason) => {
    const placements = byReason.get(reason);
    return placements ? [{ reason, placements }] : [];
  });
}

/** Counted notes whose lower signals disagree with the one that decided them, in board file order. */
export function conflictedPlacements(tally: Tally): readonly CountedPlacement[] {
  return tally.placements.filter(
    (placement): placement is CountedPlacement =>
      placement.kind === 'counted' && placement.conflicts.length > 0,
  );
}
