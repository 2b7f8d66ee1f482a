import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { servedBoard, startRestServer } from '../fixtures/miro-rest-server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

// The built executable, end to end, once: the rest of the command line is tested in-process.
describe('bin/touchpoint-tally.mjs', () => {
  beforeAll(async () => {
    await run('npm', ['run', 'build:cli'], { cwd: root });
  });

  it('scores a board file to JSON and fails with exit code 2 and one line for a missing file', async () => {
    const board = fileURLToPath(new URL('../fixtures/boards/ru-rest-pages.json', import.meta.url));
    const { stdout } = await run('node', ['bin/touchpoint-tally.mjs', 'score', board, '--format', 'json'], {
      cwd: root,
    });
    expect(JSON.parse(stdout)).toMatchObject({
      notes: 7,
      unassigned: [{ id: '204' }, { id: '205' }, { id: '206' }],
    });

    const failure = await run('node', ['bin/touchpoint-tally.mjs', 'score', 'no-such-board.json'], {
      cwd: root,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({
      code: 2,
      stderr: 'touchpoint-tally: cannot read no-such-board.json: no such file.\n',
    });
  });

  it('scores two Miro boards into one CSV with MIRO_ACCESS_TOKEN and fetches one into a new folder, against a local REST API', async () => {
    const fixture = (name: string): unknown =>
      JSON.parse(readFileSync(new URL(`../fixtures/boards/${name}`, import.meta.url), 'utf8'));
    const server = await startRestServer({
      token: 'test-token',
      boards: [
        servedBoard('uXjVPa1Bc2d=', 'Workshop A', fixture('en-web-sdk.json')),
        servedBoard('uXjVPe3Fg4h=', 'Workshop B', fixture('contract-items-and-tags.json')),
      ],
    });
    const directory = mkdtempSync(join(tmpdir(), 'touchpoint-tally-fetch-'));
    try {
      const { stdout, stderr } = await run(
        'node',
        ['bin/touchpoint-tally.mjs', 'score', 'uXjVPa1Bc2d=', 'uXjVPe3Fg4h=', '--format', 'csv'],
        { cwd: root, env: { ...process.env, MIRO_ACCESS_TOKEN: 'test-token', MIRO_API_URL: server.url } },
      );
      expect(stderr).toBe('');
      const lines = stdout
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toMatch(/^board,map,phase,/);
      expect(new Set(lines.slice(1).map((line) => line.split(',')[0]))).toEqual(
        new Set(['Workshop A (uXjVPa1Bc2d=)', 'Workshop B (uXjVPe3Fg4h=)']),
      );
      expect(server.requests.some((url) => url.includes('/items?limit=50'))).toBe(true);

      // fetch makes the folder, writes a file per board, and that file scores as the fixture does.
      const folder = join(directory, 'boards', 'today');
      const fetched = await run('node', ['bin/touchpoint-tally.mjs', 'fetch', 'uXjVPa1Bc2d=', '-o', folder], {
        cwd: root,
        env: { ...process.env, MIRO_ACCESS_TOKEN: 'test-token', MIRO_API_URL: server.url },
      });
      expect(fetched.stdout).toBe(`${join(folder, 'uXjVPa1Bc2d=.json')}\n`);
      const score = async (file: string) =>
        (await run('node', ['bin/touchpoint-tally.mjs', 'score', file, '--format', 'json'], { cwd: root }))
          .stdout;
      expect(await score(join(folder, 'uXjVPa1Bc2d=.json'))).toBe(
        await score(fileURLToPath(new URL('../fixtures/boards/en-web-sdk.json', import.meta.url))),
      );
    } finally {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
