// `touchpoint-tally score FILE_OR_BOARD_ID…`: board files read as ever, Miro board ids fetched on
// the fly. One board prints exactly what `score <file>` always printed; several boards print one
// JSON entry per board, one CSV with a `board` column, or each board's weakest links.

import { BoardFormatError } from '../core/board-forms.ts';
import { boardsCsv, type CsvDelimiter, tableCsv } from '../core/csv.ts';
import type { ExportTable } from '../core/export-tables.ts';
import { type ColourMap, type Language, SENTIMENTS } from '../core/model.ts';
import { formatBoardsTable, formatScoreJson, formatScoreTable, scoreJson } from '../core/score-report.ts';
import { type BoardSnapshot, readBoard } from '../core/snapshot.ts';
import type { Stemmers } from '../core/stemmers.ts';
import { type Tally, tallyBoard } from '../core/tally.ts';
import { coloursInForce, combineTeamWords, NO_TEAM_WORDS, type TeamWords } from '../core/team-words.ts';
import { type RowThemes, tallyThemes } from '../core/themes.ts';
import { unreachable } from '../core/unreachable.ts';
import { parseBoardJson } from './board-json.ts';
import { firstLine } from './error-line.ts';
import { looksLikeBoardId, MiroBoards, type MiroReading } from './miro-boards.ts';
import { printableJson } from './printable.ts';
import type { CliIo, ScoreFormat } from './run-cli.ts';

/** How `score` was asked to print; e.g. `{ format: 'csv', table: 'summary', delimiter: ',', ... }`. */
export interface ScoreSettings {
  readonly format: ScoreFormat;
  readonly table: ExportTable;
  readonly delimiter: CsvDelimiter;
  readonly language: Language;
  /** `--colours`: replaces the default map and the team's; null when not given. */
  readonly colours: ColourMap | null;
  /** `--words`: the team's words added to each board's own. */
  readonly words: TeamWords;
  readonly bom: boolean;
  /** `--board-id`: the board of a single file, for the notes' links. */
  readonly boardId: string | null;
  /** `--themes`: the stemmers themes are found with; null leaves themes out. */
  readonly stemmers: Stemmers | null;
}

/** At most this many themes per sentiment in the JSON. */
const THEMES_PER_SENTIMENT = 5;

/** Which board a tally is of: a Miro board's id and name, and the file it was read from if any. */
export interface BoardOrigin {
  readonly id: string | null;
  readonly name: string | null;
  readonly file: string | null;
}

type Reading =
  | { readonly kind: 'scored'; readonly origin: BoardOrigin; readonly tally: Tally }
  | { readonly kind: 'failed'; readonly origin: BoardOrigin; readonly code: 1 | 2; readonly message: string };

type Target =
  /** `take` gives the file's content once, and forgets it: a big board's bytes are freed once parsed. */
  | { readonly kind: 'file'; readonly path: string; readonly take: () => string | Uint8Array }
  | { readonly kind: 'unreadable'; readonly path: string; readonly message: string }
  | { readonly kind: 'miro'; readonly id: string };

