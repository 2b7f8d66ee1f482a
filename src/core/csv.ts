// The CSV serialiser of the export's tables (`export-tables.ts`), for spreadsheets and CX tools:
// one module for the panel and the command line, so the file a user downloads equals what
// `touchpoint-tally score --format csv` prints. Quoting is papaparse's (RFC 4180: fields with the
// delimiter, quotes or line breaks are quoted, quotes doubled); this module decides how cells are
// written and what counts as a formula.
import Papa from 'papaparse';
import {
  boardsOnlyTable,
  type Cell,
  type ExportTable,
  exportFileName,
  notesTable,
  summaryTable,
  type Table,
  type TableOptions,
} from './export-tables.ts';
import type { Tally } from './tally.ts';
import { unreachable } from './unreachable.ts';

// Where they always were for the callers of the CSV; they belong to the tables.

/** The field separator: `,` (RFC 4180), `;` (Excel in locales with a decimal comma), or tab. */
export type CsvDelimiter = ',' | ';' | '\t';

/** Which table to export (the export's `ExportTable`): `'summary'` or `'notes'`. */
export type CsvTable = ExportTable;

/** How to write a table, e.g. `{ language: 'pl', delimiter: ';' }`: what goes into it (`TableOptions`) and how it is written. */
export interface CsvOptions extends TableOptions {
  /** Default `,`. */
  readonly delimiter?: CsvDelimiter;
  /** A UTF-8 byte order mark first, so Excel reads Cyrillic and Polish letters as UTF-8. Default true. */
  readonly bom?: boolean;
  /** The decimal separator of fractions (the share column). Default `,` with the `;` delimiter (the locales that need `;` write decimals with a comma), else `.`. */
  readonly decimalSeparator?: '.' | ',';
  /** The header row; default true. `boardsCsv` writes it for the first board only. */
  readonly header?: boolean;
}

/**
 * The cells a spreadsheet would run as a formula: text starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return (also after leading spaces or line breaks, which some importers trim away).
 * The full-width `＝`, `＋`, `－` and `＠` (what East Asian input methods type) and the small-form
 * `﹦`, `﹢`, `﹣` and `﹫` are escaped too: Excel in Western locales shows `＝1+1` as text, but Excel
 * converts such operators typed into a cell in East Asian editions, and an apostrophe on a rare
 * note costs less than a formula. Invisible characters (zero-width spaces and joiners, U+FEFF,
 * soft hyphens, direction marks: Unicode's format characters) before the operator count as spaces,
 * since an importer may drop them: `\u200B=1+1` is escaped.
 *
 * Such a cell is written with an apostrophe in front, so Excel, Google Sheets and LibreOffice
 * show it as text and never evaluate it: a note `-slow delivery` appears as `'-slow delivery`
 * (Excel may hide the apostrophe, treating it as its "this is text" marker; the others show it),
 * and `=1+1` appears as `'=1+1`, not `2`. Everything after the apostrophe is the note's text
 * unchanged. Numbers (counts, net scores such as `-3`, ranks, changes) are written as plain
 * numbers, never escaped, so a spreadsheet can sum them.
 */
export const FORMULA_START = /^[\t\r]|^[\s\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;

const BOM = '\uFEFF';
const NEWLINE = '\r\n';

/** The summary table as CSV (see `summaryTable`). */
export function summaryCsv(tally: Tally, options: CsvOptions): string {
  return writeCsv(summaryTable(tally, options), options);
}

/** The notes table as CSV (see `notesTable`). */
export function notesCsv(tally: Tally, options: CsvOptions): string {
  return writeCsv(notesTable(tally, options), options);
}

/** Either table by name as CSV, for the panel and the command line's `--table`. */
export function tableCsv(table: ExportTable, tally: Tally, options: CsvOptions): string {
  switch (table) {
    case 'summary':
      return summaryCsv(tally, options);
    case 'notes':
      return notesCsv(tally, options);
    default:
      return unreachable(table);
  }
}

/** Several boards' tables in one file: one header, a `board` column first (e.g. `Workshop 1 (uXjVOabc=)`), the boards' rows in order. */
export function boardsCsv(
  table: ExportTable,
  boards: readonly {
    readonly board: string;
    readonly boardId: string | null;
    readonly tally: Tally;
    readonly noteThemes?: ReadonlyMap<string, string>;
  }[],
  options: CsvOptions,
): string {
  if (boards.length === 0) return writeCsv(boardsOnlyTable(options.language), options);
  return boards
    .map(({ board, boardId, tally, noteThemes }, index) =>
      tableCsv(table, tally, {
        ...options,
        ...(noteThemes ? { noteThemes } : {}),
        board,
        boardId,
        header: index === 0,
        bom: index === 0 && options.bom !== false,
      }),
    )
    .join('');
}

/** A delimiter from what a user typed: `,`, `;`, `tab` or a tab character; anything else is `null`. */
export function readDelimiter(text: string): CsvDelimiter | null {
  if (text === '\t') return '\t';
  switch (text.trim().toLowerCase()) {
    case ',':
    case 'comma':
      return ',';
    case ';':
    case 'semicolon':
      return ';';
    case 'tab':
    case '\\t':
      return '\t';
    default:
      return null;
  }
}

/** A CSV file's name (see `exportFileName`), e.g. `('Persona: Anna', 2026-03-05, 'notes')` → `'Persona-Anna_notes_2026-03-05.csv'`. */
export function csvFileName(boardOrMapName: string, date: Date, table: ExportTable): string {
  return exportFileName(boardOrMapName, date, table, 'csv');
}

/** Any table as CSV text: the header row (unless `header: false`), a line per row, each ended by CRLF, after a byte order mark (unless `bom: false`). */
export function writeCsv<Column extends string>(table: Table<Column>, options: CsvOptions): string {
  const decimal = options.decimalSeparator ?? (options.delimiter === ';' ? ',' : '.');
  const body = Papa.unparse(
    {
      fields: table.columns.map((column) => table.header[column]),
      data: table.rows.map((row) => table.columns.map((column) => csvCell(row[column], decimal))),
    },
    {
      header: options.header !== false,
      delimiter: options.delimiter ?? ',',
      newline: NEWLINE,
      escapeFormulae: FORMULA_START,
    },
  );
  // Without a header and without rows there is nothing to end with a line break.
  if (body === '') return options.bom === false ? '' : BOM;
  return `${options.bom === false ? '' : BOM}${body}${NEWLINE}`;
}

// Papa writes nothing for null and leaves numbers unescaped; a fraction with a decimal comma
// becomes text, which stays unescaped as long as it is no negative fraction (the export has none).
function csvCell(cell: Cell, decimal: '.' | ','): Cell {
  if (typeof cell !== 'number' || decimal === '.' || Number.isInteger(cell)) return cell;
  return String(cell).replace('.', ',');
}
