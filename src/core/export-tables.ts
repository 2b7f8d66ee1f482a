// What the app exports, before any file format: the summary and notes tables as named columns
// (each with its header in the table's language) and typed rows (text, numbers, or nothing), plus
// the one list of tables and formats that the panel and the command line both offer. A format is a
// serialiser of these tables (CSV: `csv.ts`); no format decides what a row holds.
import { CATALOGUE } from './catalogue.ts';
import { compareWithSaved, type RowComparison } from './compare-with-saved.ts';
import { CSV_WORDS, type CsvWords, type NotesColumn, type SummaryColumn } from './csv-words.ts';
import { type Language, STICKY_COLOURS, type TouchpointType } from './model.ts';
import type { SavedScoring } from './saved-scores.ts';
import { rowKey, type Tally, type TallyRow } from './tally.ts';
import { unreachable } from './unreachable.ts';

/** The tables to export, in the order they are offered: one row per map, phase, stage and touchpoint, or one row per sticky note. */
export const EXPORT_TABLES = ['summary', 'notes'] as const;

/** Which table to export, e.g. `'notes'`. */
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** The file formats the tables are written in, in the order they are offered (JSON and the terminal table of `score` are the tally itself, not these tables). */
export const EXPORT_FORMATS = ['csv'] as const;

/** A file format of the export, e.g. `'csv'`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a file of each format is: its name's ending and its media type, e.g. `EXPORT_FILES.csv.extension` → `'csv'`. */
export const EXPORT_FILES: Readonly<
  Record<ExportFormat, { readonly extension: string; readonly mediaType: string }>
> = {
  csv: { extension: 'csv', mediaType: 'text/csv;charset=utf-8' },
};

/** One cell: text, a number (written as a number, so a spreadsheet can sum it), or nothing. */
export type Cell = string | number | null;

/** A table ready for a format: the columns to write in order, each one's header, and rows of cells by column. */
export interface Table<Column extends string> {
  readonly columns: readonly Column[];
  readonly header: Readonly<Record<Column, string>>;
  readonly rows: readonly Readonly<Record<Column, Cell>>[];
}

/** What goes into a table, e.g. `{ language: 'pl', boardId: 'uXjVOabc=' }`. */
export interface TableOptions {
  readonly language: Language;
  /** The board's id, for each note's link; without it the link column is empty. */
  readonly boardId?: string | null;
  /** A saved scoring to compare with: adds the previous counts and the change in net score to the summary. */
  readonly previous?: SavedScoring | null;
  /** Several boards in one file: this board's name and id as a first `board` column. */
  readonly board?: string;
  /** Each counted note's theme by note id (see `tallyThemes`): adds a last `theme` column to the notes table. */
  readonly noteThemes?: ReadonlyMap<string, string>;
  /** The type of a touchpoint by its label; default: the one its template row carries, else the catalogue's (`catalogueType`). Unknown labels leave the cell empty. */
  readonly touchpointType?: (touchpoint: string) => TouchpointType | null;
}

/** A table of one board or of several: the `board` column comes first when the options name a board. */
export type BoardTable<Column extends string> = Table<Column | 'board'>;

/** The summary: one row per map, phase, stage and touchpoint, in tally order, then (when comparing) the rows that have no notes any more. */
export function summaryTable(tally: Tally, options: TableOptions): BoardTable<SummaryColumn> {
  const words = CSV_WORDS[options.language];
  const comparing = options.previous ? compareWithSaved(tally, options.previous) : null;
  const byKey = new Map(comparing?.rows.map((row) => [rowKey(row), row]));
  const touchpointType = options.touchpointType ?? typeOnBoard(tally);
  const type = (touchpoint: string): string | null => {
    const found = touchpointType(touchpoint);
    return found ? words.types[found] : null;
  };
  // Where a row stands, the same for a row of the tally and one that vanished since the save.
  const place = (row: RowComparison | TallyRow) => ({
    map: row.map,
    phase: words.phases[row.phase],
    stage: row.stage,
    touchpoint: row.touchpoint,
    type: type(row.touchpoint),
  });
  const counted = (row: TallyRow): Record<SummaryColumn, Cell> => ({
    ...place(row),
    positive: row.positive,
    neutral: row.neutral,
    negative: row.negative,
    total: row.total,
    net: row.net,
    negativeShare: Number.isFinite(row.negativeShare) ? Math.round(row.negativeShare * 1000) / 1000 : null,
    weakestRank: row.weakestRank,
    ...comparison(byKey.get(rowKey(row))),
  });
  const vanished = (gone: RowComparison): Record<SummaryColumn, Cell> => ({
    ...place(gone),
    positive: 0,
    neutral: 0,
    negative: 0,
    total: 0,
    net: 0,
    negativeShare: null,
    weakestRank: null,
    ...comparison(gone),
  });
  const rows = [
    ...tally.rows.map(counted),
    ...(comparing?.rows ?? []).flatMap((row) => (row.kind === 'vanished' ? [vanished(row)] : [])),
  ];
  const columns = comparing ? [...SUMMARY_COLUMNS, ...COMPARISON_COLUMNS] : SUMMARY_COLUMNS;
  return withBoard({ columns, header: words.summary, rows }, options);
}

