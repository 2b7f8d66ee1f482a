import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchBoard } from '../../src/cli/fetch-board.ts';
import { RestClient } from '../../src/cli/rest-client.ts';
import { DEFAULT_COLOUR_MAP } from '../../src/core/model.ts';
import { scoreJson } from '../../src/core/score-report.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { NO_TEAM_WORDS, readTeamWords, type TeamWords } from '../../src/core/team-words.ts';
import { loadBoardWords, saveBoardWords } from '../../src/miro/board-words.ts';
import { boardJsonOf, loadBoardJson, skippedMessage } from '../../src/playground/board-json.ts';
import { demoBoard } from '../../src/playground/demo-boards.ts';
import { createSimulatedMiro } from '../../src/simulator/index.ts';
import { frame, note, shape } from '../fixtures/boards/board-items.ts';
import { type RestServer, servedBoard, startRestServer } from '../fixtures/miro-rest-server.ts';
import { scoreBoardOrThrow } from '../fixtures/score-or-throw.ts';

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
    const panel = await scoreBoardOrThrow(loaded.board, DEFAULT_COLOUR_MAP);
    expect(panel.tally).toEqual((await scoreBoardOrThrow(saved.board, DEFAULT_COLOUR_MAP)).tally);
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

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/boards/${name}`, import.meta.url), 'utf8'));

// The panel's tally of a file loaded in the playground, and the command line's of the same file.
// A note whose parent is not in the file is left off the board (Miro holds no such note; the
// command line places it as if its coordinates were the board's): apart from it, both count the same.
async function panelAndCli(file: unknown, items: readonly Record<string, unknown>[], tags: unknown[] = []) {
  const simulated = createSimulatedMiro();
  const skipped = await loadBoardJson(simulated, asFile(file));
  const panel = (await scoreBoardOrThrow(simulated.board, DEFAULT_COLOUR_MAP)).tally;
  const ids = new Set(items.map((item) => item.id));
  const onBoard = items.filter((item) => {
    const parent = (item.parent as { id?: unknown } | undefined)?.id;
    return parent === undefined || ids.has(parent);
  });
  const cli = tallyBoard(readBoard(asFile({ items: onBoard, tags })));
  return { skipped, panel: scoreJson(panel), cli: scoreJson(cli) };
}

// The contract's REST fixture holds what Miro would refuse: a shape of width 0, a card, an orphan note.
const SKIPPED: Record<string, string> = {
  'contract-rest-pages.json':
    '3 items were left off, as Miro would refuse them: 1 with zero size, 1 of a type the simulator does not model (card), 1 whose parent is not on the board.',
};

let server: RestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('Load board JSON reads every form the command line reads', () => {
  it('loads REST pages, as a list and as one page with its links, and scores them as the command line does', async () => {
    const pages = fixture('ru-rest-pages.json') as { data: unknown[] }[];
    const onePage = {
      data: pages.flatMap((page) => page.data),
      links: { self: 'https://example.org/items' },
    };
    const orphan = [{ reason: 'whose parent is not on the board', count: 1 }];
    for (const file of [pages, onePage]) {
      const { skipped, panel, cli } = await panelAndCli(file, onePage.data as Record<string, unknown>[]);
      expect(skipped).toEqual(orphan);
      expect(panel.notes).toBe(6);
      expect(panel).toEqual(cli);
    }
  });

  it.each([
    'contract-items-and-tags.json',
    'contract-rest-pages.json',
    'en-web-sdk.json',
    'pl-items-and-tags.json',
  ])('loads the file `touchpoint-tally fetch` wrote of %s, tags and all', async (name) => {
    server = await startRestServer({
      boards: [servedBoard('uXjVO1=', 'Workshop', fixture(name))],
      token: 't',
    });
    const client = await RestClient.open({
      token: 't',
      apiUrl: server.url,
      sleep: async () => {},
      now: Date.now,
    });
    const fetched = await fetchBoard(client, 'uXjVO1=');
    const { skipped, panel, cli } = await panelAndCli(
      { board: fetched.board, items: fetched.items, tags: fetched.tags },
      fetched.items,
      [...fetched.tags],
    );
    expect(panel).toEqual(cli);
    expect(skippedMessage(skipped)).toBe(SKIPPED[name] ?? null);
  });

  it('leaves off the items Miro would refuse and says how many and why, loading the rest', async () => {
    const simulated = createSimulatedMiro();
    const file = [
      frame('Before purchase', 0, 0, 1000, 1000),
      shape('Website', 0, 0, 1000, 1000),
      note('+ Fast checkout', 400, 400),
      { ...note('Flat', 450, 450), width: 0 },
      { ...shape('Nothing', 10, 10, 0, 0) },
      { ...note('Lost child', 10, 10), parentId: 'no-such-frame', relativeTo: 'parent_top_left' },
      { id: 'untyped', x: 1, y: 1 },
      { ...note('Neon', 300, 300), style: { fillColor: 'neon' } },
      'not an item',
    ];
    const skipped = await loadBoardJson(simulated, asFile(file));
    expect(skippedMessage(skipped)).toMatch(
      /^6 items were left off, as Miro would refuse them: 2 with zero size, 2 with no type, 1 whose parent is not on the board, 1 refused \(Invalid sticky note fillColor "neon"/,
    );
    expect(simulated.control.items().length).toBe(3);
    expect((await scoreBoardOrThrow(simulated.board, DEFAULT_COLOUR_MAP)).tally.rows[0]).toMatchObject({
      positive: 1,
    });
    expect(skippedMessage([])).toBeNull();
  });
});
