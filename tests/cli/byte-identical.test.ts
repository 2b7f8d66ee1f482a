// Scoring output stays byte for byte what it was before the speed work (issue 15): the JSON, the
// table and both CSV tables of every fixture board and of generated boards of 10,000 and 50,000
// notes hash to the digests stored from the scorer as it was. The 200,000-note board is checked the
// same way by `npm run bench` (bench/score.bench.ts), as it takes too long for `npm test`.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedBoard } from '../fixtures/generated/generated-board.ts';
import {
  type OutputDigests,
  outputDigests,
  storeDigests,
  storedDigests,
} from '../fixtures/generated/output-digests.ts';

const BOARDS = new URL('../fixtures/boards/', import.meta.url);
const fixtures = readdirSync(BOARDS)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.expected.json'))
  .sort();

// TOUCHPOINT_TALLY_STORE_DIGESTS=1 takes the digests anew: only on a commit whose output changed on
// purpose (new words, a contract change), never to make a speed change pass.
const storing = process.env.TOUCHPOINT_TALLY_STORE_DIGESTS === '1';
const stored: Record<string, OutputDigests> = storing ? {} : storedDigests();

describe('scoring output is byte-identical to before', () => {
  it.each(fixtures)('fixture %s', async (name) => {
    const digests = await outputDigests(readFileSync(new URL(name, BOARDS), 'utf8'));
    if (storing) stored[`fixture ${name}`] = digests;
    else expect(digests).toEqual(stored[`fixture ${name}`]);
  });

  it.each([10_000, 50_000])('generated board of %i notes', { timeout: 300_000 }, async (notes) => {
    const digests = await outputDigests(JSON.stringify(generatedBoard(notes, { awkward: true })));
    if (storing) stored[`generated ${notes}`] = digests;
    else expect(digests).toEqual(stored[`generated ${notes}`]);
  });

  it.runIf(storing)('stores the digests, with the 200,000-note board', { timeout: 600_000 }, async () => {
    stored['generated 200000'] = await outputDigests(
      JSON.stringify(generatedBoard(200_000, { awkward: true })),
    );
    storeDigests(stored);
  });
});
