// What "Show on board" puts where, decided without the board: one badge per touchpoint row of
// the app's template (counts, a colour cue for the net score, the weakest links marked), or, on
// a board built by hand, one summary frame beside the map. The adapter only carries the plan out.
// Badges are text items, which scoring never reads, and they are placed clear of every note.
import { CSV_WORDS } from './csv-words.ts';
import { normaliseLabel } from './labels.ts';
import type { Language, Phase, Rect } from './model.ts';
import { signedNumber } from './signed-number.ts';
import type { BoardSnapshot, Note, Region } from './snapshot.ts';
import type { Tally, TallyRow } from './tally.ts';
import { NOTE_SIZE, ZONE_COLOURS } from './template-layout.ts';
import type { TemplateMark } from './template-mark.ts';

/** The mark a badge carries, naming the row it scores, e.g. `{ role: 'badge', mapId: 'k3x9', phase: 'before', touchpoint: 'Website' }`. */
export type BadgeMark = Extract<TemplateMark, { role: 'badge' }>;

/** A badge already on the board, found by its mark. */
export interface ExistingBadge {
  readonly id: string;
  readonly mark: BadgeMark;
}

/** The colour cue of a badge: the net score's sign, or the weakest links. */
export type BadgeTone = 'positive' | 'zero' | 'negative' | 'weakest';

/** One badge to write: its text, where (board coordinates) and its colours. */
export interface BadgeSpec {
  readonly mark: BadgeMark;
  /** e.g. `'+5 · 2 · −3'`, or `'+1 · 0 · −4  ⚠ #1'` for the weakest link. */
  readonly text: string;
  readonly rect: Rect;
  readonly tone: BadgeTone;
  readonly fill: string;
  readonly ink: string;
}

/** The summary frame for a board without the template: its title, its lines and where it goes. */
export interface SummarySpec {
  readonly title: string;
  readonly lines: readonly string[];
  readonly rect: Rect;
}

/** What to do on the board; `uncovered` lists rows whose badge could find no place clear of notes (they get none). */
export type BadgePlan =
  | {
      readonly kind: 'badges';
      readonly create: readonly BadgeSpec[];
      readonly update: readonly { readonly id: string; readonly spec: BadgeSpec }[];
      readonly remove: readonly string[];
      readonly uncovered: readonly BadgeMark[];
    }
  | { readonly kind: 'summary'; readonly summary: SummarySpec; readonly remove: readonly string[] };

// A badge wears the colours of the zone its net score leans to; a weakest link the negative ink, reversed.
const TONES: Readonly<Record<BadgeTone, { readonly fill: string; readonly ink: string }>> = {
  positive: ZONE_COLOURS.positive,
  zero: ZONE_COLOURS.neutral,
  negative: ZONE_COLOURS.negative,
  weakest: { fill: ZONE_COLOURS.negative.ink, ink: '#ffffff' },
};

/**
 * How many weakest links are marked (`⚠ #1` … and the strong colour). Every row with a negative
 * note has a weakest-link rank; marking them all would mark most of a real map and say nothing.
 */
export const WEAKEST_MARKED = 3;

/** The title of the summary frame, which is also how people recognise it. */
export const SUMMARY_TITLE = 'Touchpoint Tally';

const SUMMARY_WIDTH = 960;
const SUMMARY_GAP = 400;
const SUMMARY_HEADER = 120;
/** Board units per summary line at the summary's font size. */
export const SUMMARY_LINE_HEIGHT = 36;

/**
 * Badges for every template row (regions marked `row`) or, without any, a summary frame.
 * `slot` is the template's badge slot for a row (`badgeSlot`); existing badges are updated in
 * place, duplicates and badges of rows that are gone are removed.
 */
export function planBadges(
  snapshot: BoardSnapshot,
  tally: Tally,
  existing: readonly ExistingBadge[],
  slot: (rowRect: Rect) => Rect,
  language: Language,
): BadgePlan {
  const rows = snapshot.regions.filter(
    (region): region is Region & { mark: { role: 'row' } } => region.mark?.role === 'row',
  );
  if (rows.length === 0) {
    return {
      kind: 'summary',
      summary: summaryOf(snapshot, tally, language),
      remove: existing.map((badge) => badge.id),
    };
  }

  const existingByKey = new Map<string, string>();
  const remove: string[] = [];
  for (const badge of existing) {
    const key = badgeKey(badge.mark);
    if (existingByKey.has(key)) remove.push(badge.id);
    else existingByKey.set(key, badge.id);
  }

  const create: BadgeSpec[] = [];
  const update: { id: string; spec: BadgeSpec }[] = [];
  const uncovered: BadgeMark[] = [];
  const planned = new Set<string>();
  for (const row of rows) {
    const mark: BadgeMark = {
      role: 'badge',
      mapId: row.mark.mapId,
      phase: row.mark.phase,
      touchpoint: row.mark.touchpoint,
    };
    const key = badgeKey(mark);
    // Two regions with one mark (a copied row): the first in file order gets the badge.
    if (planned.has(key)) continue;
    planned.add(key);
    const id = existingByKey.get(key);
    const rect = clearSpot(row.rect, slot(row.rect), snapshot.notes);
    if (!rect) {
      uncovered.push(mark);
      if (id) remove.push(id);
      continue;
    }
    const spec = badgeSpec(mark, rect, countsOfRegion(tally, row.id));
    if (id) update.push({ id, spec });
    else create.push(spec);
  }
  for (const [key, id] of existingByKey) {
    if (!planned.has(key)) remove.push(id);
  }
  return { kind: 'badges', create, update, remove, uncovered };
}

