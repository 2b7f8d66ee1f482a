// "Compare with last time": the current tally against a saved scoring, row by row (kept, new,
// vanished), with the change of each count and of the net score.
import type { Phase } from './model.ts';
import type { SavedRow, SavedScoring } from './saved-scores.ts';
import { type RowPlace, rowKey, type SentimentCounts, type Tally } from './tally.ts';

/** Counts with their net score (positive minus negative). */
export interface NetCounts extends SentimentCounts {
  readonly net: number;
}

/** How one row changed since the save: `kept` (in both), `new` (only now) or `vanished` (only then); missing counts are zeros. */
export interface RowComparison {
  readonly kind: 'kept' | 'new' | 'vanished';
  readonly map: string | null;
  readonly phase: Phase;
  /** Null only for a vanished row saved before rows had a stage, whose phase has no row now. */
  readonly stage: string | null;
  readonly touchpoint: string;
  readonly now: NetCounts;
  readonly before: NetCounts;
  readonly change: NetCounts;
}

/** A tally compared with a save: per row, then the rows that vanished, in the save's order. */
export interface Comparison {
  readonly savedAt: number;
  readonly notesChange: number;
  readonly rows: readonly RowComparison[];
}

/**
 * Each row of the tally against the saved scoring, e.g. Website before: 2 negative then, 0 now →
 * change.net `+2`. A saved row without a stage (saved before rows had one) takes the stage its
 * phase region has now: that of the current row with its map, phase and touchpoint, else of the
 * first current row with its map and phase.
 */
export function compareWithSaved(tally: Tally, saved: SavedScoring): Comparison {
  const savedRows = saved.rows.map((row) => (row.stage === undefined ? withCurrentStage(row, tally) : row));
  const savedByKey = new Map(savedRows.map((row) => [rowKey(row), row]));
  const seen = new Set<string>();
  const rows: RowComparison[] = [];
  for (const row of tally.rows) {
    const key = rowKey(row);
    seen.add(key);
    const before = savedByKey.get(key);
    rows.push(comparison(before ? 'kept' : 'new', row, row, before ?? null));
  }
  for (const row of savedRows) {
    if (!seen.has(rowKey(row))) rows.push(comparison('vanished', row, null, row));
  }
  return { savedAt: saved.savedAt, notesChange: tally.notes - saved.notes, rows };
}

/** A change shown with its direction, e.g. `3` → `'▲ 3'`, `-2` → `'▼ 2'`, `0` → `'0'`. */
export function changeLabel(change: number): string {
  if (change > 0) return `▲ ${change}`;
  if (change < 0) return `▼ ${-change}`;
  return '0';
}

function withCurrentStage(row: SavedRow, tally: Tally): SavedRow {
  const same =
    tally.rows.find(
      (current) =>
        current.map === row.map && current.phase === row.phase && current.touchpoint === row.touchpoint,
    ) ?? tally.rows.find((current) => current.map === row.map && current.phase === row.phase);
  return same ? { ...row, stage: same.stage } : row;
}

const ZERO: SentimentCounts = { positive: 0, neutral: 0, negative: 0 };

function comparison(
  kind: RowComparison['kind'],
  where: RowPlace,
  now: SentimentCounts | null,
  before: SentimentCounts | null,
): RowComparison {
  const nowCounts = withNet(now ?? ZERO);
  const beforeCounts = withNet(before ?? ZERO);
  return {
    kind,
    map: where.map,
    phase: where.phase,
    stage: where.stage ?? null,
    touchpoint: where.touchpoint,
    now: nowCounts,
    before: beforeCounts,
    change: {
      positive: nowCounts.positive - beforeCounts.positive,
      neutral: nowCounts.neutral - beforeCounts.neutral,
      negative: nowCounts.negative - beforeCounts.negative,
      net: nowCounts.net - beforeCounts.net,
    },
  };
}

function withNet(counts: SentimentCounts): NetCounts {
  const { positive, neutral, negative } = counts;
  return { positive, neutral, negative, net: positive - negative };
}
