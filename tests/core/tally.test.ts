import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreJson } from '../../src/core/score-report.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import {
  compareWeakness,
  conflictedPlacements,
  type TallyRow,
  tallyBoard,
  unassignedByReason,
} from '../../src/core/tally.ts';
import { frame, type Item, idOf, note, scoreOf, shape, tallyOf } from '../fixtures/boards/board-items.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/boards/${name}`, import.meta.url), 'utf8'));

describe('tallyBoard on the fixture boards', () => {
  it('scores the English Web SDK board (form 1)', () => {
    const map = 'Persona: Anna & kids';
    expect(scoreJson(tallyBoard(readBoard(fixture('en-web-sdk.json'))))).toEqual({
      notes: 11,
      rows: [
        {
          map,
          phase: 'before',
          stage: '1. Before purchase',
          touchpoint: 'Website',
          positive: 1,
          neutral: 0,
          negative: 1,
        },
        {
          map,
          phase: 'before',
          stage: '1. Before purchase',
          touchpoint: 'Store',
          positive: 0,
          neutral: 1,
          negative: 1,
        },
        {
          map,
          phase: 'during',
          stage: '2) During purchase',
          touchpoint: 'Website',
          positive: 1,
          neutral: 0,
          negative: 0,
        },
        {
          map,
          phase: 'during',
          stage: '2) During purchase',
          touchpoint: 'Store',
          positive: 0,
          neutral: 0,
          negative: 1,
        },
        {
          map,
          phase: 'after',
          stage: '3. After purchase',
          touchpoint: 'Store',
          positive: 1,
          neutral: 0,
          negative: 0,
        },
      ],
      unassigned: [
        { id: '3458764564249021006', reason: 'empty' },
        { id: '3458764564249021007', reason: 'no-touchpoint' },
        { id: '3458764564249021008', reason: 'no-phase' },
        { id: '3458764564249021009', reason: 'no-sentiment' },
      ],
    });
  });

  it('scores the Russian REST board (form 2, pages, nested frames, strings for numbers)', () => {
    expect(scoreJson(tallyBoard(readBoard(fixture('ru-rest-pages.json'))))).toEqual({
      notes: 7,
      rows: [
        {
          map: null,
          phase: 'before',
          stage: 'До покупки',
          touchpoint: 'Сайт',
          positive: 1,
          neutral: 0,
          negative: 1,
        },
        {
          map: null,
          phase: 'during',
          stage: 'Покупка',
          touchpoint: 'Сайт',
          positive: 0,
          neutral: 0,
          negative: 1,
        },
        {
          map: null,
          phase: 'during',
          stage: 'Покупка',
          touchpoint: 'Магазин',
          positive: 1,
          neutral: 0,
          negative: 0,
        },
      ],
      unassigned: [
        { id: '204', reason: 'no-sentiment' },
        { id: '205', reason: 'no-touchpoint' },
        { id: '206', reason: 'no-touchpoint' },
      ],
    });
  });

  it('scores the Polish { items, tags } board (form 3)', () => {
    const tally = tallyBoard(readBoard(fixture('pl-items-and-tags.json')));
    expect(scoreJson(tally)).toEqual({
      notes: 7,
      rows: [
        {
          map: null,
          phase: 'before',
          stage: 'Przed zakupem',
          touchpoint: 'Sklep',
          positive: 1,
          neutral: 0,
          negative: 1,
        },
        {
          map: null,
          phase: 'during',
          stage: 'W trakcie zakupu',
          touchpoint: 'Sklep',
          positive: 1,
          neutral: 0,
          negative: 1,
        },
        {
          map: null,
          phase: 'after',
          stage: 'Po zakupie',
          touchpoint: 'Aplikacja mobilna',
          positive: 1,
          neutral: 0,
          negative: 1,
        },
      ],
      unassigned: [{ id: 'n7', reason: 'no-sentiment' }],
    });
    const n5 = tally.placements.find((placement) => placement.note.id === 'n5');
    expect(n5).toMatchObject({
      signal: 'zone',
      conflicts: [
        { signal: 'tag', sentiment: 'negative' },
        { signal: 'colour', sentiment: 'negative' },
      ],
    });
  });
});

