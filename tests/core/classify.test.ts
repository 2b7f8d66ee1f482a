import { describe, expect, it } from 'vitest';
import { placeNotes, regionRoles } from '../../src/core/classify.ts';
import type { ColourMap } from '../../src/core/model.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { writeMark } from '../../src/core/template-mark.ts';
import { frame, type Item, note, placementOf, shape, tag } from '../fixtures/boards/board-items.ts';

// One phase frame with one touchpoint row across it: the smallest board that counts a note.
const before = frame('Before purchase', 0, 0, 1000, 1000);
const website = shape('Website', 0, 0, 1000, 400);
const board = (...items: Item[]): Item[] => [before, website, ...items];

describe('placeNotes: which items are notes', () => {
  it('places one placement per sticky note, in file order, and nothing for other items', () => {
    const a = note('+ a', 100, 100);
    const b = note('+ b', 200, 100);
    const items = board(
      a,
      { type: 'text', id: 't', content: '<p>+ text</p>', x: 100, y: 100 },
      { type: 'card', id: 'c', title: '+', x: 1, y: 1 },
      b,
    );
    const placements = placeNotes(readBoard(items));
    expect(placements.map((placement) => placement.note.id)).toEqual([a.id, b.id]);
  });
});

describe('placeNotes: 1. empty', () => {
  it('puts a note with no text under empty, even in a perfect spot', () => {
    const items = board(note('', 100, 100, { style: { fillColor: 'green' } }));
    expect(placementOf(items, items[2] as Item)).toBe('empty');
    const markupOnly = note('<br>', 100, 100);
    expect(placementOf(board(markupOnly), markupOnly)).toBe('empty');
  });
});

describe('placeNotes: 2. phase', () => {
  it('finds no phase for a note outside every phase region', () => {
    const outside = note('+ x', 1500, 100);
    expect(placementOf(board(outside), outside)).toBe('no-phase');
  });

  it('counts a note on the very edge of a region as inside it', () => {
    const onCorner = note('+ x', 1000, 400);
    expect(placementOf(board(onCorner), onCorner)).toBe('-/before/Website/positive');
  });

  it('takes the smallest phase region when one lies inside another', () => {
    const during = frame('Purchase', 600, 0, 300, 1000);
    const inner = note('+ x', 700, 100);
    const outer = note('+ y', 100, 100);
    const items = board(during, inner, outer);
    expect(placementOf(items, inner)).toBe('-/during/Website/positive');
    expect(placementOf(items, outer)).toBe('-/before/Website/positive');
  });

  it('calls a note ambiguous where phase regions of different phases overlap without nesting', () => {
    const during = frame('During', 800, 0, 1000, 1000);
    const overlap = note('+ x', 900, 100);
    const row = shape('Website', 0, 0, 2000, 400);
    expect(placementOf([before, during, row, overlap], overlap)).toBe('ambiguous');
  });

  it('does not call overlapping regions of the same phase ambiguous', () => {
    const alsoBefore = frame('Pre-purchase', 800, 0, 1000, 1000);
    const overlap = note('+ x', 900, 100);
    const row = shape('Website', 0, 0, 2000, 400);
    expect(placementOf([before, alsoBefore, row, overlap], overlap)).toBe('-/before/Website/positive');
  });

  it('treats a shape naming a phase as a phase region too', () => {
    const phaseShape = shape('After purchase', 2000, 0, 500, 500);
    const row = shape('Support', 2000, 0, 500, 100);
    const n = note('+ x', 2100, 50);
    expect(placementOf([phaseShape, row, n], n)).toBe('-/after/Support/positive');
  });
});

