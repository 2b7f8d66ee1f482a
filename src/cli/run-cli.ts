// The command line as a function of its arguments and its input/output, so it runs in tests
// without a process; main.ts hands it the real ones.
import { parseArgs } from 'node:util';
import { readDelimiter } from '../core/csv.ts';
import { EXPORT_FORMATS, EXPORT_TABLES, type ExportFormat } from '../core/export-tables.ts';
import { type ColourMap, LANGUAGES } from '../core/model.ts';
import { loadStemmers } from '../core/stemmers.ts';
import { NO_TEAM_WORDS, readTeamWords, type TeamWords } from '../core/team-words.ts';
import { parseColourOption } from './colour-option.ts';
import { firstLine } from './error-line.ts';
import { fetchBoards } from './fetch-command.ts';
import { printable, printableIo } from './printable.ts';
import type { MiroConnection } from './rest-client.ts';
import { readFailure, scoreBoards } from './score-boards.ts';

/** What the command line reads and writes; e.g. `{ readFile: (path) => fs.readFile(path, 'utf8'), stdout: (text) => process.stdout.write(text), ... }`. */
export interface CliIo {
  readonly readFile: (path: string) => Promise<string>;
  /** A board file's bytes, when the caller can give them (the process does): a big board is then parsed without one string of the whole file. */
  readonly readBoardFile?: (path: string) => Promise<Uint8Array>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Miro's REST API for board ids: `MIRO_ACCESS_TOKEN` and `MIRO_API_URL`; absent, board ids cannot be read. */
  readonly miro?: MiroConnection;
  /** Writes a file, making its folder (`fetch`). */
  readonly writeFile?: (path: string, text: string) => Promise<void>;
  /** Progress of long reads, rewritten in place; absent when stderr is no terminal (quiet). */
  readonly progress?: (text: string) => void;
}

/** An output format of `score`: the tally as JSON, an export format (the panel's), or a table for a terminal. */
export type ScoreFormat = 'json' | ExportFormat | 'table';

const FORMATS: readonly ScoreFormat[] = ['json', ...EXPORT_FORMATS, 'table'];

// Words as a sentence lists them, e.g. `en, ru or pl`.
const orList = (words: readonly string[]): string => `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/** The usage text, printed for --help and after a usage mistake. */
export const USAGE = `Usage: touchpoint-tally score <board.json | board id>... [--format ${FORMATS.join('|')}] [--colours green=positive,red=negative,...]
         [--words words.json] [--table ${EXPORT_TABLES.join('|')}] [--delimiter , | ; | tab] [--no-bom] [--language ${LANGUAGES.join('|')}]
         [--board-id ID] [--themes]
       touchpoint-tally fetch <board id>... [-o DIR]

score: scores the sticky notes of Miro board files (an array of Web SDK items, a REST v2 items page
(or a list of pages), or { "items": [...], "tags": [...], "words": {...} }) and of Miro boards by id,
read through the REST API with the token in MIRO_ACCESS_TOKEN. Several boards give one JSON entry
per board, one CSV with a board column, or each board's weakest links.
fetch: reads each board into DIR/<board id>.json (default: the current folder) and prints the paths.

Options:
  --format    json: the tally as JSON; csv: the tally as CSV; table: a summary (default)
  --colours   which sticky colours mean which sentiment; replaces the default map and the team's
              light_green,green,dark_green=positive, light_pink,pink,red=negative, gray=neutral
  --words     a JSON file of the team's own words, added to the board file's "words", e.g.
              { "before": ["Discover"], "ignore": ["Parking lot"], "colours": { "yellow": "neutral" } }
              (each list joins the file's; its "colours" replace the file's)
  --table     implies csv: summary (one row per map, phase, stage and touchpoint, default) or notes (one row per note)
  --delimiter implies csv: , (default), ; (Excel in locales with a decimal comma) or tab
  --no-bom    implies csv: leave out the UTF-8 byte order mark Excel needs to read non-Latin letters
  --language  with csv: the language of the headers and words, ${orList([`${LANGUAGES[0]} (default)`, ...LANGUAGES.slice(1)])}
  --board-id  with csv: the Miro board's id, for a link to each note (one board file only)
  --themes    group each row's notes into themes (notes sharing words, in English, Russian and Polish):
              json: each row's "themes" per sentiment (at most 5, largest first); csv notes table:
              a theme column; table: the top negative theme of each weakest link
  -o, --output  with fetch: the folder to write the board files to
  --help      show this text
