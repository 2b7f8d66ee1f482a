import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli, runCliProcess, USAGE } from '../../src/cli/run-cli.ts';

const boards = new URL('../fixtures/boards/', import.meta.url);
const fixturePath = (name: string): string => new URL(name, boards).pathname;

// Runs the command line in-process against real fixture files and in-memory ones.
async function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    readFile: async (path) => {
      const inMemory = files[path];
      if (inMemory !== undefined) return inMemory;
      return readFile(path, 'utf8');
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

const oneNoteBoard = JSON.stringify([
  { type: 'frame', id: 'f', title: 'Before', x: 50, y: 50, width: 100, height: 100 },
  { type: 'shape', id: 's', content: '<p>Website</p>', x: 50, y: 50, width: 100, height: 100 },
  { type: 'sticky_note', id: 'n', content: '<p>ok</p>', x: 50, y: 50, style: { fillColor: 'yellow' } },
]);

describe('touchpoint-tally score', () => {
  it('prints docs/scoring.md JSON with --format json', async () => {
    const result = await run(['score', fixturePath('pl-items-and-tags.json'), '--format', 'json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout);
    expect(json.notes).toBe(7);
    expect(json.rows).toHaveLength(3);
    expect(json.unassigned).toEqual([{ id: 'n7', reason: 'no-sentiment' }]);
  });

  it('prints the table by default', async () => {
    const result = await run(['score', fixturePath('en-web-sdk.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Weakest links');
    expect(result.stdout).toContain('Persona: Anna & kids');
  });

  it('takes the file after the options too', async () => {
    const result = await run(['score', '--format=json', fixturePath('ru-rest-pages.json')]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).notes).toBe(7);
  });

  it('replaces the colour map with --colours', async () => {
    const counts = async (argv: string[]) => JSON.parse((await run(argv, { 'b.json': oneNoteBoard })).stdout);
    expect((await counts(['score', 'b.json', '--format', 'json'])).unassigned).toEqual([
      { id: 'n', reason: 'no-sentiment' },
    ]);
    const recoloured = await counts([
      'score',
      'b.json',
      '--format',
      'json',
      '--colours',
      'yellow=neutral,red=negative',
    ]);
    expect(recoloured.rows).toEqual([
      {
        map: null,
        phase: 'before',
        stage: 'Before',
        touchpoint: 'Website',
        positive: 0,
        neutral: 1,
        negative: 0,
      },
    ]);
  });

  it('treats a board without notes as a board, not an error', async () => {
    const result = await run(['score', 'empty-board.json', '--format', 'json'], { 'empty-board.json': '[]' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ notes: 0, rows: [], unassigned: [] });
  });

  it('accepts a file saved with a byte-order mark', async () => {
    const result = await run(['score', 'bom.json', '--format', 'json'], {
      'bom.json': `\ufeff${oneNoteBoard}`,
    });
    expect(result.code).toBe(0);
  });

  it('writes the summary CSV by default with --format csv: BOM, comma, English headers', async () => {
    const result = await run(['score', fixturePath('pl-items-and-tags.json'), '--format', 'csv']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('\ufeffmap,phase,stage,touchpoint,type,positive')).toBe(true);
    const json = JSON.parse(
      (await run(['score', fixturePath('pl-items-and-tags.json'), '--format', 'json'])).stdout,
    );
    // One header line, one line per tally row, each ended by CRLF.
    expect(result.stdout.split('\r\n').filter((line) => line !== '')).toHaveLength(1 + json.rows.length);
  });

  it('writes the notes table with ; and no BOM, in Polish, with links when given the board id', async () => {
    const result = await run([
      'score',
      fixturePath('pl-items-and-tags.json'),
      '--format',
      'csv',
      '--table',
      'notes',
      '--delimiter',
      ';',
      '--no-bom',
      '--language',
      'pl',
      '--board-id',
      'uXjVOabc=',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout.charCodeAt(0)).not.toBe(0xfeff);
    const lines = result.stdout.split('\r\n').filter((line) => line !== '');
    expect(lines[0]?.split(';').length).toBeGreaterThan(8);
    expect(lines).toHaveLength(1 + 7);
    expect(result.stdout).toContain('https://miro.com/app/board/uXjVOabc=/?moveToWidget=');
  });

  it('takes --table or --delimiter alone as asking for CSV, the same bytes as with --format csv', async () => {
    const implied = await run([
      'score',
      fixturePath('pl-items-and-tags.json'),
      '--table',
      'notes',
      '--delimiter',
      ';',
    ]);
    const explicit = await run([
      'score',
      fixturePath('pl-items-and-tags.json'),
      '--format',
      'csv',
      '--table',
      'notes',
      '--delimiter',
      ';',
    ]);
    expect(implied.code).toBe(0);
    expect(implied.stdout).toBe(explicit.stdout);
  });

  it.each([
    [['--format', 'json', '--table', 'notes'], '--table is for --format csv, not --format json'],
    [['--format', 'table', '--delimiter', ';', '--no-bom'], '--delimiter, --no-bom are for --format csv'],
  ])('refuses CSV options with another format rather than ignoring them: %j', async (options, message) => {
    const result = await run(['score', fixturePath('en-web-sdk.json'), ...options]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it.each([
    [['--table', 'votes'], '--table must be summary or notes'],
    [['--delimiter', '|'], '--delimiter must be , ; or tab'],
    [['--language', 'de'], '--language must be en, ru or pl'],
  ])('refuses csv option %j', async (options, message) => {
    const result = await run(['score', fixturePath('en-web-sdk.json'), '--format', 'csv', ...options]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('touchpoint-tally errors', () => {
  it.each([
    [
      'a missing file',
      ['score', '/no/such/board.json'],
      {},
      'touchpoint-tally: cannot read /no/such/board.json: no such file.\n',
    ],
    [
      'an empty file',
      ['score', 'e.json'],
      { 'e.json': '  \n' },
      'touchpoint-tally: e.json is empty; expected a board in JSON.\n',
    ],
    [
      'a file that is not JSON',
      ['score', 'x.json'],
      { 'x.json': 'id,text\n1,hello' },
      /^touchpoint-tally: x\.json is not JSON \(.+\)\.\n$/,
    ],
    [
      'JSON that is not a board',
      ['score', 'x.json'],
      { 'x.json': '{"boards": []}' },
      /^touchpoint-tally: x\.json: The file is not a board: .+\n$/,
    ],
    [
      'an unknown colour',
      ['score', 'b.json', '--colours', 'grene=positive'],
      { 'b.json': '[]' },
      /^touchpoint-tally: --colours: "grene" is not a sticky note colour/,
    ],
    [
      'a bad sentiment',
      ['score', 'b.json', '--colours', 'green=good'],
      { 'b.json': '[]' },
      /"good" is not a sentiment/,
    ],
  ] as const)('reports %s in one line on stderr with exit code 2', async (_name, argv, files, message) => {
    const result = await run([...argv], files);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    ['no command', []],
    ['an unknown command', ['count', 'b.json']],
    ['no file', ['score']],
    ['--board-id with two boards', ['score', 'a.json', 'b.json', '--board-id', 'uXjVOabc=']],
    ['fetch without a board id', ['fetch']],
    ['an unknown option', ['score', 'b.json', '--verbose']],
    ['an unknown format', ['score', 'b.json', '--format', 'xml']],
    ['a format without a value', ['score', 'b.json', '--format']],
  ])('prints usage on stderr with exit code 2 for %s', async (_name, argv) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(USAGE);
  });

  it('prints usage on stdout for --help', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
  });
});

describe('touchpoint-tally on an error it did not expect', () => {
  // Writing the tally fails (a closed pipe, a full disk): not the user's input, so exit code 1.
  async function runBroken(debug: boolean) {
    let stderr = '';
    const code = await runCliProcess(
      ['score', 'board.json', '--format', 'json'],
      {
        readFile: async () => oneNoteBoard,
        stdout: () => {
          throw new Error('write EPIPE\n    at a line no user needs');
        },
        stderr: (text) => {
          stderr += text;
        },
      },
      { debug },
    );
    return { code, stderr };
  }

  it('prints one line and exits with 1, no stack trace', async () => {
    expect(await runBroken(false)).toEqual({
      code: 1,
      stderr: 'touchpoint-tally: internal error: write EPIPE\n',
    });
  });

  it('adds the stack when DEBUG is set, for a bug report', async () => {
    const { code, stderr } = await runBroken(true);
    expect(code).toBe(1);
    const [first, ...rest] = stderr.trimEnd().split('\n');
    expect(first).toBe('touchpoint-tally: internal error: write EPIPE');
    expect(rest.some((line) => /^\s+at /.test(line))).toBe(true);
  });

  it('leaves the exit codes of input errors alone', async () => {
    let stderr = '';
    const code = await runCliProcess(
      ['score', 'missing.json'],
      {
        readFile: () => Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })),
        stdout: () => undefined,
        stderr: (text) => {
          stderr += text;
        },
      },
      { debug: false },
    );
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr: 'touchpoint-tally: cannot read missing.json: no such file.\n',
    });
  });
});