describe('placeNotes: 3. map', () => {
  it('names the map by the smallest frame containing a whole phase region, null when there is none', () => {
    const persona = frame('Persona: Anna', -100, -100, 3000, 3000);
    const wholeBoard = frame('Workshop 2026', -500, -500, 5000, 5000);
    const inside = note('+ x', 100, 100);
    expect(placementOf(board(persona, wholeBoard, inside), inside)).toBe(
      'Persona: Anna/before/Website/positive',
    );
    expect(placementOf(board(inside), inside)).toBe('-/before/Website/positive');
  });

  it('does not make a map of a frame holding only part of a phase region, nor of a shape', () => {
    const partial = frame('Team notes', -100, -100, 600, 600);
    const roles = regionRoles(readBoard([before, partial, shape('Big shape', -10, -10, 2000, 2000)]).regions);
    expect(roles.map((role) => role.kind)).toEqual(['phase', 'touchpoint', 'touchpoint']);
    // Smaller than the Website row, so the frame is the note's touchpoint.
    const n = note('+ x', 100, 100);
    expect(placementOf(board(partial, n), n)).toBe('-/before/Team notes/positive');
  });

  it('does not make a map of a row frame across the phase that is flush with its top or bottom edge', () => {
    // Wider than the phase, so only the top or the bottom edge keeps the phase out of the row.
    const topRow = frame('Website', -100, 0, 1200, 400);
    const bottomRow = frame('Support', -100, 600, 1200, 400);
    const roles = regionRoles(readBoard([before, topRow, bottomRow]).regions);
    expect(roles.map((role) => role.kind)).toEqual(['phase', 'touchpoint', 'touchpoint']);
    const inTop = note('+ x', 100, 100);
    const inBottom = note('+ y', 100, 900);
    const items = [before, topRow, bottomRow, inTop, inBottom];
    expect(placementOf(items, inTop)).toBe('-/before/Website/positive');
    expect(placementOf(items, inBottom)).toBe('-/before/Support/positive');
  });
});

describe('placeNotes: 4. touchpoint', () => {
  it('finds no touchpoint for a note in a phase but in no touchpoint region', () => {
    const n = note('+ x', 500, 800);
    expect(placementOf(board(n), n)).toBe('no-touchpoint');
  });

  it('takes the smallest touchpoint region, whether a frame inside the phase or a row across phases', () => {
    const chat = frame('Chatbot', 600, 100, 200, 200);
    const inChat = note('+ x', 700, 200);
    const inRow = note('+ y', 100, 100);
    const items = board(chat, inChat, inRow);
    expect(placementOf(items, inChat)).toBe('-/before/Chatbot/positive');
    expect(placementOf(items, inRow)).toBe('-/before/Website/positive');
  });

  it('keeps the label as written (not lowercased) and decoded', () => {
    const n = note('+ x', 100, 100);
    const items = [before, shape('Call&nbsp;centre &amp; <b>FAQ</b>', 0, 0, 1000, 400), n];
    expect(placementOf(items, n)).toBe('-/before/Call centre & FAQ/positive');
  });

  it('calls a note ambiguous between two equally small touchpoint regions with different labels', () => {
    const n = note('+ x', 100, 100);
    expect(placementOf(board(shape('Store', 0, 0, 1000, 400), n), n)).toBe('ambiguous');
    expect(placementOf(board(shape('website', 0, 0, 1000, 400), n), n)).toBe('ambiguous');
  });

  it('counts a note between two equally small regions with the same label', () => {
    const n = note('+ x', 100, 100);
    expect(placementOf(board(shape('Website', 0, 0, 500, 800), n), n)).toBe('-/before/Website/positive');
  });

  it('takes the smaller touchpoint region even when the larger row around it comes later in the file', () => {
    const chat = frame('Chatbot', 600, 100, 200, 200);
    const n = note('+ x', 700, 200);
    expect(placementOf([before, chat, website, n], n)).toBe('-/before/Chatbot/positive');
  });

  it('keeps the region first in reading order of two equally small ones with the same label', () => {
    // Whichever the file lists first, the note's cell is the region nearer the top.
    const lower = shape('Website', 0, 100, 1000, 400);
    const upper = shape('Website', 0, 0, 1000, 400);
    const n = note('+ x', 100, 200);
    for (const items of [
      [before, lower, upper, n],
      [before, upper, lower, n],
    ]) {
      expect(placeNotes(readBoard(items))[0]).toMatchObject({
        kind: 'counted',
        touchpoint: 'Website',
        touchpointRegionId: upper.id,
      });
    }
  });

  it('ignores a region with an empty label', () => {
    const n = note('+ x', 100, 100);
    expect(placementOf(board(frame('', 50, 50, 100, 100), n), n)).toBe('-/before/Website/positive');
    expect(placementOf([before, shape('', 0, 0, 1000, 400), n], n)).toBe('no-touchpoint');
  });
});

