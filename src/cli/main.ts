// The touchpoint-tally executable: the real process around runCli. Every error ends here as
// one line and an exit code (runCliProcess), never as a stack trace unless DEBUG is set.
import { readFile } from 'node:fs/promises';
import { runCliProcess } from './run-cli.ts';

const debug = (process.env.DEBUG ?? '') !== '';

// exitCode rather than exit(), so a large tally piped to another program is written in full.
process.exitCode = await runCliProcess(
  process.argv.slice(2),
  {
    readFile: (path) => readFile(path, 'utf8'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  { debug },
);
