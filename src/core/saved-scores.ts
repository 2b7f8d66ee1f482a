// A saved scoring is what "compare with last time" compares against: the counts per map, phase,
// stage and touchpoint at the moment someone pressed Save, shared by everyone on the board through the
// app's board storage. Boards outlive releases, so the stored form carries a version and is
// validated when read: foreign or damaged data is skipped or reported, never thrown.
//
// Size budget: the stored history is kept under HISTORY_BUDGET_BYTES (32 000 bytes of UTF-8 JSON),
// half of the 64 KB per key Miro documents for a storage collection, so a larger SDK envelope or a
// tighter limit still leaves room. Rows are stored as seven numbers each, one flat list per save,
// with map, stage and touchpoint names interned per save: about 16 bytes a row plus each distinct
// name once; the last HISTORY_MAX_SAVES saves are kept, and when they do not fit the oldest go
// first. Five saves of a board with 300 rows (e.g. 3 maps × 3 phases × 33 touchpoints) fit.
//
// The stored form and its versions: saved-history-format.ts; comparing a tally with a save:
// compare-with-saved.ts.
import type { Phase } from './model.ts';
import { SAVED_HISTORY_FORMAT, type StoredHistory } from './saved-history-format.ts';
import { readStored, writeStored } from './stored-format.ts';
import { rowCounts, type SentimentCounts, type Tally } from './tally.ts';

/** The largest stored history, in bytes of UTF-8 JSON, this release writes. */
export const HISTORY_BUDGET_BYTES = 32_000;

/** The most saves kept; older ones are dropped first. */
export const HISTORY_MAX_SAVES = 10;

/** The counts of one touchpoint in one stage of one map at save time, e.g. `{ map: null, phase: 'before', stage: 'Awareness', touchpoint: 'Website', positive: 2, neutral: 0, negative: 1 }`. */
export interface SavedRow extends SentimentCounts {
  readonly map: string | null;
  readonly phase: Phase;
  /** Absent in a save made before rows had a stage: compared, it reads as the phase region's current label. */
  readonly stage?: string;
  readonly touchpoint: string;
}

/** One saved scoring: when (epoch milliseconds, given by the caller), how many notes were read and left unassigned, and the counted rows. */
export interface SavedScoring {
  readonly savedAt: number;
  readonly notes: number;
  readonly unassigned: number;
  readonly rows: readonly SavedRow[];
}

/** Saved scorings, newest first. */
export type ScoreHistory = readonly SavedScoring[];

/** The result of reading stored history: the valid saves (and how many damaged ones were skipped), or why none could be read. */
export type HistoryReading =
  | { readonly kind: 'history'; readonly history: ScoreHistory; readonly skipped: number }
  | { readonly kind: 'unreadable'; readonly reason: 'newer' | 'invalid'; readonly version: unknown };

/** The result of adding a save to the history: the new history and its stored form, or why it cannot be stored. */
export type HistoryUpdate =
  | { readonly kind: 'ok'; readonly history: ScoreHistory; readonly stored: StoredHistory }
  | { readonly kind: 'too-large'; readonly bytes: number; readonly budget: number };

/** The saveable part of a tally, stamped with the caller's time in epoch milliseconds. */
export function savedScoringOf(tally: Tally, savedAt: number): SavedScoring {
  return {
    savedAt,
    notes: tally.notes,
    unassigned: tally.unassigned.length,
    rows: tally.rows.map(rowCounts),
  };
}

/** The stored form of a history, newest first. */
export function writeHistory(history: ScoreHistory): StoredHistory {
  return writeStored(SAVED_HISTORY_FORMAT, { history, skipped: 0 });
}

/** The size of a stored history in bytes, as the budget counts it. */
export function storedBytes(stored: StoredHistory): number {
  return new TextEncoder().encode(JSON.stringify(stored)).length;
}

/** Puts a new save at the front, keeping at most HISTORY_MAX_SAVES and dropping the oldest until it fits the budget. */
export function addToHistory(
  history: ScoreHistory,
  scoring: SavedScoring,
  budget = HISTORY_BUDGET_BYTES,
): HistoryUpdate {
  let kept = [scoring, ...history].slice(0, HISTORY_MAX_SAVES);
  for (;;) {
    const stored = writeHistory(kept);
    const bytes = storedBytes(stored);
    if (bytes <= budget) return { kind: 'ok', history: kept, stored };
    if (kept.length === 1) return { kind: 'too-large', bytes, budget };
    kept = kept.slice(0, -1);
  }
}

/** Validates stored history read from the board; never throws. Nothing stored reads as an empty history. */
export function readHistory(stored: unknown): HistoryReading {
  const reading = readStored(SAVED_HISTORY_FORMAT, stored);
  switch (reading.kind) {
    case 'none':
      return { kind: 'history', history: [], skipped: 0 };
    case 'value':
      return { kind: 'history', ...reading.value };
    case 'unreadable':
      return reading;
  }
}
