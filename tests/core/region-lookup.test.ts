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
