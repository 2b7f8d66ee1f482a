// What `touchpoint-tally score` prints: docs/scoring.md's JSON output exactly, or a summary for a terminal.
import { CSV_WORDS } from './csv-words.ts';
import { PHASES, type Phase, type Sentiment, type UnassignedReason } from './model.ts';
import { signedNumber } from './signed-number.ts';
import {
  conflictedPlacements,
  rowCounts,
  type SentimentCounts,
  type Tally,
  type TallyRow,
  unassignedByReason,
} from './tally.ts';
import type { RowThemes } from './themes.ts';

/** docs/scoring.md's JSON output of a tally; e.g. `{ notes: 12, rows: [{ map: null, phase: 'before', stage: 'Awareness', touchpoint: 'Website', positive: 2, neutral: 0, negative: 1 }], unassigned: [...] }`. */
export interface ScoreJson {
  readonly notes: number;
  readonly rows: readonly ({
    readonly map: string | null;
    readonly phase: Phase;
    readonly stage: string;
    readonly touchpoint: string;
  } & Readonly<Record<Sentiment, number>> & { readonly themes?: RowThemes })[];
  readonly unassigned: readonly { readonly id: string; readonly reason: UnassignedReason }[];
}

/** The tally in docs/scoring.md's JSON output shape, fields in its order; with `themes` (one per row, see `tallyThemes`) each row ends with its themes. */
export function scoreJson(tally: Tally, themes?: readonly RowThemes[]): ScoreJson {
  return {
    notes: tally.notes,
    rows: tally.rows.map((row, index) => ({
      ...rowCounts(row),
      ...(themes ? { themes: themes[index] ?? { positive: [], neutral: [], negative: [] } } : {}),
    })),
    unassigned: tally.unassigned.map(({ id, reason }) => ({ id, reason })),
  };
}

/** The JSON text `score --format json` prints: two-space indented, with a final newline. */
export function formatScoreJson(tally: Tally, themes?: readonly RowThemes[]): string {
  return `${JSON.stringify(scoreJson(tally, themes), null, 2)}\n`;
}

const PHASE_NAMES: Readonly<Record<Phase, string>> = {
  before: 'before purchase',
  during: 'during purchase',
  after: 'after purchase',
};

/** A plain-text summary for a terminal: weakest links first (with `themes`, each with its top negative theme), then every row, totals per phase, unassigned notes by reason. */
export function formatScoreTable(tally: Tally, themes?: readonly RowThemes[]): string {
  const conflicts = conflictedPlacements(tally);
  const lines: string[] = [countLine(tally)];
  const showMap = tally.rows.some((row) => row.map !== null);

  lines.push('', ...weakestLinks(tally, showMap, themes));

  lines.push('', 'All touchpoints');
  if (tally.rows.length === 0) lines.push('  No note was counted.');
  else lines.push(...indent(rowTable(tally.rows, showMap, false)));

  lines.push('', 'Totals per phase');
  lines.push(
    ...indent(
      table(
        ['Phase', '+', '=', '-', 'Net'],
        PHASES.map((phase) => [PHASE_NAMES[phase], ...countCells(tally.phaseTotals[phase])]),
        [false, true, true, true, true],
      ),
    ),
  );

  lines.push('', 'Not counted');
  if (tally.unassigned.length === 0) lines.push('  Every note was counted.');
  else {
    lines.push(
      ...indent(
        table(
          ['Reason', 'Notes'],
          // In words, as the CSV says them: "outside any phase", not the code "no-phase".
          unassignedByReason(tally).map(({ reason, placements }) => [
            CSV_WORDS.en.reasons[reason],
            String(placements.length),
          ]),
          [false, true],
        ),
      ),
    );
  }
  if (conflicts.length > 0) {
    lines.push(
      '',
      `${conflicts.length} counted ${conflicts.length === 1 ? 'note has' : 'notes have'} conflicting signals.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Several boards for a terminal: each board's name, its count of notes and its weakest links. */
export function formatBoardsTable(
  boards: readonly {
    readonly board: string;
    readonly tally: Tally;
    readonly themes?: readonly RowThemes[];
  }[],
): string {
  const lines: string[] = [];
  for (const { board, tally, themes } of boards) {
    if (lines.length > 0) lines.push('');
    const showMap = tally.rows.some((row) => row.map !== null);
    lines.push(
      `Board ${terminalSafe(board)}`,
      ...indent([countLine(tally), ...weakestLinks(tally, showMap, themes)]),
    );
  }
  return `${lines.join('\n')}\n`;
}

function countLine(tally: Tally): string {
  const counted = tally.notes - tally.unassigned.length;
  return `${tally.notes} sticky ${tally.notes === 1 ? 'note' : 'notes'}: ${counted} counted, ${tally.unassigned.length} not counted.`;
}

function weakestLinks(tally: Tally, showMap: boolean, themes?: readonly RowThemes[]): readonly string[] {
  const heading = 'Weakest links (most negative notes first)';
  if (tally.weakest.length === 0) return [heading, '  No touchpoint has a negative note.'];
  const topTheme = themes
    ? (row: TallyRow): string => {
        const top = themes[tally.rows.indexOf(row)]?.negative[0];
        return top ? `${terminalSafe(top.theme)} · ${top.notes.length}` : '—';
      }
    : undefined;
  return [heading, ...indent(rowTable(tally.weakest, showMap, true, topTheme))];
}

function rowTable(
  rows: readonly TallyRow[],
  showMap: boolean,
  ranked: boolean,
  topTheme?: (row: TallyRow) => string,
): readonly string[] {
  const header = [
    ...(ranked ? ['#'] : []),
    ...(showMap ? ['Map'] : []),
    'Phase',
    'Stage',
    'Touchpoint',
    '+',
    '=',
    '-',
    'Net',
    'Neg %',
    ...(topTheme ? ['Top negative theme'] : []),
  ];
  const body = rows.map((row) => [
    ...(ranked ? [String(row.weakestRank ?? '')] : []),
    ...(showMap ? [terminalSafe(row.map ?? '—')] : []),
    PHASE_NAMES[row.phase],
    terminalSafe(row.stage),
    terminalSafe(row.touchpoint),
    ...countCells(row),
    `${Math.round(row.negativeShare * 100)}%`,
    ...(topTheme ? [topTheme(row)] : []),
  ]);
  const numeric = header.map(
    (name) => !['Map', 'Phase', 'Stage', 'Touchpoint', 'Top negative theme'].includes(name),
  );
  return table(header, body, numeric);
}

function countCells(counts: SentimentCounts): readonly string[] {
  const net = counts.positive - counts.negative;
  return [
    String(counts.positive),
    String(counts.neutral),
    String(counts.negative),
    // ASCII minus: the terminal table is plain text.
    signedNumber(net, String, '-'),
  ];
}

function table(
  header: readonly string[],
  body: readonly (readonly string[])[],
  alignRight: readonly boolean[],
): readonly string[] {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...body.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return alignRight[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...body.map(line)];
}

function indent(lines: readonly string[]): readonly string[] {
  return lines.map((line) => `  ${line}`);
}

// Board text is written by anyone: control characters would drive the terminal, so they go.
function terminalSafe(text: string): string {
  return text.replace(/\p{Cc}/gu, ' ');
}
