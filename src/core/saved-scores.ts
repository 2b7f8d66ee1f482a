// A saved scoring is what "compare with last time" compares against: the counts per map, phase,
// stage and touchpoint at the moment someone pressed Save, shared by everyone on the board through the
// app's board storage. Boards outlive releases, so the stored form carries a version and is
// validated when read: foreign or damaged data is skipped or reported, never thrown.
//
// Size budget: the stored history is kept under HISTORY_BUDGET_BYTES (32 000 bytes of UTF-8 JSON),
// half of the 64 KB per key Miro documents for a storage collection, so a larger SDK envelope or a
// tighter limit still leaves room. Rows are stored as seven numbers each, one flat list per save,
// with map, stage and touchpoint names interned per save: about 16 bytes a row plus each distinct
// name once; the last
// HISTORY_MAX_SAVES saves are kept, and when they do not fit the oldest go first. Five saves of a
// board with 300 rows (e.g. 3 maps × 3 phases × 33 touchpoints) fit.
import { PHASES, type Phase } from './model.ts';
import { readStored, type StoredFormat, writeStored } from './stored-format.ts';
import type { SentimentCounts, Tally } from './tally.ts';

/** The version of the stored history this release writes. */
export const SCORES_VERSION = 2;

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

/** A saved row in stored form (version 2): indexes into the save's map names, PHASES, stage names and touchpoint names, then the three counts; the rows of a save follow each other in one flat list. */
type StoredRow = readonly [
  map: number,
  phase: number,
  stage: number,
  touchpoint: number,
  positive: number,
  neutral: number,
  negative: number,
];

const ROW_LENGTH = 7;

interface StoredScoring {
  readonly t: number;
  readonly n: number;
  readonly u: number;
  readonly m: readonly (string | null)[];
  /** Stage names; null for rows saved by version 1, which had none. */
  readonly s: readonly (string | null)[];
  readonly k: readonly string[];
  /** The rows, `ROW_LENGTH` numbers each (StoredRow), one after the other. */
  readonly r: readonly number[];
}

/** The compact, versioned form written to board storage, e.g. `{ v: 2, h: [{ t, n, u, m: [null], s: ['Awareness'], k: ['Website'], r: [0, 0, 0, 0, 2, 0, 1] }] }`. */
export interface StoredHistory {
  readonly v: number;
  readonly h: readonly StoredScoring[];
}

/** The saveable part of a tally, stamped with the caller's time in epoch milliseconds. */
export function savedScoringOf(tally: Tally, savedAt: number): SavedScoring {
  return {
    savedAt,
    notes: tally.notes,
    unassigned: tally.unassigned.length,
    rows: tally.rows.map((row) => ({
      map: row.map,
      phase: row.phase,
      stage: row.stage,
      touchpoint: row.touchpoint,
      positive: row.positive,
      neutral: row.neutral,
      negative: row.negative,
    })),
  };
}

/**
 * The stored form of a history (see src/core/stored-format.ts for adding a version). Version 1
 * stored each row as its own list of six numbers and knew no stages; version 2 adds the save's
 * stage names `s`, a stage index in each row, and puts the rows in one flat list.
 */
export const SAVED_HISTORY_FORMAT: StoredFormat<
  { readonly history: ScoreHistory; readonly skipped: number },
  { h: StoredScoring[] }
> = {
  name: 'saved history',
  version: SCORES_VERSION,
  migrations: {
    // A version-1 save knew no stages: one unknown stage (null), index 0 in every row.
    1: (record) => ({
      ...record,
      h: Array.isArray(record.h) ? record.h.map(withUnknownStage) : record.h,
    }),
  },
  parse: (record) => {
    if (!Array.isArray(record.h)) return null;
    const history: SavedScoring[] = [];
    for (const entry of record.h) {
      const scoring = readScoring(entry);
      if (scoring) history.push(scoring);
    }
    history.sort((a, b) => b.savedAt - a.savedAt);
    return { history, skipped: record.h.length - history.length };
  },
  write: ({ history }) => ({ h: history.map(writeScoring) }),
};

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

/** The identity of a row across scorings: its map, phase, stage and touchpoint label. */
export function rowKey(row: {
  readonly map: string | null;
  readonly phase: Phase;
  readonly stage?: string | null;
  readonly touchpoint: string;
}): string {
  return JSON.stringify([row.map, row.phase, row.stage ?? null, row.touchpoint]);
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
  where: {
    readonly map: string | null;
    readonly phase: Phase;
    readonly stage?: string | null;
    readonly touchpoint: string;
  },
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

function writeScoring(scoring: SavedScoring): StoredScoring {
  const maps: (string | null)[] = [];
  const stages: (string | null)[] = [];
  const touchpoints: string[] = [];
  const rows = scoring.rows.flatMap(
    (row): StoredRow => [
      intern(maps, row.map),
      PHASES.indexOf(row.phase),
      intern(stages, row.stage ?? null),
      intern(touchpoints, row.touchpoint),
      row.positive,
      row.neutral,
      row.negative,
    ],
  );
  return {
    t: scoring.savedAt,
    n: scoring.notes,
    u: scoring.unassigned,
    m: maps,
    s: stages,
    k: touchpoints,
    r: rows,
  };
}

function intern<T>(names: T[], name: T): number {
  const index = names.indexOf(name);
  if (index >= 0) return index;
  names.push(name);
  return names.length - 1;
}

function readScoring(entry: unknown): SavedScoring | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
  const { t, n, u, m, s, k, r } = entry as Record<string, unknown>;
  if (typeof t !== 'number' || !Number.isFinite(t) || !isCount(n) || !isCount(u)) return null;
  if (!Array.isArray(m) || !m.every((name) => name === null || typeof name === 'string')) return null;
  if (!Array.isArray(s) || !s.every((name) => name === null || typeof name === 'string')) return null;
  if (!Array.isArray(k) || !k.every((name) => typeof name === 'string')) return null;
  if (!Array.isArray(r) || r.length % ROW_LENGTH !== 0 || !r.every(isCount)) return null;
  const rows: SavedRow[] = [];
  for (let start = 0; start < r.length; start += ROW_LENGTH) {
    const [mapIndex, phaseIndex, stageIndex, touchpointIndex, positive, neutral, negative] = r.slice(
      start,
      start + ROW_LENGTH,
    ) as number[];
    const map = m[mapIndex as number] as string | null | undefined;
    const phase = PHASES[phaseIndex as number];
    const stage = s[stageIndex as number] as string | null | undefined;
    const touchpoint = k[touchpointIndex as number] as string | undefined;
    if (map === undefined || phase === undefined || stage === undefined || touchpoint === undefined)
      return null;
    const counts = { positive: positive ?? 0, neutral: neutral ?? 0, negative: negative ?? 0 };
    rows.push(
      stage === null ? { map, phase, touchpoint, ...counts } : { map, phase, stage, touchpoint, ...counts },
    );
  }
  return { savedAt: t, notes: n, unassigned: u, rows };
}

// Version 1 → 2 for one save: every row's stage is the one unknown stage, rows in one flat list.
// A row that is not a list of six stays wrong (a string), so the save reads as damaged.
function withUnknownStage(entry: unknown): unknown {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return entry;
  const scoring = entry as Record<string, unknown>;
  const rows = Array.isArray(scoring.r)
    ? scoring.r.flatMap((row) =>
        Array.isArray(row) && row.length === 6 ? [row[0], row[1], 0, ...row.slice(2)] : ['damaged'],
      )
    : scoring.r;
  return { ...scoring, s: [null], r: rows };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