/** Scores every target in order and prints the result; resolves to the exit code (the worst: 2 input, 1 a board Miro did not give, 0). */
export async function scoreBoards(
  targets: readonly string[],
  settings: ScoreSettings,
  io: CliIo,
): Promise<number> {
  const resolved: Target[] = [];
  for (const target of targets) resolved.push(await resolveTarget(target, io));
  const boardIds = resolved.flatMap((target) => (target.kind === 'miro' ? [target.id] : []));
  const fromMiro = await new MiroBoards(io.miro, io.progress).readAll(boardIds);
  const miroReadings = new Map(boardIds.map((id, index) => [id, fromMiro[index]] as const));

  const readings: Reading[] = [];
  for (const target of resolved) {
    const reading = readTarget(target, settings, miroReadings);
    if (reading.kind === 'failed') io.stderr(`touchpoint-tally: ${reading.message}\n`);
    readings.push(reading);
  }
  const code = Math.max(0, ...readings.map((reading) => (reading.kind === 'failed' ? reading.code : 0)));

  const [only] = readings;
  if (readings.length === 1 && only) {
    if (only.kind === 'failed') return only.code;
    io.stdout(singleBoard(only.tally, only.origin, settings));
    return code;
  }
  const scored = readings.filter((reading) => reading.kind === 'scored');
  switch (settings.format) {
    case 'json':
      io.stdout(
        printableJson(
          `${JSON.stringify(
            readings.map((reading) => boardEntry(reading, settings)),
            null,
            2,
          )}\n`,
        ),
      );
      return code;
    case 'table':
      io.stdout(
        formatBoardsTable(
          scored.map(({ origin, tally }) => ({
            board: boardLabel(origin),
            tally,
            themes: themesOf(tally, settings, THEMES_PER_SENTIMENT),
          })),
        ),
      );
      return code;
    case 'csv':
      io.stdout(
        boardsCsv(
          settings.table,
          scored.map(({ origin, tally }) => ({
            board: boardLabel(origin),
            boardId: origin.id,
            tally,
            noteThemes: noteThemesOf(tally, settings),
          })),
          { language: settings.language, delimiter: settings.delimiter, bom: settings.bom },
        ),
      );
      return code;
    default:
      return unreachable(settings.format);
  }
}

/** How a board is named in the CSV's `board` column and above its weakest links: `Workshop 1 (uXjVOabc=)`, else its id, else the file. */
export function boardLabel(origin: BoardOrigin): string {
  if (origin.id !== null && origin.name) return `${origin.name} (${origin.id})`;
  return origin.id ?? origin.name ?? origin.file ?? '';
}

// What `score <file>` has always printed, and so `score <board id>` too.
function singleBoard(tally: Tally, origin: BoardOrigin, settings: ScoreSettings): string {
  switch (settings.format) {
    case 'json':
      return printableJson(formatScoreJson(tally, themesOf(tally, settings, THEMES_PER_SENTIMENT)));
    case 'table':
      return formatScoreTable(tally, themesOf(tally, settings, THEMES_PER_SENTIMENT));
    case 'csv':
      return tableCsv(settings.table, tally, {
        language: settings.language,
        delimiter: settings.delimiter,
        bom: settings.bom,
        boardId: settings.boardId ?? origin.id,
        ...noteThemesOption(tally, settings),
      });
    default:
      return unreachable(settings.format);
  }
}

// One entry of the JSON for several boards: the board, then the scoring contract's output for it, or the error.
function boardEntry(reading: Reading, settings: ScoreSettings): Record<string, unknown> {
  const board = { id: reading.origin.id, name: reading.origin.name, file: reading.origin.file };
  if (reading.kind === 'failed') return { board, error: reading.message };
  return { board, ...scoreJson(reading.tally, themesOf(reading.tally, settings, THEMES_PER_SENTIMENT)) };
}

// With --themes: each row's themes; without, nothing, so the output is what it always was.
function themesOf(tally: Tally, settings: ScoreSettings, limit?: number): readonly RowThemes[] | undefined {
  return settings.stemmers ? tallyThemes(tally, settings.stemmers, limit) : undefined;
}

// The notes table's theme column names every theme a note is in, not only the first five of its row.
function noteThemesOf(tally: Tally, settings: ScoreSettings): ReadonlyMap<string, string> | undefined {
  const themes = themesOf(tally, settings);
  if (!themes) return undefined;
  const byNote = new Map<string, string>();
  for (const row of themes) {
    for (const sentiment of SENTIMENTS) {
      for (const theme of row[sentiment]) for (const id of theme.notes) byNote.set(id, theme.theme);
    }
  }
  return byNote;
}

function noteThemesOption(
  tally: Tally,
  settings: ScoreSettings,
): { readonly noteThemes?: ReadonlyMap<string, string> } {
  const noteThemes = noteThemesOf(tally, settings);
  return noteThemes ? { noteThemes } : {};
}