`;

/** Runs the command line and resolves to its exit code: 0 done, 1 a Miro board could not be read, 2 a usage or input error; anything else throws (see `runCliProcess`). */
export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  // Board text reaches every output and message: no control character of it reaches a terminal.
  const io = printableIo(given);
  const fail = (message: string): number => {
    io.stderr(`touchpoint-tally: ${message}\n`);
    return 2;
  };
  const usageError = (message: string): number => {
    io.stderr(`touchpoint-tally: ${message}\n\n${USAGE}`);
    return 2;
  };

  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    return usageError(firstLine(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const [command, ...targets] = positionals;
  if (command === undefined) return usageError('no command given.');
  if (command === 'fetch') {
    if (targets.length === 0) return usageError('fetch needs a board id.');
    return fetchBoards(targets, values.output ?? '.', io);
  }
  if (command !== 'score') return usageError(`unknown command "${command}".`);
  if (targets.length === 0) return usageError('score needs a board file or a Miro board id.');
  if (values.output !== undefined) return usageError('--output is for fetch; score prints to stdout.');
  if (targets.length > 1 && values['board-id'] !== undefined) {
    return usageError('--board-id names the board of one file; several boards each use their own id.');
  }

  // The CSV options imply --format csv; with another format they would do nothing, so they are refused.
  const csvOptions = (['table', 'delimiter', 'no-bom'] as const).filter((name) => values[name] !== undefined);
  const format = FORMATS.find(
    (known) => known === (values.format ?? (csvOptions.length > 0 ? 'csv' : 'table')),
  );
  if (format === undefined) return usageError(`--format must be json, csv or table, not "${values.format}".`);
  if (format !== 'csv' && csvOptions.length > 0) {
    return usageError(
      `${csvOptions.map((name) => `--${name}`).join(', ')} ${csvOptions.length === 1 ? 'is' : 'are'} for --format csv, not --format ${format}.`,
    );
  }

  const table = EXPORT_TABLES.find((known) => known === (values.table ?? EXPORT_TABLES[0]));
  if (table === undefined) {
    return usageError(`--table must be ${EXPORT_TABLES.join(' or ')}, not "${values.table}".`);
  }
  const delimiter = readDelimiter(values.delimiter ?? ',');
  if (delimiter === null) return usageError(`--delimiter must be , ; or tab, not "${values.delimiter}".`);
  const language = LANGUAGES.find((known) => known === (values.language ?? 'en'));
  if (language === undefined)
    return usageError(`--language must be ${orList(LANGUAGES)}, not "${values.language}".`);

  let colours: ColourMap | null = null;
  const colourOption = values.colours ?? values.colors;
  if (colourOption !== undefined) {
    const reading = parseColourOption(colourOption);
    if (reading.kind === 'error') return fail(reading.message);
    colours = reading.colours;
  }

  let addedWords: TeamWords = NO_TEAM_WORDS;
  const wordsFile = values.words;
  if (wordsFile !== undefined) {
    const reading = await readWordsFile(wordsFile, io);
    if (reading.kind === 'error') return fail(reading.message);
    addedWords = reading.words;
  }

  return scoreBoards(
    targets,
    {
      format,
      table,
      delimiter,
      language,
      colours,
      words: addedWords,
      bom: !values['no-bom'],
      boardId: values['board-id'] ?? null,
      stemmers: values.themes ? await loadStemmers() : null,
    },
    io,
  );
}

/**
 * Runs the command line as the process does: never throws. A failure the scorer did not expect
 * (a bug, a broken pipe) becomes one line on stderr and exit code 1, not a stack trace; the
 * stack follows only with `debug` (the DEBUG environment variable), for whoever reports the bug.
 * Example: `process.exitCode = await runCliProcess(argv, io, { debug: Boolean(process.env.DEBUG) })`.
 */
export async function runCliProcess(
  argv: readonly string[],
  io: CliIo,
  options: { readonly debug: boolean },
): Promise<number> {
  try {
    return await runCli(argv, io);
  } catch (error) {
    const stack = options.debug && error instanceof Error && error.stack ? `${error.stack}\n` : '';
    io.stderr(printable(`touchpoint-tally: internal error: ${firstLine(error)}\n${stack}`));
    return 1;
  }
}

function parseCommandLine(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      colours: { type: 'string' },
      colors: { type: 'string' },
      words: { type: 'string' },
      table: { type: 'string' },
      delimiter: { type: 'string' },
      'no-bom': { type: 'boolean' },
      language: { type: 'string' },
      'board-id': { type: 'string' },
      themes: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

// The --words file: a JSON object of the same shape as a board file's "words".
async function readWordsFile(
  file: string,
  io: CliIo,
): Promise<
  { readonly kind: 'words'; readonly words: TeamWords } | { readonly kind: 'error'; readonly message: string }
> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return { kind: 'error', message: `--words: cannot read ${file}: ${readFailure(error)}` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'error', message: `--words: ${file} is not JSON (${firstLine(error)}).` };
  }
  const reading = readTeamWords(json, `--words: ${file}`);
  return reading.kind === 'words' ? reading : { kind: 'error', message: reading.message };
}
