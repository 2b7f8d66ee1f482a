// The export's tables before any file format: what a spreadsheet would sum stays a number, what is
// not known is nothing (not an empty text), and the panel and the command line offer one list.
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/run-cli.ts';
import { EXPORT_TABLES, exportFileName, notesTable, summaryTable } from '../../src/core/export-tables.ts';
import { counted, note, tallyOf, unassigned } from '../fixtures/csv/tally.ts';

const tally = tallyOf([
  counted(note('1', 'Slow delivery'), { phase: 'after', touchpoint: 'Delivery' }, 'negative'),
  counted(note('2', 'Friendly staff'), { phase: 'during', touchpoint: 'Store' }, 'positive'),
  unassigned(note('3', 'Parking lot'), 'no-phase'),
]);

describe('export tables', () => {
  it('gives counts and net scores as numbers and leaves unknown cells empty', () => {
    const table = summaryTable(tally, { language: 'en' });
    const delivery = table.rows.find((row) => row.touchpoint === 'Delivery');
    expect(delivery).toMatchObject({ negative: 1, net: -1, negativeShare: 1, weakestRank: 1, map: null });
    expect(
      summaryTable(tally, { language: 'en' }).rows.find((row) => row.touchpoint === 'Store'),
    ).toMatchObject({ weakestRank: null });
    expect(table.columns).not.toContain('previousNet');
    expect(table.header.negative).toBe('negative');
  });

  it('names the columns of a note not counted, with its reason and no sentiment', () => {
    const table = notesTable(tally, { language: 'en', board: 'Workshop (uX=)' });
    expect(table.columns[0]).toBe('board');
    expect(table.rows.find((row) => row.id === '3')).toMatchObject({
      board: 'Workshop (uX=)',
      text: 'Parking lot',
      sentiment: null,
      unassignedReason: 'outside any phase',
    });
  });

  it('offers the same tables in the command line as in the panel, and names files by format', () => {
    expect(USAGE).toContain(`--table ${EXPORT_TABLES.join('|')}`);
    expect(exportFileName('Persona: Anna', new Date(2026, 2, 5), 'notes', 'csv')).toBe(
      'Persona-Anna_notes_2026-03-05.csv',
    );
  });
});
