// The touchpoint-tally executable: the real process around runCli.
import { readFile } from 'node:fs/promises';
import { runCli } from './run-cli.ts';

// exitCode rather than exit(), so a large tally piped to another program is written in full.
process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