/** The notes: one row per sticky note read, counted or not, with the reason it was not counted. */
export function notesTable(tally: Tally, options: TableOptions): BoardTable<NotesColumn> {
  const words = CSV_WORDS[options.language];
  const themes = options.noteThemes;
  const rows = tally.placements.map((placement): Record<NotesColumn, Cell> => {
    const { note } = placement;
    const about = {
      id: note.id,
      link: noteLink(options.boardId ?? null, note.id),
      text: note.text,
      colour: colourName(note.colour ?? null, words),
      tags: note.tags.join(', '),
      theme: themes?.get(note.id) ?? null,
    };
    switch (placement.kind) {
      case 'counted':
        return {
          ...about,
          map: placement.map,
          phase: words.phases[placement.phase],
          stage: placement.stage,
          touchpoint: placement.touchpoint,
          sentiment: words.sentiments[placement.sentiment],
          signal: words.signals[placement.signal],
          conflict: conflictText(placement.conflicts, words),
          unassignedReason: null,
        };
      case 'unassigned':
        // What is known of the note's place stays in its cells, e.g. Reviews / After purchase for a note with no sentiment.
        return {
          ...about,
          map: placement.known.map ?? null,
          phase: placement.known.phase ? words.phases[placement.known.phase] : null,
          stage: placement.known.stage ?? null,
          touchpoint: placement.known.touchpoint ?? null,
          sentiment: null,
          signal: null,
          conflict: null,
          unassignedReason: words.reasons[placement.reason],
        };
      default:
        return unreachable(placement);
    }
  });
  const columns: readonly NotesColumn[] = themes ? [...NOTES_COLUMNS, 'theme'] : NOTES_COLUMNS;
  return withBoard({ columns, header: words.notes, rows }, options);
}

/** The `board` column alone, for a file of several boards with no board in it. */
export function boardsOnlyTable(language: Language): Table<'board'> {
  return { columns: ['board'], header: { board: CSV_WORDS[language].board }, rows: [] };
}

/** A file name with the board or map name, the table and the local date, e.g. `('Persona: Anna', 2026-03-05, 'notes', 'csv')` → `'Persona-Anna_notes_2026-03-05.csv'`. */
export function exportFileName(
  boardOrMapName: string,
  date: Date,
  table: ExportTable,
  format: ExportFormat,
): string {
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
  return `${slug || 'touchpoint-tally'}_${table}_${day}.${EXPORT_FILES[format].extension}`;
}

/** The type of a catalogue touchpoint by its name in any of the app's languages, e.g. `'Сайт'` → `'digital'`; else null. */
export function catalogueType(touchpoint: string): TouchpointType | null {
  return CATALOGUE_TYPES.get(touchpoint.trim().toLowerCase()) ?? null;
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
] as const satisfies readonly SummaryColumn[];

const COMPARISON_COLUMNS = [
  'previousPositive',
  'previousNeutral',
  'previousNegative',
  'previousNet',
  'netChange',
] as const satisfies readonly SummaryColumn[];

const NOTES_COLUMNS = [
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
] as const satisfies readonly NotesColumn[];

const CATALOGUE_TYPES: ReadonlyMap<string, TouchpointType> = new Map(
  CATALOGUE.flatMap((entry) =>
    [...Object.values(entry.names), ...(entry.formerNames ?? [])].map(
      (name) => [name.toLowerCase(), entry.type] as const,
    ),
  ),
);

function withBoard<Column extends string>(table: Table<Column>, options: TableOptions): BoardTable<Column> {
  const { board } = options;
  return {
    columns: board === undefined ? table.columns : ['board', ...table.columns],
    header: { board: CSV_WORDS[options.language].board, ...table.header },
    rows: table.rows.map((row) => ({ board: board ?? null, ...row })),
  };
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

function comparison(
  row: RowComparison | undefined,
): Record<(typeof COMPARISON_COLUMNS)[number], number | null> {
  return {
    previousPositive: row?.before.positive ?? null,
    previousNeutral: row?.before.neutral ?? null,
    previousNegative: row?.before.negative ?? null,
    previousNet: row?.before.net ?? null,
    netChange: row?.change.net ?? null,
  };
}

// A colour the SDK names is written in the table's language; any other value as read.
function colourName(colour: string | null, words: CsvWords): string | null {
  if (colour === null) return null;
  const known = STICKY_COLOURS.find((name) => name === colour);
  return known ? words.colours[known] : colour;
}

function conflictText(
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
