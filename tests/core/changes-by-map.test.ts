import { describe, expect, it } from 'vitest';
import { changesByMap } from '../../src/core/changes-by-map.ts';
import { savedScoringOf } from '../../src/core/saved-scores.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { noteIn, rowOf } from '../fixtures/csv/template-board.ts';
import { twoMaps } from '../fixtures/csv/two-maps.ts';

describe('changes since the last save, per map', () => {
  const { anna, boris, items } = twoMaps();
  const saved = savedScoringOf(tallyBoard(readBoard(items)), 1_000);

  it('lists only the rows that changed, under the map they are in', () => {
    const now = tallyBoard(
      readBoard([...items, noteIn(rowOf(boris, 'after', 'Delivery'), 'negative', 'late', 0)]),
    );
    const changes = changesByMap(now, saved);
    expect(changes.map(({ map, rows }) => [map, rows.map((row) => [row.phase, row.touchpoint])])).toEqual([
      ['Boris', [['after', 'Delivery']]],
    ]);
    expect(changes[0]?.rows[0]?.change).toMatchObject({ net: -1, negative: 1 });
  });

  it('keeps the maps apart when the same touchpoint changes in both', () => {
    const now = tallyBoard(
      readBoard([
        ...items,
        noteIn(rowOf(anna, 'during', 'Website'), 'positive', 'fast', 0),
        noteIn(rowOf(boris, 'during', 'Website'), 'positive', 'fast', 0),
        noteIn(rowOf(boris, 'during', 'Website'), 'positive', 'easy', 1),
      ]),
    );
    const changes = changesByMap(now, saved);
    expect(
      changes.map(({ map, rows }) => [map, rows.map((row) => [row.touchpoint, row.change.net])]),
    ).toEqual([
      ['Anna', [['Website', 1]]],
      ['Boris', [['Website', 2]]],
    ]);
  });

  it('lists nothing when no net score or negative count moved', () => {
    const now = tallyBoard(
      readBoard([...items, noteIn(rowOf(anna, 'before', 'Website'), 'neutral', 'ok', 0)]),
    );
    expect(changesByMap(now, saved)).toEqual([]);
  });
});