describe('placeNotes: 5. sentiment', () => {
  const positiveZone = shape('Positive', 0, 0, 300, 400);
  const negativeZone = shape('Minusy', 300, 0, 300, 400);
  const positiveTag = tag('Pozytywne', 'tp');
  const negativeTag = tag('Негатив', 'tn');
  const otherTag = tag('Quick win', 'tq');
  const placed = (n: Item, colours?: ColourMap) =>
    placeNotes(
      readBoard(board(positiveZone, negativeZone, positiveTag, negativeTag, otherTag, n)),
      colours,
    )[0];

  it('1. takes the smallest sentiment zone first', () => {
    const small = shape('(-)', 0, 0, 100, 100);
    const n = note('x', 50, 50, { style: { fillColor: 'light_yellow' } });
    expect(placementOf(board(positiveZone, small, n), n)).toBe('-/before/Website/negative');
  });

  it('2. then the tags, by the same word lists; unrelated tags do not count', () => {
    expect(placed(note('x', 700, 100, { tagIds: ['tq', 'tn'] }))).toMatchObject({
      sentiment: 'negative',
      signal: 'tag',
    });
  });

  it('gives no tag answer when tags name two different sentiments, so a later signal decides', () => {
    const n = note('x', 700, 100, { tagIds: ['tp', 'tn'], style: { fillColor: 'gray' } });
    expect(placed(n)).toMatchObject({ sentiment: 'neutral', signal: 'colour', conflicts: [] });
  });

  it('3. then a marker at the start of the text', () => {
    expect(placed(note('😞 slow', 700, 100, { style: { fillColor: 'light_yellow' } }))).toMatchObject({
      sentiment: 'negative',
      signal: 'marker',
    });
  });

  it('4. then the colour, by the default map', () => {
    for (const [colour, sentiment] of [
      ['light_green', 'positive'],
      ['green', 'positive'],
      ['dark_green', 'positive'],
      ['light_pink', 'negative'],
      ['pink', 'negative'],
      ['red', 'negative'],
      ['gray', 'neutral'],
    ]) {
      expect(placed(note('x', 700, 100, { style: { fillColor: colour } }))).toMatchObject({
        sentiment,
        signal: 'colour',
      });
    }
    expect(placed(note('x', 700, 100, { style: { fillColor: 'yellow' } }))).toMatchObject({
      reason: 'no-sentiment',
    });
  });

  it('uses a colour map the user gives instead of the default', () => {
    const yellow = note('x', 700, 100, { style: { fillColor: 'yellow' } });
    const green = note('x', 700, 100, { style: { fillColor: 'green' } });
    expect(placed(yellow, { yellow: 'neutral' })).toMatchObject({ sentiment: 'neutral' });
    expect(placed(green, { green: 'negative' })).toMatchObject({ sentiment: 'negative' });
    expect(placed(green, { yellow: 'neutral' })).toMatchObject({ reason: 'no-sentiment' });
  });

  it('leaves a note with no signal under no-sentiment', () => {
    expect(placed(note('Helpful staff', 700, 100))).toMatchObject({
      kind: 'unassigned',
      reason: 'no-sentiment',
    });
  });

  it('counts by the first signal and reports every later signal that disagrees as a conflict', () => {
    const n = note('👍 fast', 400, 100, { tagIds: ['tn'], style: { fillColor: 'green' } });
    expect(placed(n)).toMatchObject({
      kind: 'counted',
      sentiment: 'negative',
      signal: 'zone',
      conflicts: [
        { signal: 'marker', sentiment: 'positive' },
        { signal: 'colour', sentiment: 'positive' },
      ],
    });
    const agreeing = note('- slow', 400, 100, { tagIds: ['tn'], style: { fillColor: 'red' } });
    expect(placed(agreeing)).toMatchObject({ signal: 'zone', conflicts: [] });
  });

  it('reports no conflict for a zone-decided note with no tag, or with a colour outside the colour map', () => {
    const untagged = note('x', 400, 100, { style: { fillColor: 'light_yellow' } });
    expect(placed(untagged)).toMatchObject({ sentiment: 'negative', signal: 'zone', conflicts: [] });
    const uncoloured = note('x', 400, 100, { tagIds: ['tq'], style: { fillColor: 'yellow' } });
    expect(placed(uncoloured)).toMatchObject({ sentiment: 'negative', signal: 'zone', conflicts: [] });
  });

  it('reports a disagreeing marker and colour on a tag-decided note, in signal order', () => {
    const n = note('+ fast', 700, 100, { tagIds: ['tn'], style: { fillColor: 'gray' } });
    const placement = placed(n);
    expect(placement).toMatchObject({ sentiment: 'negative', signal: 'tag' });
    expect(placement?.kind === 'counted' && placement.conflicts).toEqual([
      { signal: 'marker', sentiment: 'positive' },
      { signal: 'colour', sentiment: 'neutral' },
    ]);
  });

  it('reports a colour as the only conflict of a marker-decided note', () => {
    const placement = placed(note('- slow', 700, 100, { style: { fillColor: 'green' } }));
    expect(placement).toMatchObject({ sentiment: 'negative', signal: 'marker' });
    expect(placement?.kind === 'counted' && placement.conflicts).toEqual([
      { signal: 'colour', sentiment: 'positive' },
    ]);
  });

  it('gives no answer for a colour named like an object property, so the note is not lost from the counts', () => {
    const n = note('x', 700, 100, { style: { fillColor: 'constructor' } });
    expect(placed(n)).toMatchObject({ kind: 'unassigned', reason: 'no-sentiment' });
    const ownColours: ColourMap = { constructor: 'positive' as const };
    expect(placed(n, ownColours)).toMatchObject({ sentiment: 'positive', signal: 'colour' });
  });
});

