// docs/scoring.md "Classifying a sticky note": the regions deciding a note at a point are the
// smallest phase, touchpoint, map and zone around it. Each kind is indexed smallest first, so a
// look-up stops at the first region containing the point however many larger ones lie around it
// (400 phases nested around the notes, 5,000 shapes over each other). Whether the phases around a
// point overlap ambiguously is read from the places where two such phases overlap, worked out once.
import type { Phase, Rect } from './model.ts';
import { createRegionIndex, type RegionIndex } from './region-index.ts';
import { contains, labelOf, type RegionRole } from './region-roles.ts';
import type { Region } from './snapshot.ts';

/** A region that plays a part in scoring, with its role, area and place in reading order. */
export interface Candidate {
  readonly region: Region;
  readonly role: RegionRole;
  readonly area: number;
  readonly rank: number;
}

/** The regions deciding a note at a point. */
export interface PointRegions {
  readonly phaseRegion: Candidate | undefined;
  /** Phases of different kinds around the point, neither inside the other. */
  readonly phasesAmbiguous: boolean;
  readonly touchpointRegion: Candidate | undefined;
  /** Two smallest touchpoints of equal area and different labels. */
  readonly touchpointTie: boolean;
  readonly mapRegion: Candidate | undefined;
  readonly zone: Candidate | undefined;
}

// Beyond this many phases, pairs of them are not worked out in advance: each point compares the
// phases around it instead.
const MAX_PAIRED_PHASES = 2000;

/**
 * The look-up of the regions deciding a note at any point, over a board's candidates. It answers
 * every point with the same object, rewritten by the next call (it runs once per note, and a
 * board's notes are most of what a scoring makes): read the answer before asking again.
 */
export function createRegionLookup(candidates: readonly Candidate[]): (x: number, y: number) => PointRegions {
  const phases = bySize(candidates, 'phase');
  const touchpoints = bySize(candidates, 'touchpoint');
  const maps = bySize(candidates, 'map');
  const zones = bySize(candidates, 'sentiment');
  const overlaps = phases.list.length <= MAX_PAIRED_PHASES ? ambiguousOverlaps(phases.list) : null;
  const overlapIndex = overlaps ? createRegionIndex(overlaps) : null;
  const mixedLabels = equalAreaRunsWithMixedLabels(touchpoints.list);

  const answer: { -readonly [Key in keyof PointRegions]: PointRegions[Key] } = {
    phaseRegion: undefined,
    phasesAmbiguous: false,
    touchpointRegion: undefined,
    touchpointTie: false,
    mapRegion: undefined,
    zone: undefined,
  };
  return (x, y) => {
    const phase = phases.index.first(x, y);
    const touchpoint = touchpoints.index.first(x, y);
    let phasesAmbiguous = false;
    if (phase >= 0) {
      phasesAmbiguous = overlapIndex
        ? overlapIndex.first(x, y) >= 0
        : phasesOverlapAmbiguously(phases.index.containing(x, y).map((hit) => phases.list[hit] as Candidate));
    }
    const touchpointRegion = touchpoints.list[touchpoint];
    answer.phaseRegion = phases.list[phase];
    answer.phasesAmbiguous = phasesAmbiguous;
    answer.touchpointRegion = touchpointRegion;
    answer.touchpointTie =
      touchpointRegion !== undefined &&
      mixedLabels[touchpoint] === true &&
      tiesAt(touchpoints, touchpoint, x, y);
    answer.mapRegion = maps.list[maps.index.first(x, y)];
    answer.zone = zones.list[zones.index.first(x, y)];
    return answer;
  };
}

interface KindIndex {
  /** Smallest first; equal areas in reading order. */
  readonly list: readonly Candidate[];
  readonly index: RegionIndex;
}

function bySize(candidates: readonly Candidate[], kind: RegionRole['kind']): KindIndex {
  const list = candidates
    .filter((candidate) => candidate.role.kind === kind)
    // Areas may be infinite (huge sizes multiplied): compared, not subtracted.
    .sort((a, b) => (a.area < b.area ? -1 : a.area > b.area ? 1 : a.rank - b.rank));
  return { list, index: createRegionIndex(list.map((candidate) => candidate.region.rect)) };
}

// Equal smallest areas tie only when their labels differ: for each touchpoint, whether another of
// its area has another label (touchpoints of one area are next to each other, smallest first).
function equalAreaRunsWithMixedLabels(touchpoints: readonly Candidate[]): readonly boolean[] {
  const mixed = new Array<boolean>(touchpoints.length).fill(false);
  let start = 0;
  while (start < touchpoints.length) {
    const first = touchpoints[start] as Candidate;
    let end = start + 1;
    let labels = false;
    while (end < touchpoints.length && (touchpoints[end] as Candidate).area === first.area) {
      if (labelOf((touchpoints[end] as Candidate).role) !== labelOf(first.role)) labels = true;
      end++;
    }
    mixed.fill(labels, start, end);
    start = end;
  }
  return mixed;
}

// Whether a touchpoint of the same area as the smallest one at the point, but another label,
// contains the point too: the touchpoints containing it are visited in order, from the smallest.
function tiesAt(touchpoints: KindIndex, smallest: number, x: number, y: number): boolean {
  const found = touchpoints.list[smallest] as Candidate;
  const label = labelOf(found.role);
  for (let next = touchpoints.index.first(x, y, smallest + 1); next >= 0; ) {
    const other = touchpoints.list[next] as Candidate;
    if (other.area !== found.area) return false;
    if (labelOf(other.role) !== label) return true;
    next = touchpoints.index.first(x, y, next + 1);
  }
  return false;
}

// Where two phases of different kinds overlap with neither inside the other: a note there is
// ambiguous, and only there.
function ambiguousOverlaps(phases: readonly Candidate[]): Rect[] {
  const overlaps: Rect[] = [];
  for (let i = 0; i < phases.length; i++) {
    const a = phases[i] as Candidate;
    for (let j = i + 1; j < phases.length; j++) {
      const b = phases[j] as Candidate;
      if (phaseOf(a) === phaseOf(b)) continue;
      if (contains(a.region.rect, b.region.rect) || contains(b.region.rect, a.region.rect)) continue;
      const overlap: Rect = {
        left: Math.max(a.region.rect.left, b.region.rect.left),
        top: Math.max(a.region.rect.top, b.region.rect.top),
        right: Math.min(a.region.rect.right, b.region.rect.right),
        bottom: Math.min(a.region.rect.bottom, b.region.rect.bottom),
      };
      if (overlap.left <= overlap.right && overlap.top <= overlap.bottom) overlaps.push(overlap);
    }
  }
  return overlaps;
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

/** The phase a candidate's role names, or null for other roles. */
export function phaseOf(candidate: Candidate): Phase | null {
  return candidate.role.kind === 'phase' ? candidate.role.phase : null;
}
