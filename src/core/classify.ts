// docs/scoring.md "Regions" and "Classifying a sticky note": which region plays which role, and
// where each note goes, or why it could not be counted. The app's own template marks decide a
// region's role before its label does; a board without marks is read from labels (the team's
// words first, then the built-in ones) and geometry alone.
import { labelMeaning, markedSentiment, tagSentiment } from './labels.ts';
import {
  type ColourMap,
  type Phase,
  type Rect,
  SENTIMENT_SIGNALS,
  type Sentiment,
  type SentimentSignal,
  type TouchpointType,
  type UnassignedReason,
} from './model.ts';
import { createRegionIndex } from './region-index.ts';
import type { BoardSnapshot, Note, Region } from './snapshot.ts';
import { coloursInForce, NO_TEAM_WORDS, type TeamWords } from './team-words.ts';
import { unreachable } from './unreachable.ts';

/** A lower signal that answered differently from the one that decided; e.g. a note in the negative zone coloured green. */
export interface Conflict {
  readonly signal: SentimentSignal;
  readonly sentiment: Sentiment;
}

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

/** The part a region plays in scoring; e.g. a frame titled "Website" is `{ kind: 'touchpoint', touchpoint: 'Website' }`. */
export type RegionRole =
  | { readonly kind: 'phase'; readonly phase: Phase }
  | { readonly kind: 'sentiment'; readonly sentiment: Sentiment }
  | { readonly kind: 'map'; readonly map: string }
  | { readonly kind: 'touchpoint'; readonly touchpoint: string }
  /** An empty label, a label naming one of the team's `ignore` words, or one of the app's badges: no part in scoring. */
  | { readonly kind: 'ignored' };

/** Each region's role, aligned with `regions`, reading labels with the team's words first. */
export function regionRoles(
  regions: readonly Region[],
  words: TeamWords = NO_TEAM_WORDS,
): readonly RegionRole[] {
  // Boards repeat labels (a "Website" row in every map): each label is read once.
  const meanings = new Map<string, RegionRole | 'by-geometry'>();
  const first = regions.map((region) => ownRole(region, words, meanings));
  const phaseRects = regions
    .filter((_, index) => {
      const role = first[index];
      return typeof role === 'object' && role.kind === 'phase';
    })
    .map((region) => region.rect);
  return regions.map((region, index) => {
    const role = first[index] as RegionRole | 'by-geometry';
    if (role !== 'by-geometry') return role;
    const isMap = region.kind === 'frame' && phaseRects.some((rect) => contains(region.rect, rect));
    return isMap ? { kind: 'map', map: region.label } : { kind: 'touchpoint', touchpoint: region.label };
  });
}

// The role a region has on its own; map or touchpoint depends on the phase regions around it.
function ownRole(
  region: Region,
  words: TeamWords,
  meanings: Map<string, RegionRole | 'by-geometry'>,
): RegionRole | 'by-geometry' {
  const mark = region.mark;
  if (mark) {
    switch (mark.role) {
      case 'phase':
        return { kind: 'phase', phase: mark.phase };
      case 'zone':
        return { kind: 'sentiment', sentiment: mark.sentiment };
      case 'map':
        return { kind: 'map', map: region.label || mark.mapId };
      case 'row':
        return { kind: 'touchpoint', touchpoint: region.label || mark.touchpoint };
      case 'badge':
        return { kind: 'ignored' };
      default:
        return unreachable(mark);
    }
  }
  if (region.label === '') return IGNORED;
  let role = meanings.get(region.label);
  if (role === undefined) {
    role = roleOfLabel(region.label, words);
    meanings.set(region.label, role);
  }
  return role;
}

function roleOfLabel(label: string, words: TeamWords): RegionRole | 'by-geometry' {
  const meaning = labelMeaning(label, words);
  switch (meaning.kind) {
    case 'phase':
      return { kind: 'phase', phase: meaning.phase };
    case 'sentiment':
      return { kind: 'sentiment', sentiment: meaning.sentiment };
    case 'ignore':
      return IGNORED;
    case 'none':
      return 'by-geometry';
    default:
      return unreachable(meaning);
  }
}

const IGNORED: RegionRole = { kind: 'ignored' };

/** Each region's place in reading order (top edge, then left edge, exactly; then file order), by index into `regions`. */
export function readingRanks(regions: readonly Region[]): readonly number[] {
  const order = regions.map((_, index) => index);
  // Sorting is stable, so regions with the same edges keep their file order.
  order.sort((a, b) => compareReading(regions[a] as Region, regions[b] as Region));
  const ranks = new Array<number>(regions.length);
  order.forEach((regionIndex, rank) => {
    ranks[regionIndex] = rank;
  });
  return ranks;
}

function compareReading(a: Region, b: Region): number {
  return a.rect.top - b.rect.top || a.rect.left - b.rect.left;
}

