import { describe, expect, it } from 'vitest';
import { formatBoardsTable, formatScoreJson, formatScoreTable } from '../../src/core/score-report.ts';
import { frame, type Item, note, shape, tallyOf } from '../fixtures/boards/board-items.ts';

const board: Item[] = [
  frame('Before purchase', 0, 0, 1000, 1000),
  frame('During purchase', 1000, 0, 1000, 1000),
  shape('Website', 0, 0, 2000, 400),
  shape('Store', 0, 500, 2000, 400),
  note('+ clear prices', 100, 100, { id: '1' }),
  note('- slow search', 200, 100, { id: '2' }),
  note('- queue', 1100, 600, { id: '3' }),
  note('- no parking', 1200, 600, { id: '4' }),
  note('plain', 1300, 600, { id: '5' }),
  note('', 1300, 600, { id: '6' }),
  note('+ far away', 5000, 600, { id: '7', style: { fillColor: 'red' } }),
];

describe('formatScoreJson', () => {
  it('prints the contract fields, in its order, indented, with a final newline', () => {
    const text = formatScoreJson(tallyOf(board));
    expect(text.endsWith('}\n')).toBe(true);
    const json = JSON.parse(text);
    expect(Object.keys(json)).toEqual(['notes', 'rows', 'unassigned']);
    expect(Object.keys(json.rows[0])).toEqual([
      'map',
      'phase',
      'stage',
      'touchpoint',
      'positive',
      'neutral',
      'negative',
    ]);
    expect(json).toEqual({
      notes: 7,
      rows: [
        {
          map: null,
          phase: 'before',
          stage: 'Before purchase',
          touchpoint: 'Website',
          positive: 1,
          neutral: 0,
          negative: 1,
        },
        {
          map: null,
          phase: 'during',
          stage: 'During purchase',
          touchpoint: 'Store',
          positive: 0,
          neutral: 0,
          negative: 2,
        },
      ],
      unassigned: [
        { id: '5', reason: 'no-sentiment' },
        { id: '6', reason: 'empty' },
        { id: '7', reason: 'no-phase' },
      ],
    });
    expect(text).toContain('\n  "notes": 7,\n');
  });
});

describe('formatScoreTable', () => {
  it('shows the weakest links first, every row, phase totals and unassigned counts by reason', () => {
    const text = formatScoreTable(tallyOf(board));
    expect(text).toMatch(/^7 sticky notes: 4 counted, 3 not counted\./);
    const weakest = text.indexOf('Weakest links');
    const all = text.indexOf('All touchpoints');
    expect(weakest).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(weakest);
    expect(text.slice(weakest, all)).toMatch(
      /1\s+during purchase\s+During purchase\s+Store\s+0\s+0\s+2\s+-2\s+100%[\s\S]*2\s+before purchase\s+Before purchase\s+Website\s+1\s+0\s+1\s+0\s+50%/,
    );
    expect(text).toMatch(
      /Totals per phase[\s\S]*before purchase\s+1\s+0\s+1\s+0\n\s+during purchase\s+0\s+0\s+2\s+-2\n\s+after purchase\s+0\s+0\s+0\s+0/,
    );
    // Reasons in words, not their codes.
    expect(text).toMatch(/Not counted[\s\S]*empty note\s+1\n\s+outside any phase\s+1\n\s+no sentiment\s+1\n/);
    expect(text).not.toMatch(/no-phase|no-sentiment/);
  });

  it('says so when nothing was counted', () => {
    const text = formatScoreTable(tallyOf([]));
    expect(text).toContain('0 sticky notes: 0 counted, 0 not counted.');
    expect(text).toContain('No note was counted.');
    expect(text).toContain('Every note was counted.');
  });

  it('does not pass terminal control characters from the board through', () => {
    const items = [
      frame('Before', 0, 0, 100, 100),
      shape('Web&#27;[31mred', 0, 0, 100, 100),
      note('- x', 50, 50),
    ];
    const text = formatScoreTable(tallyOf(items));
    expect(text).toContain('Web [31mred');
    expect(text).not.toContain('\u001b');
  });
});

describe('formatBoardsTable', () => {
  it('names each board above its note count and its weakest links, and nothing else of it', () => {
    const calm: Item[] = [
      frame('Before purchase', 0, 0, 500, 500),
      shape('Website', 0, 0, 500, 500),
      note('+ ok', 100, 100),
    ];
    const text = formatBoardsTable([
      { board: 'Workshop A (uXjVA=)', tally: tallyOf(board) },
      { board: 'Evil\u001b[2J board', tally: tallyOf(calm) },
    ]);
    const [first, second, ...rest] = text.split('\n\n');
    expect(rest).toEqual([]);
    expect(first).toMatch(
      /^Board Workshop A \(uXjVA=\)\n {2}7 sticky notes: 4 counted, 3 not counted\.\n {2}Weakest links/,
    );
    expect(first).toMatch(/during purchase\s+During purchase\s+Store\s+0\s+0\s+2\s+-2\s+100%/);
    expect(first).not.toContain('All touchpoints');
    expect(second).toBe(
      'Board Evil [2J board\n  1 sticky note: 1 counted, 0 not counted.\n  Weakest links (most negative notes first)\n    No touchpoint has a negative note.\n',
    );
  });
});
