import { describe, expect, it } from 'vitest';
import { largestPhaseTotal, phaseTotalsByMap } from '../../src/core/phase-totals.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { templateItems, templatePlan } from '../fixtures/csv/template-board.ts';
import { twoMaps } from '../fixtures/csv/two-maps.ts';

describe('phase totals per map', () => {
  it("gives each persona's map its own totals, which add up to the board's", () => {
    const tally = tallyBoard(readBoard(twoMaps().items));
    const totals = phaseTotalsByMap(tally);
    expect(totals.map((entry) => entry.map)).toEqual(['Anna', 'Boris']);
    const [anna, boris] = totals;
    expect(anna?.phases).toEqual({
      before: { positive: 2, neutral: 0, negative: 0 },
      during: { positive: 0, neutral: 0, negative: 1 },
      after: { positive: 0, neutral: 0, negative: 0 },
    });
    expect(boris?.phases).toEqual({
      before: { positive: 0, neutral: 0, negative: 0 },
      during: { positive: 0, neutral: 0, negative: 2 },
      after: { positive: 0, neutral: 1, negative: 0 },
    });
    // Together they are the board's phase totals, which added both maps up.
    expect(tally.phaseTotals.during).toEqual({ positive: 0, neutral: 0, negative: 3 });
    // The bars of both maps share one scale: the largest phase of either.
    expect(largestPhaseTotal(totals)).toBe(2);
  });

  it('gives a one-map board one entry, equal to the board totals, and an empty board a scale of 1', () => {
    const tally = tallyBoard(readBoard(templateItems(templatePlan())));
    expect(phaseTotalsByMap(tally)).toEqual([]);
    expect(largestPhaseTotal(phaseTotalsByMap(tally))).toBe(1);
    const { items } = twoMaps();
    const annaOnly = tallyBoard(readBoard(items.filter((item) => !String(item.id).startsWith('b'))));
    expect(phaseTotalsByMap(annaOnly)).toEqual([{ map: 'Anna', phases: annaOnly.phaseTotals }]);
  });
});
