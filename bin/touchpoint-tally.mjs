#!/usr/bin/env node
// The command line is built by `npm install` (the prepare script) into dist/cli.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/touchpoint-tally.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write(
    'touchpoint-tally: the command line is not built yet; run `npm run build:cli` first.\n',
  );
  process.exit(2);
}
await import(built);
