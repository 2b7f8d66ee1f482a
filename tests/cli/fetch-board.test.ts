import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchBoard } from '../../src/cli/fetch-board.ts';
import { RestClient } from '../../src/cli/rest-client.ts';
import { scoreJson } from '../../src/core/score-report.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { type Tally, tallyBoard } from '../../src/core/tally.ts';
import { frame, note, shape, tag } from '../fixtures/boards/board-items.ts';
import {
  type RestServer,
  type ServedBoard,
  servedBoard,
  startRestServer,
} from '../fixtures/miro-rest-server.ts';

const TOKEN = 'test-token';
const FIXTURES = [
  'contract-items-and-tags.json',
  'contract-rest-pages.json',
  'contract-web-sdk.json',
  'en-web-sdk.json',
  'pl-items-and-tags.json',
  'ru-rest-pages.json',
];
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/boards/${name}`, import.meta.url), 'utf8'));

let server: RestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(
  boards: ServedBoard[],
  options: { rateLimitEvery?: number; serverErrorEvery?: number } = {},
) {
  server = await startRestServer({ boards, token: TOKEN, ...options });
  const waits: number[] = [];
  const client = await RestClient.open({
    token: TOKEN,
    apiUrl: server.url,
    sleep: async (ms) => {
      waits.push(ms);
    },
    now: () => Date.now(),
  });
  return { client, waits, requests: server.requests };
}

const score = (file: unknown) => tallyBoard(readBoard(file));
const notesOf = (tally: Tally) =>
  tally.placements.map(({ note, ...placement }) => ({
    ...placement,
    note: { ...note, tags: [...note.tags].sort() },
  }));

// A board of one phase and one touchpoint holding `count` notes, half of them tagged.
function largeBoard(count: number) {
  const pros = tag('Pros', 'tag-pros');
  const cons = tag('Cons', 'tag-cons');
  const notes = Array.from({ length: count }, (_, index) =>
    note(`Note ${index}`, 100 + (index % 40) * 20, 100 + Math.floor(index / 40) * 20, {
      tagIds: index % 2 === 0 ? [index % 4 === 0 ? 'tag-pros' : 'tag-cons'] : [],
    }),
  );
  return [
    frame('Before purchase', 0, 0, 2000, 2000),
    shape('Website', 0, 0, 2000, 2000),
    pros,
    cons,
    ...notes,
  ];
}

describe('fetchBoard', () => {
  it.each(FIXTURES)('writes a file of %s that scores as the fixture does', async (name) => {
    const { client } = await clientFor([servedBoard('uXjVO1=', 'Workshop', fixture(name))]);
    const fetched = await fetchBoard(client, 'uXjVO1=');
    const written = JSON.parse(JSON.stringify(fetched));
    expect(written.board).toEqual({ id: 'uXjVO1=', name: 'Workshop' });
    expect(scoreJson(score(written))).toEqual(scoreJson(score(fixture(name))));
    // REST does not say in which order a note's tags were attached: they come in the board's order.
    expect(notesOf(score(written))).toEqual(notesOf(score(fixture(name))));
  });

  it('pages 1,000 notes with limit=50 and the cursor to the end, and resolves tags per tag', async () => {
    const board = largeBoard(1000);
    const { client, requests } = await clientFor([servedBoard('big=', 'Big', board)]);
    const counts: number[] = [];
    const fetched = await fetchBoard(client, 'big=', (read) => counts.push(read));
    expect(fetched.items).toHaveLength(1002);
    expect(fetched.tagReading).toBe('per-tag');
    const itemPages = requests.filter((url) => /\/items\?/.test(url) && !url.includes('tag_id'));
    expect(itemPages).toHaveLength(Math.ceil(1002 / 50));
    expect(itemPages.every((url) => url.includes('limit=50'))).toBe(true);
    expect(counts.at(-1)).toBe(1002);
    expect(scoreJson(score(fetched))).toEqual(scoreJson(score(board)));
    // board + 21 item pages + tags + 500 tagged notes in pages of 50 (two tags, 250 each: 5 pages each)
    expect(client.calls).toBe(1 + 21 + 1 + 10);
    expect(client.credits).toBe(50 + 21 * 100 + 50 + 10 * 50);
  });

  it('reads each note’s tags when the board has fewer notes than tags', async () => {
    const tags = Array.from({ length: 5 }, (_, index) => tag(`Tag ${index}`, `t${index}`));
    const board = [
      frame('Before purchase', 0, 0, 1000, 1000),
      shape('Website', 0, 0, 1000, 1000),
      ...tags,
      note('Long wait', 100, 100, { tagIds: ['t1', 't4'] }),
      note('Nice staff', 300, 100, { tagIds: [] }),
    ];
    const { client, requests } = await clientFor([servedBoard('few=', 'Few', board)]);
    const fetched = await fetchBoard(client, 'few=');
    expect(fetched.tagReading).toBe('per-note');
    expect(requests.filter((url) => url.endsWith('/tags') && url.includes('/items/'))).toHaveLength(2);
    expect(fetched.items.find((item) => item.type === 'sticky_note' && item.tagIds)?.tagIds).toEqual([
      't1',
      't4',
    ]);
  });

  it('writes numbers as numbers and keeps ids that are digits as strings', async () => {
    const { client } = await clientFor([servedBoard('n=', 'N', fixture('ru-rest-pages.json'))]);
    const fetched = await fetchBoard(client, 'n=');
    const first = fetched.items[0] as {
      id: unknown;
      geometry: Record<string, unknown>;
      position: Record<string, unknown>;
    };
    expect(first.id).toBe('100');
    expect(first.geometry).toEqual({ width: 1000, height: 1200 });
    expect(first.position).toMatchObject({ x: 500, y: 600, relativeTo: 'canvas_center' });
  });

  it('waits out a 429 as X-RateLimit-Reset says and retries a 500, and the board is still read in full', async () => {
    const board = largeBoard(300);
    const { client, waits } = await clientFor([servedBoard('busy=', 'Busy', board)], {
      rateLimitEvery: 4,
      serverErrorEvery: 7,
    });
    const fetched = await fetchBoard(client, 'busy=');
    expect(scoreJson(score(fetched))).toEqual(scoreJson(score(board)));
    expect(waits.length).toBeGreaterThan(3);
  });
});