describe('placeNotes: the app template marks decide first', () => {
  const mark = (stored: Parameters<typeof writeMark>[0]) => ({
    metadata: { touchpointTally: writeMark(stored) },
  });

  it('reads roles from marks even when the labels were renamed', () => {
    const items = [
      frame('Anna (renamed)', 0, 0, 2000, 1000, mark({ role: 'map', mapId: 'm' })),
      frame('Stage one', 0, 0, 1000, 1000, mark({ role: 'phase', mapId: 'm', phase: 'before' })),
      shape(
        'Web',
        0,
        0,
        1000,
        400,
        mark({ role: 'row', mapId: 'm', phase: 'before', touchpoint: 'website' }),
      ),
      shape(
        'Good',
        0,
        0,
        500,
        400,
        mark({ role: 'zone', mapId: 'm', phase: 'before', touchpoint: 'website', sentiment: 'negative' }),
      ),
      shape(
        'Before',
        450,
        0,
        100,
        100,
        mark({ role: 'badge', mapId: 'm', phase: 'before', touchpoint: 'website' }),
      ),
    ];
    const n = note('x', 480, 50);
    expect(placementOf([...items, n], n)).toBe('Anna (renamed)/before/Web/negative');
  });

  // Reading of v2: the team's words read labels; a template part's mark is the app's own
  // identity for it and decides its role before any label, the team's words included.
  it("keeps a marked part's role whatever the team's words say of its label", () => {
    const items = [
      frame('Awareness', 0, 0, 1000, 1000, mark({ role: 'phase', mapId: 'm', phase: 'before' })),
      shape(
        'Legend',
        0,
        0,
        1000,
        400,
        mark({ role: 'row', mapId: 'm', phase: 'before', touchpoint: 'website' }),
      ),
      note('+ fine', 100, 100),
    ];
    const words = { after: ['Awareness'], ignore: ['Legend'] };
    expect(placeNotes(readBoard({ items, words }))[0]).toMatchObject({
      phase: 'before',
      stage: 'Awareness',
      touchpoint: 'Legend',
    });
    // The same labels without marks follow the words: an after phase, and no touchpoint.
    const unmarked = items.map(({ metadata: _, ...item }) => item);
    expect(placeNotes(readBoard({ items: unmarked, words }))[0]).toMatchObject({ reason: 'no-touchpoint' });
    expect(placeNotes(readBoard({ items: unmarked, words: { after: ['Awareness'] } }))[0]).toMatchObject({
      phase: 'after',
      stage: 'Awareness',
    });
  });

  it('scores a marked template the same as the same board read from labels alone', () => {
    const marked = [
      frame('Persona', 0, 0, 2000, 1000, mark({ role: 'map', mapId: 'm' })),
      frame('Before purchase', 0, 0, 1000, 1000, mark({ role: 'phase', mapId: 'm', phase: 'before' })),
      shape(
        'Website',
        0,
        0,
        2000,
        400,
        mark({ role: 'row', mapId: 'm', phase: 'before', touchpoint: 'website' }),
      ),
      shape(
        '−',
        0,
        0,
        500,
        400,
        mark({ role: 'zone', mapId: 'm', phase: 'before', touchpoint: 'website', sentiment: 'negative' }),
      ),
      note('slow', 100, 100),
      note('ok', 700, 100, { style: { fillColor: 'green' } }),
    ];
    const plain = marked.map(({ metadata: _metadata, ...item }) => item);
    const placements = (items: Item[]) =>
      placeNotes(readBoard(items)).map((p) => ({ ...p, note: p.note.id }));
    expect(placements(marked)).toEqual(placements(plain));
  });
});

