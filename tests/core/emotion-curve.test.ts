import { describe, expect, it } from 'vitest';
import { emotionCurves } from '../../src/core/emotion-curve.ts';
import { frame, note, shape, tallyOf } from '../fixtures/boards/board-items.ts';

describe('emotionCurves', () => {
  it('gives each map the net score of its stages in journey order, and of its phases', () => {
    const mapA = frame('Persona A', 0, 0, 3000, 1000);
    const mapB = frame('Persona B', 0, 2000, 3000, 1000);
    const items = [
      mapA,
      mapB,
      frame('Awareness', 0, 0, 1000, 1000),
      frame('Purchase', 1000, 0, 1000, 1000),
      frame('Retention', 2000, 0, 1000, 1000),
      shape('Website', 0, 0, 3000, 500),
      shape('Store', 0, 500, 3000, 500),
      note('+', 100, 100),
      note('+', 100, 600),
      note('-', 1100, 100),
      note('-', 2100, 100),
      note('-', 2100, 600),
      note('=', 2500, 600),
      frame('Before purchase', 0, 2000, 1000, 1000),
      shape('Website', 0, 2000, 1000, 1000),
      note('-', 100, 2100),
    ];
    const curves = emotionCurves(tallyOf(items));
    expect(curves.map((curve) => curve.map)).toEqual(['Persona A', 'Persona B']);
    expect(curves[0]?.stages.map((point) => [point.phase, point.stage, point.net])).toEqual([
      ['before', 'Awareness', 2],
      ['during', 'Purchase', -1],
      ['after', 'Retention', -2],
    ]);
    expect(curves[0]?.stages[2]).toMatchObject({ positive: 0, neutral: 1, negative: 2 });
    expect(curves[0]?.phases.map((point) => [point.phase, point.net])).toEqual([
      ['before', 2],
      ['during', -1],
      ['after', -2],
    ]);
    expect(curves[1]?.stages.map((point) => [point.stage, point.net])).toEqual([['Before purchase', -1]]);
    expect(curves[1]?.phases.map((point) => point.phase)).toEqual(['before']);
  });
});
