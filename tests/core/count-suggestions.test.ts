import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSuggestions } from '../../src/core/count-suggestions.ts';
import { DEFAULT_COLOUR_MAP, LANGUAGES } from '../../src/core/model.ts';
import { createRegionIndex } from '../../src/core/region-index.ts';
import { readingRanks, regionRoles } from '../../src/core/region-roles.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { NO_TEAM_WORDS, type TeamWords, withColour, withWord } from '../../src/core/team-words.ts';
import { demoBoard, JOURNEY_LABELS } from '../../src/playground/demo-boards.ts';
import { frame, note, shape } from '../fixtures/boards/board-items.ts';

describe('countSuggestions', () => {
  it('offers the labels that hold only notes outside every phase, most notes first, and the colours of notes without a sentiment', () => {
    const items = [
      frame('Before', 0, 0, 1000, 1000),
      frame('Onboarding', 1000, 0, 1000, 1000),
      frame('Parking lot', 3000, 0, 500, 500),
      shape('Website', 0, 0, 2000, 400),
      note('+ seen', 100, 100),
      note('plain', 200, 100, { style: { fillColor: 'orange' } }),
      note('a', 1100, 100),
      note('b', 1200, 600),
      note('c', 3100, 100),
      note('', 3200, 100),
    ];
    const snapshot = readBoard(items);
    const tally = tallyBoard(snapshot);
    const suggestions = countSuggestions(snapshot, tally);
    // "Website" crosses the Before phase, where one of its notes has a phase: it is a touchpoint.
    expect(suggestions.stages.map((stage) => [stage.label, stage.noteIds.length])).toEqual([
      ['Onboarding', 2],
      ['Parking lot', 1],
    ]);
    expect(suggestions.colours.map((colour) => [colour.colour, colour.noteIds.length])).toEqual([
      ['orange', 1],
    ]);
  });

  it("offers nothing once the labels are the team's words and the colour has a meaning", () => {
    const items = [
      frame('Before', 0, 0, 1000, 1000),
      frame('Onboarding', 1000, 0, 1000, 1000),
      shape('Website', 0, 0, 2000, 400),
      note('a', 100, 100),
      note('b', 1100, 100),
    ];
    const snapshot = readBoard(items);
    let words: TeamWords = withWord(NO_TEAM_WORDS, 'after', 'Onboarding');
    words = withColour(words, 'light_yellow', 'neutral', DEFAULT_COLOUR_MAP);
    const tally = tallyBoard(snapshot, undefined, words);
    expect(tally.unassigned).toEqual([]);
    expect(countSuggestions(snapshot, tally, words)).toEqual({ stages: [], colours: [] });
  });

  it('follows its rule on any board: a label is offered with its notes outside every phase unless a note with text placed otherwise lies in one of its regions', () => {
    const place = fc.integer({ min: 0, max: 40 }).map((step) => step * 50);
    const label = fc.constantFrom('Onboarding', 'Parking lot', 'Website', 'Before', 'Ideas');
    const region = fc.record({
      kind: fc.constantFrom('frame', 'shape'),
      label,
      left: place,
      top: place,
      size: place,
    });
    const text = fc.constantFrom('+ good', '- bad', 'plain', '');
    const noted = fc.record({
      text,
      x: place,
      y: place,
      colour: fc.constantFrom('yellow', 'orange', 'green'),
    });
    fc.assert(
      fc.property(
        fc.array(region, { maxLength: 8 }),
        fc.array(noted, { maxLength: 30 }),
        (regions, notes) => {
          const items = [
            ...regions.map(({ kind, label, left, top, size }) =>
              (kind === 'frame' ? frame : shape)(label, left, top, size + 50, size + 50),
            ),
            ...notes.map(({ text, x, y, colour }) => note(text, x, y, { style: { fillColor: colour } })),
          ];
          const snapshot = readBoard(items);
          const tally = tallyBoard(snapshot);
          // The rule, region by region, every note against every region.
          const roles = regionRoles(snapshot.regions, NO_TEAM_WORDS);
          const ranks = readingRanks(snapshot.regions);
          const inside = (at: number, x: number, y: number) =>
            createRegionIndex([
              snapshot.regions[at]?.rect ?? { left: 0, top: 0, right: 0, bottom: 0 },
            ]).containing(x, y).length > 0;
          const labels = new Map<string, { rank: number; noteIds: string[]; placed: boolean }>();
          snapshot.regions.forEach((region, at) => {
            const role = roles[at]?.kind;
            if (role !== 'touchpoint' && role !== 'map') return;
            const entry = labels.get(region.label) ?? { rank: Infinity, noteIds: [], placed: false };
            labels.set(region.label, entry);
            for (const placement of tally.placements) {
              const { note: read } = placement;
              if (
                !inside(at, read.x, read.y) ||
                (placement.kind === 'unassigned' && placement.reason === 'empty')
              )
                continue;
              entry.rank = Math.min(entry.rank, ranks[at] ?? 0);
              if (placement.kind !== 'unassigned' || placement.reason !== 'no-phase') entry.placed = true;
              else if (!entry.noteIds.includes(read.id)) entry.noteIds.push(read.id);
            }
          });
          const order = (id: string) => tally.placements.findIndex((placement) => placement.note.id === id);
          const expected = [...labels]
            .filter(([, entry]) => !entry.placed && entry.noteIds.length > 0)
            .sort(([, a], [, b]) => b.noteIds.length - a.noteIds.length || a.rank - b.rank)
            .map(([label, entry]) => ({
              label,
              noteIds: [...entry.noteIds].sort((a, b) => order(a) - order(b)),
            }));
          expect(countSuggestions(snapshot, tally).stages).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the five-stage journey demo boards', () => {
  it.each(LANGUAGES)(
    'in %s: mostly uncounted, then fully counted after one choice per unknown stage and one for yellow',
    (language) => {
      const snapshot = readBoard(demoBoard(`journey-${language}`));
      const first = tallyBoard(snapshot);
      expect(first.notes).toBe(60);
      expect(first.unassigned.length).toBeGreaterThan(first.notes / 2);
      const suggestions = countSuggestions(snapshot, first);
      // Only the recommendations column is no built-in stage name in Russian and Polish.
      const unknown = language === 'en' ? [] : [JOURNEY_LABELS[language].stages[4]];
      expect(suggestions.stages.map((stage) => stage.label)).toEqual(unknown);
      expect(suggestions.colours.map((colour) => colour.colour)).toEqual(['yellow']);
      let words = NO_TEAM_WORDS;
      for (const stage of suggestions.stages) words = withWord(words, 'after', stage.label);
      words = withColour(words, 'yellow', 'neutral', DEFAULT_COLOUR_MAP);
      const counted = tallyBoard(snapshot, undefined, words);
      expect(counted.unassigned).toEqual([]);
      expect(counted.rows.map((row) => row.stage)).toContain(JOURNEY_LABELS[language].stages[4]);
    },
  );
});
