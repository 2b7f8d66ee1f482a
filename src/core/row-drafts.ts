// The tally's rows as they are drafted: one per (map, phase, stage, touchpoint) that counted a
// note, in docs/scoring.md's row order once all are in. Each cell (the notes sharing their
// regions) is looked up once, not once per note.
import { PHASES, type Phase, type Sentiment } from './model.ts';
import type { CountedCell } from './note-places.ts';
import { readingRanks } from './region-roles.ts';
import type { Region } from './snapshot.ts';

/** A row being counted. */
export interface RowDraft {
  readonly map: string | null;
  readonly phase: Phase;
  readonly stage: StageDraft;
  readonly stageLabel: string;
  readonly touchpoint: string;
  regionRank: number;
  regionId: string;
  readonly counts: Record<Sentiment, number>;
  readonly noteIds: string[];
}

interface StageDraft {
  /** Reading rank of the stage's first phase region, in this map and phase, that placed a counted note. */
  rank: number;
  /** First-come order, for stages whose regions are missing from the snapshot. */
  readonly seen: number;
  readonly rows: Map<string, RowDraft>;
}

interface MapPlace {
  readonly rank: number;
  readonly seen: number;
}

/** The rows of a board's counted notes: `rowOf` each note's cell in note order, then `ordered()`. */
export function rowDrafts(regions: readonly Region[]): {
  readonly rowOf: (cell: CountedCell) => RowDraft;
  readonly ordered: () => readonly RowDraft[];
} {
  const ranks = readingRanks(regions);
  // Ids can repeat in a broken file: the first region in reading order with an id stands for it.
  // Regions missing from the snapshot rank last, in the order their notes come (sorting is stable).
  const rankOfId = new Map<string, number>();
  regions.forEach((region, index) => {
    const rank = ranks[index] as number;
    const known = rankOfId.get(region.id);
    if (known === undefined || rank < known) rankOfId.set(region.id, rank);
  });
  const rankOf = (id: string | null): number =>
    id === null ? -1 : (rankOfId.get(id) ?? Number.MAX_SAFE_INTEGER);

  // Rows by map, phase, stage and touchpoint, nested rather than keyed by a joined string.
  const drafts: RowDraft[] = [];
  const rowsByMap = new Map<string | null, Record<Phase, Map<string, StageDraft>>>();
  const rowOfCell = new Map<CountedCell, RowDraft>();
  // A map's place is that of its first region in reading order that counted a note.
  const mapRanks = new Map<string | null, MapPlace>();
  const draftRow = (cell: CountedCell): RowDraft => {
    const { map, phase, stage, touchpoint } = cell;
    let stagesOfMap = rowsByMap.get(map);
    if (!stagesOfMap) {
      stagesOfMap = { before: new Map(), during: new Map(), after: new Map() };
      rowsByMap.set(map, stagesOfMap);
    }
    let stageDraft = stagesOfMap[phase].get(stage);
    if (!stageDraft) {
      stageDraft = { rank: Number.MAX_SAFE_INTEGER, seen: stagesOfMap[phase].size, rows: new Map() };
      stagesOfMap[phase].set(stage, stageDraft);
    }
    const stageRank = rankOf(cell.phaseRegionId);
    if (stageRank < stageDraft.rank) stageDraft.rank = stageRank;
    let draft = stageDraft.rows.get(touchpoint);
    if (!draft) {
      draft = {
        map,
        phase,
        stage: stageDraft,
        stageLabel: stage,
        touchpoint,
        regionRank: Number.MAX_SAFE_INTEGER,
        regionId: cell.touchpointRegionId,
        counts: { positive: 0, neutral: 0, negative: 0 },
        noteIds: [],
      };
      stageDraft.rows.set(touchpoint, draft);
      drafts.push(draft);
    }
    const regionRank = rankOf(cell.touchpointRegionId);
    if (regionRank < draft.regionRank) {
      draft.regionRank = regionRank;
      draft.regionId = cell.touchpointRegionId;
    }
    const mapRank = rankOf(cell.mapRegionId);
    const known = mapRanks.get(map);
    if (!known) mapRanks.set(map, { rank: mapRank, seen: mapRanks.size });
    else if (mapRank < known.rank) mapRanks.set(map, { rank: mapRank, seen: known.seen });
    rowOfCell.set(cell, draft);
    return draft;
  };

  return {
    rowOf: (cell) => rowOfCell.get(cell) ?? draftRow(cell),
    ordered: () =>
      drafts.sort(
        (a, b) =>
          // Every drafted row's map has its place.
          compareMaps(mapRanks.get(a.map) as MapPlace, mapRanks.get(b.map) as MapPlace) ||
          PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) ||
          a.stage.rank - b.stage.rank ||
          a.stage.seen - b.stage.seen ||
          a.regionRank - b.regionRank,
      ),
  };
}

function compareMaps(a: MapPlace, b: MapPlace): number {
  return a.rank - b.rank || a.seen - b.seen;
}