describe('tallyBoard: row order', () => {
  const before = frame('Before', 0, 0, 1000, 2000);
  const during = frame('During', 1000, 0, 1000, 2000);
  const touchpoints = (items: Item[]) => tallyOf(items).rows.map((row) => `${row.phase}:${row.touchpoint}`);

  it('orders touchpoints by exact top edge, then left edge, with no tolerance', () => {
    const items = [
      before,
      shape('Lower by a hair', 0, 100.001, 200, 100),
      shape('Right', 500, 100, 200, 100),
      shape('Left', 250, 100, 200, 100),
      note('+', 50, 150.5),
      note('+', 550, 150),
      note('+', 300, 150),
    ];
    expect(touchpoints(items)).toEqual(['before:Left', 'before:Right', 'before:Lower by a hair']);
  });

  it('orders phases before, during, after within a map whatever their position', () => {
    const after = frame('After', -1000, 0, 1000, 2000);
    const row = shape('Website', -1000, 0, 3000, 100);
    expect(
      touchpoints([after, during, before, row, note('+', -500, 50), note('+', 1500, 50), note('+', 500, 50)]),
    ).toEqual(['before:Website', 'during:Website', 'after:Website']);
  });

  it('merges notes of one label, map and phase from different regions into one row at its first counting region', () => {
    const unusedFirst = shape('Store', 0, 0, 200, 100);
    const website = shape('Website', 0, 200, 200, 100);
    const storeA = shape('Store', 0, 400, 200, 100);
    const storeB = shape('Store', 500, 400, 200, 100);
    const items = [
      before,
      unusedFirst,
      website,
      storeA,
      storeB,
      note('+', 50, 250),
      note('-', 550, 450),
      note('+', 50, 450),
    ];
    const rows = tallyOf(items).rows;
    expect(rows.map((row) => [row.touchpoint, row.positive, row.negative])).toEqual([
      ['Website', 1, 0],
      ['Store', 1, 1],
    ]);
    expect(rows[1]?.regionId).toBe(idOf(storeA));
    // Once the first Store region counts a note, the merged row moves up to its place.
    expect(touchpoints([...items, note('+', 50, 50)])).toEqual(['before:Store', 'before:Website']);
  });

  it('keeps a merged row at its first region in reading order when a later region counts a note after it', () => {
    const websiteA = shape('Website', 0, 0, 200, 100);
    const store = shape('Store', 0, 200, 200, 100);
    const websiteB = shape('Website', 0, 400, 200, 100);
    const items = [
      before,
      websiteA,
      store,
      websiteB,
      note('+', 50, 50),
      note('+', 50, 250),
      note('-', 50, 450),
    ];
    const rows = tallyOf(items).rows;
    expect(rows.map((row) => [row.touchpoint, row.positive, row.negative])).toEqual([
      ['Website', 1, 1],
      ['Store', 1, 0],
    ]);
    expect(rows[0]?.regionId).toBe(idOf(websiteA));
  });

  it('places a region id listed twice in a broken file at its first region in reading order', () => {
    // Whichever of the two the file lists first, the lower one must not move the row down.
    const upper = shape('Website', 0, 0, 200, 100, { id: 'twice' });
    const store = shape('Store', 0, 200, 200, 100);
    const lower = shape('Website', 0, 400, 200, 100, { id: 'twice' });
    const notes = [note('+', 50, 250), note('-', 50, 450)];
    expect(touchpoints([before, upper, store, lower, ...notes])).toEqual(['before:Website', 'before:Store']);
    expect(touchpoints([before, lower, store, upper, ...notes])).toEqual(['before:Website', 'before:Store']);
  });

  it('keeps rows of the same touchpoint apart across phases and maps', () => {
    const row = shape('Website', 0, 0, 2000, 100);
    expect(touchpoints([before, during, row, note('+', 50, 50), note('+', 1500, 50)])).toEqual([
      'before:Website',
      'during:Website',
    ]);
  });

  it('places two map frames with one title at the first of them in reading order, whichever note comes first', () => {
    const annaTop = frame('Anna', 0, 0, 2000, 2000);
    const ben = frame('Ben', 0, 5000, 2000, 2000);
    const annaBottom = frame('Anna', 0, 10000, 2000, 2000);
    const mapWith = (top: number, noteText: string): Item[] => [
      frame('Before', 0, top, 1000, 2000),
      shape('Website', 0, top, 2000, 100),
      note(noteText, 50, top + 50),
    ];
    const maps = (...parts: Item[][]) => [
      ...new Set(tallyOf([annaTop, ben, annaBottom, ...parts.flat()]).rows.map((row) => row.map)),
    ];
    const top = mapWith(0, '+ top');
    const middle = mapWith(5000, '+ middle');
    const bottom = mapWith(10000, '- bottom');
    expect(maps(top, middle, bottom)).toEqual(['Anna', 'Ben']);
    expect(maps(bottom, middle, top)).toEqual(['Anna', 'Ben']);
    // A map whose first-counted note lies in its lower frame still sorts after a map above both.
    const benFirst = [frame('Ben', 0, 0, 2000, 2000), frame('Anna', 0, 5000, 2000, 2000), annaBottom];
    const rows = tallyOf([...benFirst, ...bottom, ...mapWith(5000, '+ anna'), ...top]).rows;
    expect([...new Set(rows.map((row) => row.map))]).toEqual(['Ben', 'Anna']);
  });

  it('lists notes outside any map first, then maps in reading order', () => {
    const mapB = frame('B', 0, 5000, 2000, 2000);
    const mapA = frame('A', 0, 10000, 2000, 2000);
    const items = [
      mapA,
      frame('Before', 0, 10000, 1000, 2000),
      shape('Website', 0, 10000, 2000, 100),
      note('+', 50, 10050),
      mapB,
      frame('Before', 0, 5000, 1000, 2000),
      shape('Website', 0, 5000, 2000, 100),
      note('+', 50, 5050),
      before,
      shape('Website', 0, 0, 2000, 100),
      note('-', 50, 50),
    ];
    const tally = tallyOf(items);
    expect(tally.rows.map((row) => row.map)).toEqual([null, 'B', 'A']);
    expect(tally.mapTotals).toEqual([
      { map: null, positive: 0, neutral: 0, negative: 1 },
      { map: 'B', positive: 1, neutral: 0, negative: 0 },
      { map: 'A', positive: 1, neutral: 0, negative: 0 },
    ]);
  });
});

