// The tally as CSV for spreadsheets and CX tools: one module for the panel and the command line,
// so the file a user downloads equals what `touchpoint-tally score --format csv` prints.
// Quoting is papaparse's (RFC 4180: fields with the delimiter, quotes or line breaks are quoted,
// quotes doubled); this module decides the columns, the words and what counts as a formula.
import Papa from 'papaparse';
import { CATALOGUE } from './catalogue.ts';
import { CSV_WORDS, type CsvWords, type NotesColumn } from './csv-words.ts';
import { type Language, STICKY_COLOURS, type TouchpointType } from './model.ts';
import { compareWithSaved, type RowComparison, rowKey, type SavedScoring } from './saved-scores.ts';
import type { Tally } from './tally.ts';
import { unreachable } from './unreachable.ts';

/** The field separator: `,` (RFC 4180), `;` (Excel in locales with a decimal comma), or tab. */
export type CsvDelimiter = ',' | ';' | '\t';

/** Which table to export: one row per map, phase, stage and touchpoint, or one row per sticky note. */
export type CsvTable = 'summary' | 'notes';

/** How to write a table, e.g. `{ language: 'pl', delimiter: ';' }`. */
export interface CsvOptions {
  readonly language: Language;
  /** Default `,`. */
  readonly delimiter?: CsvDelimiter;
  /** A UTF-8 byte order mark first, so Excel reads Cyrillic and Polish letters as UTF-8. Default true. */
  readonly bom?: boolean;
  /** The decimal separator of the share column. Default `,` with the `;` delimiter (the locales that need `;` write decimals with a comma), else `.`. */
  readonly decimalSeparator?: '.' | ',';
  /** The board's id, for each note's link; without it the link column is empty. */
  readonly boardId?: string | null;
  /** A saved scoring to compare with: adds the previous counts and the change in net score to the summary. */
  readonly previous?: SavedScoring | null;
  /** Several boards in one file: this board's name and id as a first `board` column (see `boardsCsv`). */
  readonly board?: string;
  /** The header row; default true. `boardsCsv` writes it for the first board only. */
  readonly header?: boolean;
  /** Each counted note's theme by note id (see `tallyThemes`): adds a last `theme` column to the notes table. */
  readonly noteThemes?: ReadonlyMap<string, string>;
  /** The type of a touchpoint by its label; default: the catalogue's name in any language (`catalogueType`). Unknown labels leave the cell empty. */
  readonly touchpointType?: (touchpoint: string) => TouchpointType | null;
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

type Cell = string | number;

/** The summary table: one row per map, phase, stage and touchpoint, in tally order, then (when comparing) the rows that have no notes any more. */
export function summaryCsv(tally: Tally, options: CsvOptions): string {
  const words = CSV_WORDS[options.language];
  const comparing = options.previous ? compareWithSaved(tally, options.previous) : null;
  const columns = comparing ? ([...SUMMARY_COLUMNS, ...COMPARISON_COLUMNS] as const) : SUMMARY_COLUMNS;
  const decimal = options.decimalSeparator ?? (options.delimiter === ';' ? ',' : '.');
  const byKey = new Map(comparing?.rows.map((row) => [rowKey(row), row]));
  const type = (touchpoint: string): string => {
    const found = (options.touchpointType ?? typeOnBoard(tally))(touchpoint);
    return found ? words.types[found] : '';
  };

  const rows: Cell[][] = tally.rows.map((row) => [
    row.map ?? '',
    words.phases[row.phase],
    row.stage,
    row.touchpoint,
    type(row.touchpoint),
    row.positive,
    row.neutral,
    row.negative,
    row.total,
    row.net,
    share(row.negativeShare, decimal),
    row.weakestRank ?? '',
    ...(comparing ? comparisonCells(byKey.get(rowKey(row))) : []),
  ]);
  for (const gone of comparing?.rows ?? []) {
    if (gone.kind !== 'vanished') continue;
    rows.push([
      gone.map ?? '',
      words.phases[gone.phase],
      gone.stage ?? '',
      gone.touchpoint,
      type(gone.touchpoint),
      0,
      0,
      0,
      0,
      0,
      '',
      '',
      ...comparisonCells(gone),
    ]);
  }
  return write(
    columns.map((column) => words.summary[column]),
    rows,
    options,
  );
}

/** The notes table: one row per sticky note read, counted or not, with the reason it was not counted. */
export function notesCsv(tally: Tally, options: CsvOptions): string {
  const words = CSV_WORDS[options.language];
  const themes = options.noteThemes;
  const themeCell = (id: string): Cell[] => (themes ? [themes.get(id) ?? ''] : []);
  const rows: Cell[][] = tally.placements.map((placement) => {
    const { note } = placement;
    const start: Cell[] = [
      note.id,
      noteLink(options.boardId ?? null, note.id),
      note.text,
      colourCell(note.colour ?? null, words),
      note.tags.join(', '),
    ];
    switch (placement.kind) {
      case 'counted':
        return [
          ...start,
          placement.map ?? '',
          words.phases[placement.phase],
          placement.stage,
          placement.touchpoint,
          words.sentiments[placement.sentiment],
          words.signals[placement.signal],
          conflictCell(placement.conflicts, words),
          '',
          ...themeCell(note.id),
        ];
      case 'unassigned':
        // What is known of the note's place stays in its cells, e.g. Reviews / After purchase for a note with no sentiment.
        return [
          ...start,
          placement.known.map ?? '',
          placement.known.phase ? words.phases[placement.known.phase] : '',
          placement.known.stage ?? '',
          placement.known.touchpoint ?? '',
          '',
          '',
          '',
          words.reasons[placement.reason],
          ...themeCell(note.id),
        ];
      default:
        return unreachable(placement);
    }
  });
  const columns: readonly NotesColumn[] = themes ? [...NOTES_COLUMNS, 'theme'] : NOTES_COLUMNS;
  return write(
    columns.map((column) => words.notes[column]),
    rows,
    options,
  );
}

/** Either table by name, for the command line's `--table`. */
export function tableCsv(table: CsvTable, tally: Tally, options: CsvOptions): string {
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
  table: CsvTable,
  boards: readonly {
    readonly board: string;
    readonly boardId: string | null;
    readonly tally: Tally;
    readonly noteThemes?: ReadonlyMap<string, string>;
  }[],
  options: CsvOptions,
): string {
  if (boards.length === 0) return write([CSV_WORDS[options.language].board], [], options);
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

/** The type a touchpoint's template row carries on the board (how a custom touchpoint keeps its type), else the catalogue's. */
function typeOnBoard(tally: Tally): (touchpoint: string) => TouchpointType | null {
  const marked = new Map<string, TouchpointType>();
  for (const placement of tally.placements) {
    if (placement.kind === 'counted' && placement.touchpointType && !marked.has(placement.touchpoint)) {
      marked.set(placement.touchpoint, placement.touchpointType);
    }
  }
  return (touchpoint) => marked.get(touchpoint) ?? catalogueType(touchpoint);
}

/** The type of a catalogue touchpoint by its name in any of the app's languages, e.g. `'Сайт'` → `'digital'`; else null. */
export function catalogueType(touchpoint: string): TouchpointType | null {
  return CATALOGUE_TYPES.get(touchpoint.trim().toLowerCase()) ?? null;
}

const CATALOGUE_TYPES: ReadonlyMap<string, TouchpointType> = new Map(
  CATALOGUE.flatMap((entry) =>
    [...Object.values(entry.names), ...(entry.formerNames ?? [])].map(
      (name) => [name.toLowerCase(), entry.type] as const,
    ),
  ),
);

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

/** A file name with the board or map name, the table and the local date, e.g. `('Persona: Anna', 2026-03-05, 'notes')` → `'Persona-Anna_notes_2026-03-05.csv'`. */
export function csvFileName(boardOrMapName: string, date: Date, table: CsvTable): string {
  // Letters and digits of any script stay (a Polish or Russian board keeps its name); anything
  // else, including characters Windows forbids in file names, becomes a dash.
  const slug = Array.from(boardOrMapName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, ''))
    .slice(0, 60)
    .join('')
    .replace(/-+$/, '');
  const day = [
    String(date.getFullYear()).padStart(4, '0'),
    String(date.getMonth() + 1).padStart(2, '0'),
    String(date.getDate()).padStart(2, '0'),
  ].join('-');
  return `${slug || 'touchpoint-tally'}_${table}_${day}.csv`;
}

/** The link that opens the board with the note in view, e.g. `https://miro.com/app/board/uXjVOabc=/?moveToWidget=3458764564249021457`. */
export function noteLink(boardId: string | null, noteId: string): string {
  if (!boardId) return '';
  // Board ids end in `=`, which is legal in a path segment and is how Miro writes its own links.
  const board = encodeURIComponent(boardId).replaceAll('%3D', '=');
  return `https://miro.com/app/board/${board}/?moveToWidget=${encodeURIComponent(noteId)}`;
}

const SUMMARY_COLUMNS = [
  'map',
  'phase',
  'stage',
  'touchpoint',
  'type',
  'positive',
  'neutral',
  'negative',
  'total',
  'net',
  'negativeShare',
  'weakestRank',
] as const;

const COMPARISON_COLUMNS = [
  'previousPositive',
  'previousNeutral',
  'previousNegative',
  'previousNet',
  'netChange',
] as const;

const NOTES_COLUMNS: readonly NotesColumn[] = [
  'id',
  'link',
  'text',
  'colour',
  'tags',
  'map',
  'phase',
  'stage',
  'touchpoint',
  'sentiment',
  'signal',
  'conflict',
  'unassignedReason',
];

function comparisonCells(row: RowComparison | undefined): Cell[] {
  if (!row) return ['', '', '', '', ''];
  const { before, change } = row;
  return [before.positive, before.neutral, before.negative, before.net, change.net];
}

function share(value: number, decimal: '.' | ','): Cell {
  if (!Number.isFinite(value)) return '';
  const rounded = Math.round(value * 1000) / 1000;
  return decimal === '.' ? rounded : String(rounded).replace('.', ',');
}

// A colour the SDK names is written in the table's language; any other value as read.
function colourCell(colour: string | null, words: CsvWords): string {
  if (colour === null) return '';
  const known = STICKY_COLOURS.find((name) => name === colour);
  return known ? words.colours[known] : colour;
}

function conflictCell(
  conflicts: readonly {
    readonly signal: keyof CsvWords['signals'];
    readonly sentiment: keyof CsvWords['sentiments'];
  }[],
  words: CsvWords,
): string {
  return conflicts
    .map((conflict) => `${words.signals[conflict.signal]}: ${words.sentiments[conflict.sentiment]}`)
    .join('; ');
}

function write(header: readonly string[], rows: readonly Cell[][], options: CsvOptions): string {
  const { board } = options;
  const fields = board === undefined ? [...header] : [CSV_WORDS[options.language].board, ...header];
  const data = rows.map((row) => (board === undefined ? [...row] : [board, ...row]));
  const body = Papa.unparse(
    { fields, data },
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
