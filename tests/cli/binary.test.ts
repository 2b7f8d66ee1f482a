import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

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
});