/** A row's badge text, e.g. `(5, 2, 3, null)` → `'+5 · 2 · −3'`, `(1, 0, 4, 1)` → `'+1 · 0 · −4  ⚠ #1'`. */
export function badgeText(
  positive: number,
  neutral: number,
  negative: number,
  weakestRank: number | null,
): string {
  const counts = `${signedNumber(positive)} · ${neutral} · ${signedNumber(-negative)}`;
  return weakestRank === null ? counts : `${counts}  ⚠ #${weakestRank}`;
}

/** The identity of a badge: the row it scores. */
export function badgeKey(mark: Pick<BadgeMark, 'mapId' | 'phase' | 'touchpoint'>): string {
  return JSON.stringify([mark.mapId, mark.phase, mark.touchpoint]);
}

interface RegionCounts {
  readonly positive: number;
  readonly neutral: number;
  readonly negative: number;
  readonly row: TallyRow | null;
}

// Per region, not per tally row: a row label used twice on one board merges in the tally, but
// each badge sits on its own row and shows that row's notes.
function countsOfRegion(tally: Tally, regionId: string): RegionCounts {
  const counts = { positive: 0, neutral: 0, negative: 0 };
  let row: TallyRow | null = null;
  for (const placement of tally.placements) {
    if (placement.kind !== 'counted' || placement.touchpointRegionId !== regionId) continue;
    counts[placement.sentiment] += 1;
    row ??=
      tally.rows.find(
        (candidate) =>
          candidate.map === placement.map &&
          candidate.phase === placement.phase &&
          candidate.stage === placement.stage &&
          candidate.touchpoint === placement.touchpoint,
      ) ?? null;
  }
  return { ...counts, row };
}

function badgeSpec(mark: BadgeMark, rect: Rect, counts: RegionCounts): BadgeSpec {
  const rank = counts.row?.weakestRank ?? null;
  const net = counts.positive - counts.negative;
  const marked = rank !== null && rank <= WEAKEST_MARKED ? rank : null;
  const tone: BadgeTone = marked !== null ? 'weakest' : net > 0 ? 'positive' : net < 0 ? 'negative' : 'zero';
  return {
    mark,
    text: badgeText(counts.positive, counts.neutral, counts.negative, marked),
    rect,
    tone,
    ...TONES[tone],
  };
}

// The slot first; when a note lies on it, the same width higher up the row's label column, in
// half-slot steps; null when every spot in the row is taken.
function clearSpot(rowRect: Rect, preferred: Rect, notes: readonly Note[]): Rect | null {
  const height = preferred.bottom - preferred.top;
  const step = Math.max(1, height / 2);
  for (let shift = 0; preferred.top - shift >= rowRect.top; shift += step) {
    const candidate = { ...preferred, top: preferred.top - shift, bottom: preferred.bottom - shift };
    if (!notes.some((note) => overlaps(candidate, noteBox(note)))) return candidate;
  }
  return null;
}

function noteBox(note: Note): Rect {
  return {
    left: note.x - NOTE_SIZE.width / 2,
    right: note.x + NOTE_SIZE.width / 2,
    top: note.y - NOTE_SIZE.height / 2,
    bottom: note.y + NOTE_SIZE.height / 2,
  };
}

// NaN (a note without a position) fails every comparison, so it overlaps nothing.
function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

// The CSV's name of each phase in every language, as labels are normalised.
const PHASE_NAMES: Readonly<Record<Phase, ReadonlySet<string>>> = {
  before: new Set(Object.values(CSV_WORDS).map((words) => words.phases.before)),
  during: new Set(Object.values(CSV_WORDS).map((words) => words.phases.during)),
  after: new Set(Object.values(CSV_WORDS).map((words) => words.phases.after)),
};

function summaryOf(snapshot: BoardSnapshot, tally: Tally, language: Language): SummarySpec {
  const words = CSV_WORDS[language];
  const lines = tally.rows.map((row) => {
    // The stage when it says more than the phase, e.g. "Awareness", not "1. Before purchase".
    const stage = PHASE_NAMES[row.phase].has(normaliseLabel(row.stage)) ? null : row.stage;
    const where = [row.map, words.phases[row.phase], stage, row.touchpoint]
      .filter((part) => part !== null)
      .join(' · ');
    const rank = row.weakestRank !== null && row.weakestRank <= WEAKEST_MARKED ? row.weakestRank : null;
    return `${where}: ${badgeText(row.positive, row.neutral, row.negative, rank)}`;
  });
  const bounds = boundsOf(snapshot);
  const height = SUMMARY_HEADER + Math.max(1, lines.length) * SUMMARY_LINE_HEIGHT;
  const left = bounds.right + SUMMARY_GAP;
  return {
    title: SUMMARY_TITLE,
    lines,
    rect: { left, top: bounds.top, right: left + SUMMARY_WIDTH, bottom: bounds.top + height },
  };
}

// What "the map" spans on a hand-built board: every region and note read.
function boundsOf(snapshot: BoardSnapshot): Rect {
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const rect of [...snapshot.regions.map((region) => region.rect), ...snapshot.notes.map(noteBox)]) {
    if (![rect.left, rect.top, rect.right, rect.bottom].every(Number.isFinite)) continue;
    left = Math.min(left, rect.left);
    top = Math.min(top, rect.top);
    right = Math.max(right, rect.right);
    bottom = Math.max(bottom, rect.bottom);
  }
  return left <= right ? { left, top, right, bottom } : { left: 0, top: 0, right: 0, bottom: 0 };
}
