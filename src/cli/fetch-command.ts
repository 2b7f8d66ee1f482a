// `touchpoint-tally fetch BOARD_ID… [-o DIR]`: each board read from Miro into DIR/<id>.json, a
// form-3 board file that `score` reads; the paths written go to stdout, one a line.
import { join } from 'node:path';
import { firstLine } from './error-line.ts';
import { looksLikeBoardId, MiroBoards, type MiroReading } from './miro-boards.ts';
import type { CliIo } from './run-cli.ts';

/** Fetches the boards in turn; resolves to the exit code: 0 all written, 1 a board Miro did not give or a file not written, 2 no token or a bad id. */
export async function fetchBoards(
  boardIds: readonly string[],
  directory: string,
  io: CliIo,
): Promise<number> {
  const notId = boardIds.find((id) => !looksLikeBoardId(id));
  if (notId !== undefined) {
    io.stderr(`touchpoint-tally: "${notId}" is not a Miro board id (letters, digits, _ - =).\n`);
    return 2;
  }
  const { writeFile } = io;
  if (!writeFile) throw new Error('fetch needs a way to write files');
  const readings = await new MiroBoards(io.miro, io.progress).readAll(boardIds);
  let code = 0;
  for (const [index, id] of boardIds.entries()) {
    const reading: MiroReading = readings[index] ?? { kind: 'no-token' };
    if (reading.kind === 'no-token') {
      io.stderr('touchpoint-tally: reading boards from Miro needs an access token in MIRO_ACCESS_TOKEN.\n');
      return 2;
    }
    if (reading.kind === 'failed') {
      io.stderr(`touchpoint-tally: ${reading.message}\n`);
      code = 1;
      continue;
    }
    const { board, items, tags } = reading.board;
    const path = join(directory, `${id}.json`);
    try {
      await writeFile(path, `${JSON.stringify({ board, items, tags }, null, 2)}\n`);
      io.stdout(`${path}\n`);
    } catch (error) {
      io.stderr(`touchpoint-tally: cannot write ${path}: ${firstLine(error)}.\n`);
      code = 1;
    }
  }
  return code;
}