// A file is read first; only a name that is no file and looks like a board id goes to Miro.
async function resolveTarget(target: string, io: CliIo): Promise<Target> {
  try {
    let content: string | Uint8Array = await (io.readBoardFile ?? io.readFile)(target);
    const take = (): string | Uint8Array => {
      const taken = content;
      content = '';
      return taken;
    };
    return { kind: 'file', path: target, take };
  } catch (error) {
    if (errorCode(error) === 'ENOENT' && looksLikeBoardId(target)) return { kind: 'miro', id: target };
    return { kind: 'unreadable', path: target, message: `cannot read ${target}: ${readFailure(error)}` };
  }
}

function readTarget(
  target: Target,
  settings: ScoreSettings,
  fromMiro: ReadonlyMap<string, MiroReading | undefined>,
): Reading {
  switch (target.kind) {
    case 'unreadable':
      return { kind: 'failed', origin: fileOrigin(target.path), code: 2, message: target.message };
    case 'miro': {
      const reading: MiroReading = fromMiro.get(target.id) ?? { kind: 'no-token' };
      const origin = {
        id: target.id,
        name: reading.kind === 'board' ? reading.board.board.name : null,
        file: null,
      };
      switch (reading.kind) {
        case 'board':
          return { kind: 'scored', origin, tally: tallyOf(readBoard(reading.board), settings) };
        case 'no-token': {
          const message = `cannot read ${target.id}: no such file, and no MIRO_ACCESS_TOKEN to read it as a Miro board.`;
          return { kind: 'failed', origin, code: 2, message };
        }
        case 'failed':
          return { kind: 'failed', origin, code: 1, message: reading.message };
        default:
          return unreachable(reading);
      }
    }
    case 'file':
      return readFileTarget(target.path, target.take, settings);
    default:
      return unreachable(target);
  }
}

// Scoring starts once the parsed file is out of reach: on a big board its items are most of the
// memory, and only the snapshot is needed from then on.
function readFileTarget(path: string, take: () => string | Uint8Array, settings: ScoreSettings): Reading {
  const read = readFileSnapshot(path, take);
  if (read.kind === 'failed') return read;
  return { kind: 'scored', origin: read.origin, tally: tallyOf(read.snapshot, settings) };
}

function readFileSnapshot(
  path: string,
  take: () => string | Uint8Array,
): Extract<Reading, { kind: 'failed' }> | { kind: 'read'; origin: BoardOrigin; snapshot: BoardSnapshot } {
  const failed = (message: string) =>
    ({ kind: 'failed', origin: fileOrigin(path), code: 2, message }) as const;
  const parsed = parseBoardJson(take());
  if (parsed.kind === 'empty') return failed(`${path} is empty; expected a board in JSON.`);
  if (parsed.kind === 'not-json') return failed(`${path} is not JSON (${parsed.reason}).`);
  try {
    return { kind: 'read', origin: fileOrigin(path, parsed.json), snapshot: readBoard(parsed.json) };
  } catch (error) {
    if (error instanceof BoardFormatError) return failed(`${path}: ${error.message}`);
    throw error;
  }
}

// The board's own words (a board file's "words") joined by --words; --colours over both.
function tallyOf(snapshot: BoardSnapshot, settings: ScoreSettings): Tally {
  const words = combineTeamWords(snapshot.words ?? NO_TEAM_WORDS, settings.words);
  return tallyBoard(snapshot, coloursInForce(words, settings.colours), words);
}

// A file `touchpoint-tally fetch` wrote names its board: `{ "board": { "id", "name" }, "items", "tags" }`.
function fileOrigin(path: string, json?: unknown): BoardOrigin {
  const board = isObject(json) && isObject(json.board) ? json.board : {};
  return {
    id: typeof board.id === 'string' && board.id !== '' ? board.id : null,
    name: typeof board.name === 'string' && board.name !== '' ? board.name : null,
    file: path,
  };
}

/** Why a file could not be read, as the end of a sentence: `'no such file.'`. */
export function readFailure(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'no such file.';
    case 'EISDIR':
      return 'it is a directory.';
    case 'EACCES':
      return 'permission denied.';
    default:
      return `${firstLine(error)}.`;
  }
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
