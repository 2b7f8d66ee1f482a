import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/run-cli.ts';
import {
  type RestServer,
  type ServedBoard,
  servedBoard,
  startRestServer,
} from '../fixtures/miro-rest-server.ts';

const TOKEN = 'a-token-that-must-never-show';
const fixturePath = (name: string): string => new URL(`../fixtures/boards/${name}`, import.meta.url).pathname;
const fixture = async (name: string): Promise<unknown> =>
  JSON.parse(await readFile(fixturePath(name), 'utf8'));

let server: RestServer | undefined;
let served: ServedBoard[] = [];
// Files `fetch` wrote, for the `score` that reads them next.
let files: Record<string, string> = {};
afterEach(async () => {
  await server?.close();
  server = undefined;
  files = {};
});

async function startServer(
  options: { rateLimitEvery?: number; serverErrorEvery?: number; forbidden?: string[] } = {},
) {
  served = [
    servedBoard('uXjVA1=', 'Workshop A', await fixture('en-web-sdk.json')),
    servedBoard('uXjVB2=', 'Warsztat, grupa B', await fixture('pl-items-and-tags.json')),
    servedBoard('uXjVC3=', 'Secret', await fixture('ru-rest-pages.json')),
  ];
  server = await startRestServer({ token: TOKEN, boards: served, ...options });
  return server;
}

// The command line in-process, against the local server, with waits recorded instead of waited.
async function run(argv: string[], options: { token?: string; progress?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  let progress = '';
  const waits: number[] = [];
  const io: CliIo = {
    readFile: async (path) => files[path] ?? readFile(path, 'utf8'),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    miro: {
      token: options.token ?? TOKEN,
      apiUrl: server?.url,
      sleep: async (ms) => {
        waits.push(ms);
      },
    },
    writeFile: async (path, text) => {
      files[path] = text;
    },
    ...(options.progress ? { progress: (text: string) => (progress += text) } : {}),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, progress, files, waits };
}

const csvRows = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('touchpoint-tally score with Miro board ids', () => {
  it('scores two boards into one CSV with a board column (name and id)', async () => {
    await startServer({ rateLimitEvery: 5, serverErrorEvery: 7 });
    const result = await run(['score', 'uXjVA1=', 'uXjVB2=', '--format', 'csv']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [header, ...rows] = csvRows(result.stdout);
    expect(header?.slice(0, 5)).toEqual(['board', 'map', 'phase', 'stage', 'touchpoint']);
    const boards = new Set(rows.map((row) => row[0]));
    expect(boards).toEqual(new Set(['Workshop A (uXjVA1=)', 'Warsztat, grupa B (uXjVB2=)']));

    // Each board's rows are the rows that board's own file gives.
    const alone = await run(['score', fixturePath('pl-items-and-tags.json'), '--format', 'csv']);
    const [, ...own] = csvRows(alone.stdout);
    expect(rows.filter((row) => row[0] === 'Warsztat, grupa B (uXjVB2=)').map((row) => row.slice(1))).toEqual(
      own,
    );
    expect(result.waits.length).toBeGreaterThan(0);
  });

  it('gives the notes table a board column and each note a link to its own board', async () => {
    await startServer();
    const result = await run(['score', 'uXjVA1=', 'uXjVC3=', '--format', 'csv', '--table', 'notes']);
    const [header, ...rows] = csvRows(result.stdout);
    expect(header?.slice(0, 3)).toEqual(['board', 'id', 'link']);
    expect(rows.find((row) => row[0] === 'Secret (uXjVC3=)')?.[2]).toMatch(
      /^https:\/\/miro\.com\/app\/board\/uXjVC3=\/\?moveToWidget=/,
    );
  });

  it('prints one JSON entry per board, files and board ids mixed, in the order given', async () => {
    await startServer();
    const result = await run(['score', 'uXjVA1=', fixturePath('ru-rest-pages.json'), '--format', 'json']);
    expect(result.code).toBe(0);
    const entries = JSON.parse(result.stdout);
    const single = JSON.parse(
      (await run(['score', fixturePath('ru-rest-pages.json'), '--format', 'json'])).stdout,
    );
    expect(entries).toHaveLength(2);
    expect(entries[0].board).toEqual({ id: 'uXjVA1=', name: 'Workshop A', file: null });
    expect(entries[1]).toEqual({
      board: { id: null, name: null, file: fixturePath('ru-rest-pages.json') },
      ...single,
    });
  });

  it('keeps the output of one board as `score <file>` prints it', async () => {
    await startServer();
    const fromMiro = await run(['score', 'uXjVC3=', '--format', 'json']);
    const fromFile = await run(['score', fixturePath('ru-rest-pages.json'), '--format', 'json']);
    expect(fromMiro).toMatchObject({ code: 0, stderr: '' });
    expect(fromMiro.stdout).toBe(fromFile.stdout);
  });

  it("shows each board's weakest links in the terminal table", async () => {
    await startServer();
    const result = await run(['score', 'uXjVA1=', 'uXjVB2=']);
    expect(result.code).toBe(0);
    const [first, second] = result.stdout.split('\n\n');
    expect(first).toMatch(/^Board Workshop A \(uXjVA1=\)\n {2}\d+ sticky notes: .+\n {2}Weakest links/);
    expect(second).toMatch(/^Board Warsztat, grupa B \(uXjVB2=\)\n/);
  });

  it('says in one line which board could not be read, scores the others and exits 1', async () => {
    await startServer({ forbidden: ['uXjVC3='] });
    const result = await run(['score', 'uXjVA1=', 'uXjVnone=', 'uXjVC3=', 'uXjVB2=', '--format', 'csv']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'touchpoint-tally: board uXjVnone=: no such board (HTTP 404).',
        "touchpoint-tally: board uXjVC3=: no access to this board (HTTP 403): the token's user cannot open it, or the app lacks boards:read.",
        '',
      ].join('\n'),
    );
    const boards = new Set(
      csvRows(result.stdout)
        .slice(1)
        .map((row) => row[0]),
    );
    expect(boards).toEqual(new Set(['Workshop A (uXjVA1=)', 'Warsztat, grupa B (uXjVB2=)']));
  });

  it('says a refused token once per board and never shows it', async () => {
    await startServer();
    const result = await run(['score', 'uXjVA1=', 'uXjVB2=', '--format', 'json'], { token: 'wrong' });
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'touchpoint-tally: board uXjVA1=: Miro refused the token (HTTP 401): check MIRO_ACCESS_TOKEN.',
      'touchpoint-tally: board uXjVB2=: Miro refused the token (HTTP 401): check MIRO_ACCESS_TOKEN.',
    ]);
    expect(JSON.parse(result.stdout).map((entry: { error: string }) => entry.error)).toHaveLength(2);
    expect(`${result.stdout}${result.stderr}`).not.toContain('wrong');
  });

  it('needs a token for a board id that is no file (exit 2)', async () => {
    const result = await run(['score', 'uXjVA1='], { token: '' });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'touchpoint-tally: cannot read uXjVA1=: no such file, and no MIRO_ACCESS_TOKEN to read it as a Miro board.\n',
    });
  });

  it('shows boards done and items read on a terminal, and clears the line at the end', async () => {
    await startServer();
    const result = await run(['score', 'uXjVA1=', 'uXjVB2=', '--format', 'json'], { progress: true });
    const items = (id: string) => served.find((board) => board.id === id)?.items.length ?? 0;
    const lines = result.progress.split('\r\x1b[K').filter((line) => line !== '');
    expect(lines[0]).toMatch(/^0 of 2 boards read, \d+ items read$/);
    expect(lines.at(-1)).toBe(`2 of 2 boards read, ${items('uXjVA1=') + items('uXjVB2=')} items read`);
    expect(result.progress.endsWith('\r\x1b[K')).toBe(true);
    expect(result.stderr).toBe('');
  });
});

