// Scoring the playground's 5,000-note demo board in process: reading the board file into a
// snapshot and tallying it, as the panel and the command line do after the board is read.
import { performance } from 'node:perf_hooks';
import { expect, it } from 'vitest';
import { readBoard } from '../src/core/snapshot.ts';
import { tallyBoard } from '../src/core/tally.ts';
import { demoBoard } from '../src/playground/demo-boards.ts';

const RUNS = 21;

it('prints the time to score the 5,000-note demo board', () => {
  const file = demoBoard('large');
  const times: number[] = [];
  let notes = 0;
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now();
    const tally = tallyBoard(readBoard(file));
    times.push(performance.now() - started);
    notes = tally.notes;
  }
  expect(notes).toBeGreaterThanOrEqual(5000);
  const [first, ...rest] = times;
  const sorted = [...rest].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `Scoring the ${notes}-note demo board (readBoard + tallyBoard): median ${median.toFixed(1)} ms of ${rest.length} runs, first run ${first?.toFixed(1)} ms`,
  );
});
