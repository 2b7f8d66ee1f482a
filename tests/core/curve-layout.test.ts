import { describe, expect, it } from 'vitest';
import {
  CURVE_GAP,
  CURVE_LINE_HEIGHT,
  CURVE_PLOT_HEIGHT,
  type CurvePart,
  curveLayout,
} from '../../src/core/curve-layout.ts';
import { emotionCurves } from '../../src/core/emotion-curve.ts';
import type { Rect } from '../../src/core/model.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { ZONE_COLOURS } from '../../src/core/template-layout.ts';
import { frame, type Item, note, shape } from '../fixtures/boards/board-items.ts';

// A map of three stages with nets +2, −1, −2, and a second map right below it.
function journey(): Item[] {
  return [
    frame('Persona A', 0, 0, 3000, 1000),
    frame('Awareness', 0, 0, 1000, 1000),
    frame('Purchase', 1000, 0, 1000, 1000),
    frame('Retention', 2000, 0, 1000, 1000),
    shape('Website', 0, 0, 3000, 1000),
    note('+', 100, 100),
    note('+ good', 300, 100),
    note('-', 1100, 100),
    note('-', 2100, 100),
    note('- bad', 2300, 100),
  ];
}

function layout(items: Item[]) {
  const snapshot = readBoard(items);
  return curveLayout(emotionCurves(tallyBoard(snapshot)), snapshot, (map) => `Curve: ${map ?? '—'}`);
}

const points = (parts: readonly CurvePart[]) => parts.filter((part) => part.role === 'point');
const ofRole = (parts: readonly CurvePart[], role: CurvePart['role']) =>
  parts.filter((part) => part.role === role);

function rectOf(part: CurvePart): Rect {
  const height = part.kind === 'shape' ? part.height : part.lines.length * CURVE_LINE_HEIGHT;
  return {
    left: part.x - part.width / 2,
    right: part.x + part.width / 2,
    top: part.y - height / 2,
    bottom: part.y + height / 2,
  };
}

describe('curveLayout', () => {
  it('puts a point per stage under the map, left to right in journey order, higher for a better net', () => {
    const [parts = []] = layout(journey());
    const shown = points(parts);
    expect(shown).toHaveLength(3);
    expect(shown.map((point) => point.x)).toEqual([500, 1500, 2500]);
    const [awareness, purchase, retention] = shown.map((point) => point.y);
    expect(awareness).toBeLessThan(purchase as number);
    expect(purchase).toBeLessThan(retention as number);
    const axis = ofRole(parts, 'axis')[0];
    expect(axis).toMatchObject({ x: 1500, width: 3000 });
    // The best stage reaches the top of the band, the worst the bottom, the zero line between.
    expect((awareness as number) < (axis?.y as number)).toBe(true);
    expect((retention as number) - (awareness as number)).toBeLessThanOrEqual(CURVE_PLOT_HEIGHT);
    for (const part of parts) expect(rectOf(part).top).toBeGreaterThanOrEqual(1000 + CURVE_GAP);
    expect(shown.map((point) => point.kind === 'shape' && point.fill)).toEqual([
      ZONE_COLOURS.positive.ink,
      ZONE_COLOURS.negative.ink,
      ZONE_COLOURS.negative.ink,
    ]);
  });

  it('joins neighbouring points with a line from one centre to the next', () => {
    const [parts = []] = layout(journey());
    const shown = points(parts);
    const lines = ofRole(parts, 'line');
    expect(lines).toHaveLength(2);
    lines.forEach((line, index) => {
      const from = shown[index] as CurvePart;
      const to = shown[index + 1] as CurvePart;
      if (line.kind !== 'shape') throw new Error('a line is a shape');
      const angle = (line.rotation * Math.PI) / 180;
      expect(line.x - (Math.cos(angle) * line.width) / 2).toBeCloseTo(from.x);
      expect(line.y - (Math.sin(angle) * line.width) / 2).toBeCloseTo(from.y);
      expect(line.x + (Math.cos(angle) * line.width) / 2).toBeCloseTo(to.x);
      expect(line.y + (Math.sin(angle) * line.width) / 2).toBeCloseTo(to.y);
    });
  });

  it('labels each stage with its name and net score, and titles the curve with its map', () => {
    const [parts = []] = layout(journey());
    expect(ofRole(parts, 'label').map((part) => part.kind === 'text' && part.lines)).toEqual([
      ['Awareness', '+2'],
      ['Purchase', '−1'],
      ['Retention', '−2'],
    ]);
    expect(ofRole(parts, 'title').map((part) => part.kind === 'text' && part.lines)).toEqual([
      ['Curve: Persona A'],
    ]);
  });

  it('keeps each curve clear of the board and of the other curves: the first map’s goes below a map under it', () => {
    const items = [
      ...journey(),
      frame('Persona B', 0, 1200, 3000, 1000),
      frame('Before purchase', 0, 1200, 3000, 1000),
      shape('Store', 0, 1200, 3000, 1000),
      note('-', 100, 1300),
    ];
    const snapshot = readBoard(items);
    const curves = curveLayout(emotionCurves(tallyBoard(snapshot)), snapshot, () => 'Curve');
    expect(curves).toHaveLength(2);
    const boxes = curves.map((parts) => parts.map(rectOf));
    const everything = snapshot.regions.map((region) => region.rect);
    for (const rects of boxes)
      for (const rect of rects)
        for (const other of everything)
          expect(rect.top >= other.bottom || rect.bottom <= other.top).toBe(true);
    const [first = [], second = []] = boxes;
    const bottomOfFirst = Math.max(...first.map((rect) => rect.bottom));
    expect(Math.min(...second.map((rect) => rect.top))).toBeGreaterThanOrEqual(bottomOfFirst);
  });

  it('gives the same parts for the same board', () => {
    expect(layout(journey())).toEqual(layout(journey()));
  });

  it('draws a level curve on the zero line when every stage nets zero', () => {
    const [parts = []] = layout([
      frame('Persona A', 0, 0, 2000, 1000),
      frame('Awareness', 0, 0, 1000, 1000),
      frame('Purchase', 1000, 0, 1000, 1000),
      shape('Website', 0, 0, 2000, 1000),
      note('=', 100, 100),
      note('=', 1100, 100),
    ]);
    const axis = ofRole(parts, 'axis')[0] as CurvePart;
    expect(points(parts).map((point) => point.y)).toEqual([axis.y, axis.y]);
    expect(ofRole(parts, 'line')[0]).toMatchObject({ rotation: 0, width: 1000 });
  });
});