describe('touchpoint-tally fetch', () => {
  it('writes one board file per board that scores as the board does, and prints the paths', async () => {
    await startServer();
    const result = await run(['fetch', 'uXjVA1=', 'uXjVB2=', '-o', 'out']);
    expect(result).toMatchObject({ code: 0, stdout: 'out/uXjVA1=.json\nout/uXjVB2=.json\n', stderr: '' });
    const file = JSON.parse(result.files['out/uXjVB2=.json'] ?? '');
    expect(Object.keys(file)).toEqual(['board', 'items', 'tags']);
    expect(file.board).toEqual({ id: 'uXjVB2=', name: 'Warsztat, grupa B' });

    const fromFile = await run(['score', 'out/uXjVB2=.json', '--format', 'json']);
    const fromFixture = await run(['score', fixturePath('pl-items-and-tags.json'), '--format', 'json']);
    expect(fromFile.stdout).toBe(fromFixture.stdout);
  });

  it('writes the boards it can read and exits 1 for the others', async () => {
    await startServer();
    const result = await run(['fetch', 'uXjVmissing=', 'uXjVA1=']);
    expect(result).toMatchObject({
      code: 1,
      stdout: 'uXjVA1=.json\n',
      stderr: 'touchpoint-tally: board uXjVmissing=: no such board (HTTP 404).\n',
    });
  });

  it('refuses what is no board id, and a missing token, with exit 2', async () => {
    expect(await run(['fetch', 'boards/a.json'])).toMatchObject({ code: 2, stdout: '' });
    expect(await run(['fetch', 'uXjVA1='], { token: ' ' })).toMatchObject({
      code: 2,
      stderr: 'touchpoint-tally: reading boards from Miro needs an access token in MIRO_ACCESS_TOKEN.\n',
    });
  });
});