interface Candidate {
  readonly region: Region;
  readonly role: RegionRole;
  readonly area: number;
  readonly rank: number;
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
  const colourMap = colours ?? coloursInForce(words);
  const roles = regionRoles(snapshot.regions, words);
  const ranks = readingRanks(snapshot.regions);
  const candidates: Candidate[] = [];
  snapshot.regions.forEach((region, index) => {
    const role = roles[index] as RegionRole;
    if (role.kind === 'ignored') return;
    candidates.push({ region, role, area: region.area, rank: ranks[index] as number });
  });
  const index = createRegionIndex(candidates.map((candidate) => candidate.region.rect));
  const tagSentiments = new Map<string, Sentiment | null>();
  const sentimentOfTag = (title: string): Sentiment | null => {
    let sentiment = tagSentiments.get(title);
    if (sentiment === undefined) {
      sentiment = tagSentiment(title, words);
      tagSentiments.set(title, sentiment);
    }
    return sentiment;
  };

  // What the regions containing a point make of it. Points inside many regions (notes piled on one
  // spot, shapes over each other) are read once per distinct point: the answer depends only on it.
  const crowded = new Map<number, Map<number, PointRegions>>();
  const regionsAt = (x: number, y: number): PointRegions => {
    const known = crowded.get(x)?.get(y);
    if (known) return known;
    const hits = index.containing(x, y);
    const found = pointRegions(hits, candidates);
    if (hits.length >= CROWDED) {
      const column = crowded.get(x) ?? new Map<number, PointRegions>();
      crowded.set(x, column);
      column.set(y, found);
    }
    return found;
  };