describe('placeNotes: what an uncounted note keeps of its place', () => {
  // A map "Checkout" around one phase "After purchase" with one row "Reviews" in its top half.
  const map = frame('Checkout', -100, -100, 1300, 1300);
  const after = frame('After purchase', 0, 0, 1000, 1000);
  const reviews = shape('Reviews', 0, 0, 1000, 400);
  const known = (n: Item, ...more: Item[]) => {
    const placement = placeNotes(readBoard([map, after, reviews, ...more, n]))[0];
    return placement?.kind === 'unassigned' ? { reason: placement.reason, ...placement.known } : placement;
  };

  it('keeps the map, phase, stage and touchpoint of a note with no sentiment', () => {
    expect(known(note('Helpful staff', 500, 100))).toEqual({
      reason: 'no-sentiment',
      map: 'Checkout',
      phase: 'after',
      stage: 'After purchase',
      touchpoint: 'Reviews',
    });
  });

  it('keeps them for an empty note too, and the map and phase of a note below every row', () => {
    expect(known(note('', 500, 100))).toMatchObject({ reason: 'empty', touchpoint: 'Reviews' });
    expect(known(note('+ x', 500, 800))).toEqual({
      reason: 'no-touchpoint',
      map: 'Checkout',
      phase: 'after',
      stage: 'After purchase',
      touchpoint: null,
    });
  });

  it('keeps only the map of a note outside every phase, and names no touchpoint on a tie', () => {
    expect(known(note('+ x', 1100, 100))).toEqual({
      reason: 'no-phase',
      map: 'Checkout',
      phase: null,
      stage: null,
      touchpoint: null,
    });
    const twin = shape('Ratings', 0, 0, 1000, 400);
    expect(known(note('+ x', 500, 100), twin)).toEqual({
      reason: 'ambiguous',
      map: 'Checkout',
      phase: 'after',
      stage: 'After purchase',
      touchpoint: null,
    });
  });
});
