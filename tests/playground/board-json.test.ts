import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOUR_MAP } from '../../src/core/model.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { NO_TEAM_WORDS, readTeamWords, type TeamWords } from '../../src/core/team-words.ts';
import { loadBoardWords, saveBoardWords } from '../../src/miro/board-words.ts';
import { scoreBoard } from '../../src/miro/score-board.ts';
import { boardJsonOf, loadBoardJson } from '../../src/playground/board-json.ts';
import { demoBoard } from '../../src/playground/demo-boards.ts';
import { createSimulatedMiro } from '../../src/simulator/index.ts';

const words = (value: unknown): TeamWords => {
  const reading = readTeamWords(value, 'test');
  if (reading.kind !== 'words') throw new Error(reading.message);
  return reading.words;
};

// What a file goes through between Save and Load: written out as text and parsed again.
const asFile = (value: unknown): unknown => JSON.parse(JSON.stringify(value, null, 2));

describe('Save board JSON and Load board JSON in the playground', () => {
  it('loads the form-3 file Save wrote: the same board, the same words, the same tally as the command line', async () => {
    const saved = createSimulatedMiro();
    saved.control.load(demoBoard('journey-ru'));
    // The recommendations column and yellow notes count only with the team's words.
    const team = words({ after: ['Рекомендации'], colours: { ...DEFAULT_COLOUR_MAP, yellow: 'neutral' } });
    await saveBoardWords(saved.board, team);
    const file = asFile(await boardJsonOf(saved));
    expect(file).toMatchObject({ words: { after: ['рекомендации'], colours: { yellow: 'neutral' } } });

    const loaded = createSimulatedMiro();
    await loadBoardJson(loaded, file);
    expect(loaded.control.save()).toEqual(saved.control.save());
    expect(await loadBoardWords(loaded.board)).toEqual({ kind: 'words', words: team });
    const panel = await scoreBoard(loaded.board, DEFAULT_COLOUR_MAP);
    expect(panel.tally).toEqual((await scoreBoard(saved.board, DEFAULT_COLOUR_MAP)).tally);
    // The command line reads the same file with the same words and counts what the panel counts.
    const snapshot = readBoard(file);
    expect(tallyBoard(snapshot, snapshot.words?.colours ?? DEFAULT_COLOUR_MAP, snapshot.words).rows).toEqual(
      panel.tally.rows,
    );
    expect(panel.tally.unassigned).toEqual([]);
    expect(
      tallyBoard(readBoard((file as { items: unknown }).items), DEFAULT_COLOUR_MAP).unassigned,
    ).not.toEqual([]);
  });

  it('leaves the board with no words of its own when the file has none (an array of items, or form 3 without words)', async () => {
    for (const file of [demoBoard('journey-en'), { items: demoBoard('journey-en') }]) {
      const simulated = createSimulatedMiro();
      await saveBoardWords(simulated.board, words({ before: ['Awareness'] }));
      await loadBoardJson(simulated, asFile(file));
      expect(await loadBoardWords(simulated.board)).toEqual({ kind: 'words', words: NO_TEAM_WORDS });
      expect(simulated.control.items().length).toBe(demoBoard('journey-en').length);
    }
  });

  it('refuses a file whose words are not words, changing neither the board nor its words', async () => {
    const simulated = createSimulatedMiro();
    simulated.control.load(demoBoard('journey-en'));
    const team = words({ before: ['Awareness'] });
    await saveBoardWords(simulated.board, team);
    const before = simulated.control.save();
    await expect(loadBoardJson(simulated, { items: [], words: { before: 'Awareness' } })).rejects.toThrow(
      /words/,
    );
    expect(simulated.control.save()).toEqual(before);
    expect(await loadBoardWords(simulated.board)).toEqual({ kind: 'words', words: team });
  });
});
