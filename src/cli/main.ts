// The touchpoint-tally executable: the real process around runCli. Every error ends here as
// one line and an exit code (runCliProcess), never as a stack trace unless DEBUG is set.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { runCliProcess } from './run-cli.ts';

const debug = (process.env.DEBUG ?? '') !== '';

// exitCode rather than exit(), so a large tally piped to another program is written in full.
process.exitCode = await runCliProcess(
  process.argv.slice(2),
  {
    readFile: (path) => readFile(path, 'utf8'),
    stdout: (text) => process.stdout.write(text),
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
