// The touchpoint-tally executable: the real process around runCli. Every error ends here as
// one line and an exit code (runCliProcess), never as a stack trace unless DEBUG is set.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFailure } from './printable.ts';
import { runCliProcess } from './run-cli.ts';

const debug = (process.env.DEBUG ?? '') !== '';

// A reader that stopped reading (`| head -1`) or a full disk ends the process here, not in a stack
// trace: a write to a file fails at once, a write to a pipe with an 'error' event.
function endOnWriteFailure(error: unknown): never {
  const { exitCode, message } = writeFailure(error);
  if (message) process.stderr.write(message);
  process.exit(exitCode);
}
process.stdout.on('error', endOnWriteFailure);

// exitCode rather than exit(), so a large tally piped to another program is written in full.
process.exitCode = await runCliProcess(
  process.argv.slice(2),
  {
    readFile: (path) => readFile(path, 'utf8'),
    readBoardFile: (path) => readFile(path),
    stdout: (text) => {
      try {
        process.stdout.write(text);
      } catch (error) {
        endOnWriteFailure(error);
      }
    },
    stderr: (text) => process.stderr.write(text),
    // The token stays in this object: no message, file or log line of the command line holds it.
    miro: { token: process.env.MIRO_ACCESS_TOKEN, apiUrl: process.env.MIRO_API_URL },
    writeFile: async (path, text) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, 'utf8');
    },
    progress: process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined,
  },
  { debug },
);