describe('tallyBoard: numbers per row and totals', () => {
  it('gives totals, net, negative share, note ids and phase totals', () => {
    const items = [
      frame('Before', 0, 0, 1000, 1000),
      frame('After', 1000, 0, 1000, 1000),
      shape('Website', 0, 0, 2000, 100),
      note('+ a', 10, 10, { id: 'a' }),
      note('- b', 20, 10, { id: 'b' }),
      note('- c', 30, 10, { id: 'c' }),
      note('= d', 40, 10, { id: 'd' }),
      note('+ e', 1500, 10, { id: 'e' }),
    ];
    const tally = tallyOf(items);
    expect(tally.rows[0]).toMatchObject({
      positive: 1,
      neutral: 1,
      negative: 2,
      total: 4,
      net: -1,
      negativeShare: 0.5,
      weakestRank: 1,
      noteIds: ['a', 'b', 'c', 'd'],
    });
    expect(tally.rows[1]).toMatchObject({ weakestRank: null, net: 1, negativeShare: 0 });
    expect(tally.phaseTotals).toEqual({
      before: { positive: 1, neutral: 1, negative: 2 },
      during: { positive: 0, neutral: 0, negative: 0 },
      after: { positive: 1, neutral: 0, negative: 0 },
    });
  });
});

describe('tallyBoard: totals per phase and per map', () => {
  it('sums each phase and each map of its own rows', () => {
    const items: Item[] = [
      frame('Map A', 0, 0, 3000, 1000),
      frame('Before', 0, 0, 1000, 1000),
      frame('During', 1000, 0, 1000, 1000),
      frame('After', 2000, 0, 1000, 1000),
      shape('Website', 0, 0, 3000, 500),
      frame('Map B', 0, 2000, 1000, 1000),
      frame('During', 0, 2000, 1000, 1000),
      shape('Store', 0, 2000, 1000, 500),
      note('+ a', 100, 100),
      note('- b', 1100, 100),
      note('- c', 1200, 100),
      note('= d', 1300, 100),
      note('+ e', 2100, 100),
      note('+ f', 2200, 100),
      note('- g', 100, 2100),
    ];
    const tally = tallyOf(items);
    expect(tally.phaseTotals).toEqual({
      before: { positive: 1, neutral: 0, negative: 0 },
      during: { positive: 0, neutral: 1, negative: 3 },
      after: { positive: 2, neutral: 0, negative: 0 },
    });
    expect(tally.mapTotals).toEqual([
      { map: 'Map A', positive: 3, neutral: 1, negative: 2 },
      { map: 'Map B', positive: 0, neutral: 0, negative: 1 },
    ]);
  });
});

