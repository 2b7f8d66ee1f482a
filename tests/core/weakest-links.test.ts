import { describe, expect, it } from 'vitest';
import { planBadges, WEAKEST_MARKED } from '../../src/core/board-badges.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { badgeSlot, layoutTemplate } from '../../src/core/template-layout.ts';
import { shownWeakest, WEAKEST_SHOWN } from '../../src/core/weakest-links.ts';
import { noteIn, templateItems } from '../fixtures/csv/template-board.ts';

describe('weakest links shown and marked', () => {
  // Seven touchpoints after purchase, the n-th with n negative notes: seven weakest links.
  const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
  const layout = layoutTemplate({
    mapId: 'map1',
    name: 'Anna',
    language: 'en',
    origin: { x: 0, y: 0 },
    touchpoints: names.map((name) => ({ name, type: 'digital' as const, phases: ['after' as const] })),
  });
  if (!layout.ok) throw new Error('the template should lay out');
  const { plan } = layout;
  const notes = plan.rows.flatMap((row, index) =>
    Array.from({ length: index + 1 }, (_, n) => noteIn(row, 'negative', `bad ${n}`, n)),
  );
  const snapshot = readBoard([...templateItems(plan), ...notes]);
  const tally = tallyBoard(snapshot);

  it('lists the five weakest in the panel, weakest first', () => {
    expect(tally.weakest).toHaveLength(7);
    expect(shownWeakest(tally).map((row) => row.touchpoint)).toEqual(['G', 'F', 'E', 'D', 'C']);
    expect(WEAKEST_SHOWN).toBe(5);
  });

  it('marks on the board the top three of the panel list, and no other', () => {
    const badges = planBadges(snapshot, tally, [], badgeSlot, 'en');
    if (badges.kind !== 'badges') throw new Error('a template board gets badges');
    const marked = badges.create
      .filter((spec) => spec.text.includes('⚠'))
      .map((spec) => spec.mark.touchpoint)
      .sort();
    expect(marked).toHaveLength(WEAKEST_MARKED);
    expect(marked).toEqual(
      shownWeakest(tally)
        .slice(0, WEAKEST_MARKED)
        .map((row) => row.touchpoint)
        .sort(),
    );
  });
});