  // One pass over the regions containing each note; this loop runs 50,000 times on a big board.
  return snapshot.notes.map((note): Placement => {
    const { phaseRegion, phasesAmbiguous, touchpointRegion, touchpointTie, mapRegion, zone } = regionsAt(
      note.x,
      note.y,
    );
    const map = mapRegion ? labelOf(mapRegion.role) : null;
    // An ambiguous phase tells nothing below the map; a touchpoint tie names no touchpoint.
    const phaseKnown = phaseRegion !== undefined && !phasesAmbiguous;
    const known = (): KnownPlace => ({
      map,
      phase: phaseKnown && phaseRegion ? (phaseOf(phaseRegion) as Phase) : null,
      stage: phaseKnown && phaseRegion ? phaseRegion.region.label : null,
      touchpoint: phaseKnown && touchpointRegion && !touchpointTie ? labelOf(touchpointRegion.role) : null,
    });
    const give = (reason: UnassignedReason): Placement => ({
      kind: 'unassigned',
      note,
      reason,
      known: known(),
    });
    if (note.text === '') return give('empty');
    if (!phaseRegion) return give('no-phase');
    if (!phaseKnown) return give('ambiguous');
    if (!touchpointRegion) return give('no-touchpoint');
    if (touchpointTie) return give('ambiguous');
    const decided = decideSentiment({
      note,
      zone: zone && zone.role.kind === 'sentiment' ? zone.role.sentiment : null,
      colours: colourMap,
      tagSentiment: sentimentOfTag,
    });
    if (decided === null) return give('no-sentiment');
    return {
      kind: 'counted',
      note,
      map,
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
  });
}

// A point inside at least this many regions has its answer kept for the next note on it.
const CROWDED = 16;

/** The regions deciding a note at a point: the smallest phase, touchpoint, map and zone around it. */
interface PointRegions {
  readonly phaseRegion: Candidate | undefined;
  /** Phases of different kinds around the point, neither inside the other. */
  readonly phasesAmbiguous: boolean;
  readonly touchpointRegion: Candidate | undefined;
  /** Two smallest touchpoints of equal area and different labels. */
  readonly touchpointTie: boolean;
  readonly mapRegion: Candidate | undefined;
  readonly zone: Candidate | undefined;
}

function pointRegions(hits: readonly number[], candidates: readonly Candidate[]): PointRegions {
  let phaseRegion: Candidate | undefined;
  let phaseCount = 0;
  let touchpointRegion: Candidate | undefined;
  let touchpointTie = false;
  let mapRegion: Candidate | undefined;
  let zone: Candidate | undefined;
  for (const hit of hits) {
    const candidate = candidates[hit] as Candidate;
    switch (candidate.role.kind) {
      case 'phase':
        phaseCount++;
        if (smaller(candidate, phaseRegion)) phaseRegion = candidate;
        break;
      case 'touchpoint':
        if (!touchpointRegion || candidate.area < touchpointRegion.area) {
          touchpointTie = false;
          touchpointRegion = candidate;
        } else if (candidate.area === touchpointRegion.area) {
          // Equal smallest areas tie only when their labels differ.
          if (labelOf(candidate.role) !== labelOf(touchpointRegion.role)) touchpointTie = true;
          if (candidate.rank < touchpointRegion.rank) touchpointRegion = candidate;
        }
        break;
      case 'map':
        if (smaller(candidate, mapRegion)) mapRegion = candidate;
        break;
      case 'sentiment':
        if (smaller(candidate, zone)) zone = candidate;
        break;
      case 'ignored':
        break;
      default:
        unreachable(candidate.role);
    }
  }
  let phasesAmbiguous = false;
  if (phaseRegion && phaseCount > 1) {
    const phases = hits.map((hit) => candidates[hit] as Candidate).filter((hit) => hit.role.kind === 'phase');
    phasesAmbiguous = phasesOverlapAmbiguously(phases);
  }
  return { phaseRegion, phasesAmbiguous, touchpointRegion, touchpointTie, mapRegion, zone };
}

/** What the signals can read about one note: the note itself, the zone it lies in, the user's colour map. */
interface SignalInput {
  readonly note: Note;
  /** The sentiment of the smallest sentiment region the note is in, or null when it is in none. */
  readonly zone: Sentiment | null;
  readonly colours: ColourMap;
  /** The sentiment a tag title names (cached per board). */
  readonly tagSentiment: (title: string) => Sentiment | null;
}

/**
 * How each signal answers for a note, or null when it gives no answer; docs/scoring.md step 5.
 * Keyed by every `SentimentSignal`, so a new signal does not compile until it has its reader here.
 */
const SIGNAL_READERS: { readonly [S in SentimentSignal]: (input: SignalInput) => Sentiment | null } = {
  zone: (input) => input.zone,
  tag: ({ note, tagSentiment }) => (note.tags.length === 0 ? null : tagsSentiment(note.tags, tagSentiment)),
  marker: ({ note }) => markedSentiment(note.text),
  // Own keys only: a board colour named "constructor" must not reach Object.prototype.
  colour: ({ note, colours }) =>
    note.colour !== null && Object.hasOwn(colours, note.colour) ? (colours[note.colour] ?? null) : null,
};

interface Decided {
  readonly signal: SentimentSignal;
  readonly sentiment: Sentiment;
  readonly conflicts: readonly Conflict[];
}

// The signals in SENTIMENT_SIGNALS order: the first that answers decides; every later one that
// answers differently is a conflict, in signal order. Null when none answers.
function decideSentiment(input: SignalInput): Decided | null {
  let decided: { readonly signal: SentimentSignal; readonly sentiment: Sentiment } | null = null;
  let conflicts: Conflict[] | undefined;
  for (const signal of SENTIMENT_SIGNALS) {
    const sentiment = SIGNAL_READERS[signal](input);
    if (sentiment === null) continue;
    if (decided === null) {
      decided = { signal, sentiment };
    } else if (sentiment !== decided.sentiment) {
      conflicts ??= [];
      conflicts.push({ signal, sentiment });
    }
  }
  if (decided === null) return null;
  return { signal: decided.signal, sentiment: decided.sentiment, conflicts: conflicts ?? NO_CONFLICTS };
}

const NO_CONFLICTS: readonly Conflict[] = [];

// Tags naming two different sentiments give no answer; tags naming none are not counted against.
function tagsSentiment(
  tags: readonly string[],
  tagSentiment: (title: string) => Sentiment | null,
): Sentiment | null {
  let found: Sentiment | null = null;
  for (const tag of tags) {
    const sentiment = tagSentiment(tag);
    if (sentiment === null) continue;
    if (found !== null && found !== sentiment) return null;
    found = sentiment;
  }
  return found;
}

// Phases of different kinds containing the note, neither inside the other: the note cannot be placed.
function phasesOverlapAmbiguously(phases: readonly Candidate[]): boolean {
  // Phases nested one in the next (largest first) are never ambiguous: every pair is one inside
  // the other. Checking the chain is linear; only phases that are not a chain are paired up.
  const bySize = [...phases].sort((a, b) => b.area - a.area);
  let chain = true;
  for (let i = 1; i < bySize.length && chain; i++) {
    chain = contains((bySize[i - 1] as Candidate).region.rect, (bySize[i] as Candidate).region.rect);
  }
  if (chain) return false;
  for (let i = 0; i < phases.length; i++) {
    for (let j = i + 1; j < phases.length; j++) {
      const a = phases[i] as Candidate;
      const b = phases[j] as Candidate;
      if (phaseOf(a) === phaseOf(b)) continue;
      if (!contains(a.region.rect, b.region.rect) && !contains(b.region.rect, a.region.rect)) return true;
    }
  }
  return false;
}

// Smaller by area than the best so far; equal areas go to the first in reading order.
function smaller(candidate: Candidate, best: Candidate | undefined): boolean {
  return !best || candidate.area < best.area || (candidate.area === best.area && candidate.rank < best.rank);
}

function phaseOf(candidate: Candidate): Phase | null {
  return candidate.role.kind === 'phase' ? candidate.role.phase : null;
}

function labelOf(role: RegionRole): string {
  switch (role.kind) {
    case 'map':
      return role.map;
    case 'touchpoint':
      return role.touchpoint;
    case 'phase':
    case 'sentiment':
    case 'ignored':
      return '';
    default:
      return unreachable(role);
  }
}

/** Whether rectangle `outer` contains the whole of `inner`, edges included. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.left <= inner.left &&
    outer.top <= inner.top &&
    outer.right >= inner.right &&
    outer.bottom >= inner.bottom
  );
}