describe('weakest links', () => {
  // Rows side by side in one phase: each row's notes are given as markers.
  const weakestOf = (rows: readonly string[][]) => {
    const items: Item[] = [frame('Before', 0, 0, 100 * rows.length, 100)];
    rows.forEach((markers, index) => {
      items.push(shape(`T${index}`, index * 100, 0, 100, 100));
      for (const marker of markers) items.push(note(`${marker} x`, index * 100 + 50, 50));
    });
    const tally = tallyOf(items);
    return {
      weakest: tally.weakest.map((row) => row.touchpoint),
      ranks: tally.rows.map((row) => row.weakestRank),
    };
  };

  it('ranks only rows with a negative note, most negative notes first', () => {
    expect(weakestOf([['+', '+'], ['-'], ['-', '-', '+', '+', '+']])).toEqual({
      weakest: ['T2', 'T1'],
      ranks: [null, 2, 1],
    });
  });

  it('breaks ties by larger negative share, then lower net, then row order', () => {
    // Same negatives: T1 has the larger share.
    expect(weakestOf([['-', '+'], ['-']]).weakest).toEqual(['T1', 'T0']);
    // Same negatives and share (1/3): T1 (two neutral, net −1) is weaker than T0 (two positive, net +1).
    expect(
      weakestOf([
        ['-', '+', '+'],
        ['-', '=', '='],
      ]).weakest,
    ).toEqual(['T1', 'T0']);
    // All equal: row order.
    expect(
      weakestOf([
        ['-', '='],
        ['-', '='],
      ]).weakest,
    ).toEqual(['T0', 'T1']);
  });

  it('compareWeakness says which row is weaker', () => {
    const row = (negative: number, total: number, positive: number) =>
      ({ negative, negativeShare: negative / total, net: positive - negative }) as TallyRow;
    expect(compareWeakness(row(2, 4, 2), row(1, 1, 0))).toBeLessThan(0);
    expect(compareWeakness(row(1, 2, 1), row(1, 1, 0))).toBeGreaterThan(0);
    expect(compareWeakness(row(1, 2, 1), row(1, 2, 1))).toBe(0);
  });
});

