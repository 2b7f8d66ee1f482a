import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOUR_MAP } from '../../src/core/model.ts';
import { NO_TEAM_WORDS, readTeamWords, type TeamWords } from '../../src/core/team-words.ts';
import { loadBoardWords, saveBoardWords, WORDS_KEY, watchBoardWords } from '../../src/miro/board-words.ts';
import type { RetryOptions } from '../../src/miro/calls.ts';
import { RESULTS_COLLECTION } from '../../src/miro/saved-results.ts';
import { createSimulatedMiro } from '../../src/simulator/index.ts';
import { scoreBoardOrThrow } from '../fixtures/score-or-throw.ts';

const noWait: RetryOptions = { retries: 2, baseDelayMs: 1, sleep: async () => {}, random: () => 0.5 };

const words = (value: unknown): TeamWords => {
  const reading = readTeamWords(value, 'test');
  if (reading.kind !== 'words') throw new Error(reading.message);
  return reading.words;
};

describe("the board's words in board storage", () => {
  it('reads none when nothing is stored, and what another panel on the board saved', async () => {
    const { board, control } = createSimulatedMiro();
    expect(await loadBoardWords(board, noWait)).toEqual({ kind: 'words', words: NO_TEAM_WORDS });
    const team = words({ after: ['Рекомендации'], colours: { yellow: 'neutral' } });
    expect(await saveBoardWords(board, team, noWait)).toEqual({ kind: 'words', words: team });
    // A second session on the same board: a teammate opening the panel.
    const teammate = createSimulatedMiro({ store: control.store });
    expect(await loadBoardWords(teammate.board, noWait)).toEqual({ kind: 'words', words: team });
  });

  it('tells open panels when someone changes the words', async () => {
    const { board } = createSimulatedMiro();
    const seen: unknown[] = [];
    const watch = await watchBoardWords(board, (reading) => seen.push(reading));
    if (watch.kind === 'failed') throw new Error(watch.message);
    const team = words({ ignore: ['Parking lot'] });
    await saveBoardWords(board, team, noWait);
    expect(seen).toContainEqual({ kind: 'words', words: team });
    await watch.stop();
  });

  it('does not write over words of a newer release, and reads them as none', async () => {
    const { board } = createSimulatedMiro();
    const newer = { v: 99, words: { before: ['x'] } };
    await board.storage.collection(RESULTS_COLLECTION).set(WORDS_KEY, newer);
    expect(await loadBoardWords(board, noWait)).toEqual({ kind: 'newer' });
    expect(await saveBoardWords(board, NO_TEAM_WORDS, noWait)).toEqual({ kind: 'newer' });
    expect(await board.storage.collection(RESULTS_COLLECTION).get(WORDS_KEY)).toEqual(newer);
  });

  it("scores with the words stored on the board, their colours before the panel's own", async () => {
    const { board, control } = createSimulatedMiro();
    control.load([
      { type: 'frame', id: 'f', title: 'Рекомендации', x: 500, y: 500, width: 1000, height: 1000 },
      { type: 'shape', id: 's', content: '<p>Сайт</p>', x: 500, y: 200, width: 1000, height: 400 },
      { type: 'sticky_note', id: 'n', content: '<p>ok</p>', x: 100, y: 100, style: { fillColor: 'yellow' } },
    ]);
    expect((await scoreBoardOrThrow(board, DEFAULT_COLOUR_MAP)).tally.unassigned).toEqual([
      { id: 'n', reason: 'no-phase' },
    ]);
    await saveBoardWords(board, words({ after: ['Рекомендации'], colours: { yellow: 'positive' } }), noWait);
    const scored = await scoreBoardOrThrow(board, DEFAULT_COLOUR_MAP);
    expect(scored.tally.rows).toMatchObject([{ phase: 'after', stage: 'Рекомендации', positive: 1 }]);
    expect(scored.snapshot.words?.lists.after).toEqual(['рекомендации']);
  });
});
