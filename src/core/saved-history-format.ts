// The saved history as it is stored on the board: compact (names interned per save, rows as
// numbers in one flat list, so a history fits HISTORY_BUDGET_BYTES), versioned and validated when
// read, and migrated from every version ever written (fixtures in tests/fixtures/stored/).
import { PHASES } from './model.ts';
import type { SavedRow, SavedScoring, ScoreHistory } from './saved-scores.ts';
import type { StoredFormat } from './stored-format.ts';

/** The version of the stored history this release writes. */
export const SCORES_VERSION = 2;

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