describe('tallyBoard: properties of any board', () => {
  const phaseLabels = [
    'Before purchase',
    'During',
    'Po zakupie',
    'Website',
    'Store',
    'Plusy',
    'Negative',
    '',
    'Persona',
  ];
  const noteTexts = ['', '+ fast', '👎 slow', '= ok', 'plain', '(-) queue'];
  const colours = ['green', 'red', 'gray', 'yellow', 'light_yellow'];

  const region = fc.record({
    kind: fc.constantFrom('frame', 'shape'),
    label: fc.constantFrom(...phaseLabels),
    left: fc.integer({ min: -2000, max: 2000 }),
    top: fc.integer({ min: -2000, max: 2000 }),
    width: fc.integer({ min: 1, max: 2000 }).map((w) => w * 2),
    height: fc.integer({ min: 1, max: 2000 }).map((h) => h * 2),
  });
  const sticky = fc.record({
    text: fc.constantFrom(...noteTexts),
    x: fc.integer({ min: -2500, max: 4500 }),
    y: fc.integer({ min: -2500, max: 4500 }),
    colour: fc.constantFrom(...colours),
    tags: fc.subarray(['tp', 'tn', 'tx']),
    // A note may sit in the first region as a child, in that region's coordinates.
    child: fc.boolean(),
  });
  const boardArb = fc.record({
    regions: fc.array(region, { maxLength: 12 }),
    notes: fc.array(sticky, { maxLength: 40 }),
  });

  type Board = typeof boardArb extends fc.Arbitrary<infer T> ? T : never;
  const itemsOf = (board: Board, dx: number, dy: number): Item[] => {
    const items: Item[] = [
      { type: 'tag', id: 'tp', title: 'Positive' },
      { type: 'tag', id: 'tn', title: 'Minusy' },
      { type: 'tag', id: 'tx', title: 'Later' },
    ];
    board.regions.forEach((r, index) => {
      const label = r.kind === 'frame' ? { title: r.label } : { content: `<p>${r.label}</p>` };
      items.push({
        type: r.kind,
        id: `r${index}`,
        x: r.left + r.width / 2 + dx,
        y: r.top + r.height / 2 + dy,
        width: r.width,
        height: r.height,
        ...label,
      });
    });
    const parent = board.regions[0];
    board.notes.forEach((n, index) => {
      const common = {
        type: 'sticky_note',
        id: `n${index}`,
        content: `<p>${n.text}</p>`,
        style: { fillColor: n.colour },
        tagIds: n.tags,
      };
      if (n.child && parent) {
        items.push({
          ...common,
          parentId: 'r0',
          relativeTo: 'parent_top_left',
          x: n.x - parent.left,
          y: n.y - parent.top,
        });
      } else {
        items.push({ ...common, x: n.x + dx, y: n.y + dy });
      }
    });
    return items;
  };

  it('counts every note exactly once, and moving the whole board changes nothing', () => {
    fc.assert(
      fc.property(
        boardArb,
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        (board, dx, dy) => {
          const tally = tallyOf(itemsOf(board, 0, 0));
          const counted = tally.rows.reduce((sum, row) => sum + row.positive + row.neutral + row.negative, 0);
          expect(counted + tally.unassigned.length).toBe(board.notes.length);
          expect(tally.notes).toBe(board.notes.length);
          const ids = [
            ...tally.rows.flatMap((row) => row.noteIds),
            ...tally.unassigned.map((u) => u.id),
          ].sort();
          expect(ids).toEqual(board.notes.map((_, index) => `n${index}`).sort());
          expect(scoreOf(itemsOf(board, dx, dy))).toEqual(scoreJson(tally));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the notes behind the tally', () => {
  it('groups the notes not counted by reason, in the order the panel lists reasons', () => {
    const tally = tallyBoard(readBoard(fixture('en-web-sdk.json')));
    expect(
      unassignedByReason(tally).map(({ reason, placements }) => [reason, placements.map((p) => p.note.id)]),
    ).toEqual([
      ['empty', ['3458764564249021006']],
      ['no-phase', ['3458764564249021008']],
      ['no-touchpoint', ['3458764564249021007']],
      ['no-sentiment', ['3458764564249021009']],
    ]);
  });

  it('lists the counted notes whose signals disagree, and only those', () => {
    const tally = tallyBoard(readBoard(fixture('pl-items-and-tags.json')));
    const conflicted = conflictedPlacements(tally);
    expect(conflicted.length).toBeGreaterThan(0);
    for (const placement of conflicted) {
      expect(placement.kind).toBe('counted');
      expect(placement.conflicts.some((conflict) => conflict.sentiment !== placement.sentiment)).toBe(true);
    }
    const others = tally.placements.filter(
      (placement) => placement.kind === 'counted' && !conflicted.includes(placement),
    );
    for (const placement of others) expect(placement.kind === 'counted' && placement.conflicts).toEqual([]);
  });
});
