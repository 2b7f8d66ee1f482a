// The look-up of the regions deciding a note answers what reading every region around the point
// answers (docs/scoring.md "Classifying a sticky note"), on boards with nested, overlapping and
// equal regions of every kind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Phase, Rect } from '../../src/core/model.ts';
import { type Candidate, createRegionLookup, type PointRegions } from '../../src/core/region-lookup.ts';
import type { RegionRole } from '../../src/core/region-roles.ts';

const inside = (r: Rect, x: number, y: number): boolean =>
  x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
const within = (outer: Rect, inner: Rect): boolean =>
  outer.left <= inner.left &&
  outer.top <= inner.top &&
  outer.right >= inner.right &&
  outer.bottom >= inner.bottom;
const label = (role: RegionRole): string =>
  role.kind === 'touchpoint' ? role.touchpoint : role.kind === 'map' ? role.map : '';

// The rule as docs/scoring.md states it, region by region.
function expected(candidates: readonly Candidate[], x: number, y: number): PointRegions {
  const around = candidates.filter((candidate) => inside(candidate.region.rect, x, y));
  const smallest = (kind: RegionRole['kind']): Candidate | undefined =>
    around
      .filter((candidate) => candidate.role.kind === kind)
      .sort((a, b) => (a.area < b.area ? -1 : a.area > b.area ? 1 : a.rank - b.rank))[0];
  const phases = around.filter((candidate) => candidate.role.kind === 'phase');
  const phaseOf = (candidate: Candidate): Phase | null =>
    candidate.role.kind === 'phase' ? candidate.role.phase : null;
  const touchpointRegion = smallest('touchpoint');
  return {
    phaseRegion: smallest('phase'),
    phasesAmbiguous: phases.some((a) =>
      phases.some(
        (b) =>
          phaseOf(a) !== phaseOf(b) &&
          !within(a.region.rect, b.region.rect) &&
          !within(b.region.rect, a.region.rect),
      ),
    ),
    touchpointRegion,
    touchpointTie:
      touchpointRegion !== undefined &&
      around.some(
        (other) =>
          other.role.kind === 'touchpoint' &&
          other.area === touchpointRegion.area &&
          label(other.role) !== label(touchpointRegion.role),
      ),
    mapRegion: smallest('map'),
    zone: smallest('sentiment'),
  };
}

const ROLES: readonly RegionRole[] = [
  { kind: 'phase', phase: 'before' },
  { kind: 'phase', phase: 'during' },
  { kind: 'phase', phase: 'after' },
  { kind: 'touchpoint', touchpoint: 'Website' },
  { kind: 'touchpoint', touchpoint: 'Store' },
  { kind: 'map', map: 'Persona' },
  { kind: 'sentiment', sentiment: 'negative' },
];

// Small integer edges, so that regions share edges, nest, cross and have equal areas.
const arbRegion = fc
  .tuple(
    fc.integer({ min: 0, max: 8 }),
    fc.integer({ min: 0, max: 8 }),
    fc.integer({ min: 1, max: 8 }),
    fc.integer({ min: 1, max: 8 }),
    fc.constantFrom(...ROLES),
  )
  .map(([left, top, width, height, role]) => ({
    rect: { left, top, right: left + width, bottom: top + height },
    area: width * height,
    role,
  }));

describe('createRegionLookup', () => {
  it('answers what reading every region around the point answers', () => {
    fc.assert(
      fc.property(fc.array(arbRegion, { maxLength: 40 }), (regions) => {
        const candidates: Candidate[] = regions.map(({ rect, area, role }, rank) => ({
          region: { id: `r${rank}`, kind: 'frame', label: label(role), rect, area, mark: null },
          role,
          area,
          rank,
        }));
        const regionsAt = createRegionLookup(candidates);
        for (let x = -0.5; x <= 16.5; x += 0.5) {
          for (let y = -0.5; y <= 16.5; y += 0.5) {
            expect(regionsAt(x, y)).toEqual(expected(candidates, x, y));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  // Past 2,000 phases the overlaps of pairs of phases are not worked out in advance: each point
  // compares the phases around it, and must answer the same.
  const far: Candidate[] = Array.from({ length: 2000 }, (_, index) => {
    const rect = { left: 100 + index * 2, top: 100, right: 101 + index * 2, bottom: 101 };
    return {
      region: { id: `far${index}`, kind: 'frame', label: 'Before', rect, area: 1, mark: null },
      role: { kind: 'phase', phase: 'before' },
      area: 1,
      rank: 1000 + index,
    };
  });
  const phase = (id: string, phaseName: Phase, rect: Rect, rank: number): Candidate => {
    const area = (rect.right - rect.left) * (rect.bottom - rect.top);
    return {
      region: { id, kind: 'frame', label: id, rect, area, mark: null },
      role: { kind: 'phase', phase: phaseName },
      area,
      rank,
    };
  };

  it('answers the same on a board with more phases than it pairs in advance', () => {
    fc.assert(
      fc.property(fc.array(arbRegion, { maxLength: 12 }), (regions) => {
        const candidates: Candidate[] = regions.map(({ rect, area, role }, rank) => ({
          region: { id: `r${rank}`, kind: 'frame', label: label(role), rect, area, mark: null },
          role,
          area,
          rank,
        }));
        const regionsAt = createRegionLookup([...candidates, ...far]);
        for (let x = -0.5; x <= 16.5; x += 0.5) {
          for (let y = -0.5; y <= 16.5; y += 0.5) {
            expect(regionsAt(x, y)).toEqual(expected(candidates, x, y));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('finds no ambiguity there where two crossing phases of one kind lie inside a phase of another', () => {
    // "During" B and C cross; both lie inside "Before" A: no two phases of different kinds cross.
    const a = phase('A', 'before', { left: 0, top: 0, right: 10, bottom: 10 }, 0);
    const b = phase('B', 'during', { left: 1, top: 1, right: 6, bottom: 6 }, 1);
    const c = phase('C', 'during', { left: 4, top: 4, right: 9, bottom: 9 }, 2);
    const regionsAt = createRegionLookup([a, b, c, ...far]);
    expect(regionsAt(5, 5)).toMatchObject({ phaseRegion: b, phasesAmbiguous: false });
    // An "After" D crossing B is ambiguous where they overlap, and only there.
    const d = phase('D', 'after', { left: 3, top: 0, right: 5, bottom: 3 }, 3);
    const withD = createRegionLookup([a, b, c, d, ...far]);
    expect(withD(4, 2)).toMatchObject({ phasesAmbiguous: true });
    expect(withD(4, 0.5)).toMatchObject({ phaseRegion: d, phasesAmbiguous: false });
    expect(withD(5, 5)).toMatchObject({ phaseRegion: b, phasesAmbiguous: false });
  });

  it('finds nothing at a point without a position', () => {
    const region = {
      id: 'p',
      kind: 'frame' as const,
      label: 'Before',
      rect: { left: 0, top: 0, right: 1, bottom: 1 },
      area: 1,
      mark: null,
    };
    const regionsAt = createRegionLookup([
      { region, role: { kind: 'phase', phase: 'before' }, area: 1, rank: 0 },
    ]);
    expect(regionsAt(Number.NaN, 0).phaseRegion).toBeUndefined();
  });
});
