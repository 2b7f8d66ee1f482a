// docs/scoring.md "Regions": which part each frame or shape plays in scoring. The app's own
// template marks decide a region's role before its label does; a board without marks is read from
// labels (the team's words first, then the built-in ones) and geometry alone.
import { labelMeaning } from './labels.ts';
import type { Phase, Rect, Sentiment } from './model.ts';
import type { Region } from './snapshot.ts';
import { NO_TEAM_WORDS, type TeamWords } from './team-words.ts';
import { unreachable } from './unreachable.ts';
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

/** The map's or touchpoint's name a role gives; empty for the other roles. */
export function labelOf(role: RegionRole): string {
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
