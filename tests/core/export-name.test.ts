import { describe, expect, it } from 'vitest';
import { exportName } from '../../src/core/export-name.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { noteAt, noteIn, rowOf, templateItems, templatePlan } from '../fixtures/csv/template-board.ts';
import { twoMaps } from '../fixtures/csv/two-maps.ts';

describe('the name of exported files', () => {
  it("is the map's name on a board of one map", () => {
    const plan = templatePlan();
    const board = [...templateItems(plan), noteIn(rowOf(plan, 'before', 'Website'), 'positive')];
    expect(exportName(tallyBoard(readBoard(board)))).toBe('Anna');
  });

  it('is left to the CSV module on a board of several maps, or of none', () => {
    expect(exportName(tallyBoard(readBoard(twoMaps().items)))).toBe('');
    expect(exportName(tallyBoard(readBoard([noteAt('lonely', 0, 0)])))).toBe('');
  });
});
