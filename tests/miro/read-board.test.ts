// Reading a board for scoring: its data equals the board's own file form, with one `get` and
// one metadata read per frame or shape, and it survives flaky calls and items deleted mid-read.
// A reader kept across scorings asks again only about items without a mark.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { MARK_KEY } from '../../src/core/template-mark.ts';
import type { BoardApi } from '../../src/miro/board-api.ts';
import { createBoardReader, readBoardItems } from '../../src/miro/read-board.ts';
import { createSimulatedMiro } from '../../src/simulator/index.ts';

const MARK = { v: 1, r: 'phase', m: 'm1', p: 'before' };

const BOARD = [
  { type: 'tag', id: '3458764600000700001', title: 'Minus', color: 'red' },
  {
    type: 'frame',
    id: '3458764600000700002',
    x: 0,
    y: 0,
    width: 1200,
    height: 800,
    title: 'Before',
    metadata: { touchpointTally: MARK },
  },
  {
    type: 'shape',
    id: '3458764600000700003',
    parentId: '3458764600000700002',
    x: 300,
    y: 200,
    width: 400,
    height: 200,
    content: '<p>Website</p>',
    metadata: { touchpointTally: { ...MARK, r: 'row', t: 'website' } },
  },
  {
    type: 'shape',
    id: '3458764600000700004',
    x: 2000,
    y: 0,
    width: 100,
    height: 100,
    content: '<p>Legend</p>',
  },
  {
    type: 'sticky_note',
    id: '3458764600000700005',
    parentId: '3458764600000700002',
    x: 300,
    y: 200,
    width: 199,
    height: 228,
    content: '<p>Slow</p>',
    style: { fillColor: 'red' },
    tagIds: ['3458764600000700001'],
  },
  { type: 'text', id: '3458764600000700006', x: 0, y: -600, width: 300, content: 'Title' },
];

const retry = { retries: 6, baseDelayMs: 1, sleep: async () => {}, random: () => 0.5 };

/** The data of items, as a board file holds it (the read hands over the SDK's objects, methods and all), by id. */
function byId(items: readonly unknown[]): unknown[] {
  return (JSON.parse(JSON.stringify(items)) as unknown[]).sort((a, b) =>
    String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)),
  );
}

/** The board as seen through `get`, with every item's `getMetadata` replaced. */
function withMetadata(
  board: BoardApi,
  getMetadata: (id: string, original: () => Promise<unknown>) => Promise<unknown>,
): BoardApi {
  return {
    ...board,
    get: (async (filter?: Parameters<BoardApi['get']>[0]) => {
      const items = await board.get(filter);
      return items.map((item) =>
        'getMetadata' in item
          ? Object.assign(Object.create(null), item, {
              getMetadata: (key: string) => getMetadata(item.id, () => item.getMetadata(key)),
            })
          : item,
      );
    }) as BoardApi['get'],
  };
}

describe('readBoardItems', () => {
  it('gives the same JSON as the board file for notes, frames, shapes and tags, marks included', async () => {
    const { board, control } = createSimulatedMiro();
    control.load(BOARD);
    const json = await readBoardItems(board, { retry });
    const saved = control.save().filter((item) => item.type !== 'text');
    expect(byId([...json.items, ...json.tags])).toEqual(byId(saved));
    expect(byId(json.tags)).toEqual([
      { type: 'tag', id: '3458764600000700001', title: 'Minus', color: 'red' },
    ]);
    expect(json.items).not.toContainEqual(expect.objectContaining({ type: 'text' }));
  });

  it('makes one get and one metadata read per frame or shape, never one per note', async () => {
    const { board, control } = createSimulatedMiro();
    control.load(BOARD);
    for (let index = 0; index < 50; index += 1) control.addStickyNote({ x: 5000 + index * 300, y: 5000 });
    await readBoardItems(board, { retry });
    expect(control.stats().byMethod).toEqual({ get: 1, getMetadata: 3 });
    expect(control.stats().credits).toBe(4 * 50);
  });

  it('reads metadata at most 8 at a time', async () => {
    const { board, control } = createSimulatedMiro();
    control.load(
      Array.from({ length: 30 }, (_, index) => ({
        type: 'shape',
        x: index * 200,
        y: 0,
        width: 100,
        height: 100,
      })),
    );
    let inFlight = 0;
    let most = 0;
    const counting = withMetadata(board, async (_id, original) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      return original();
    });
    const json = await readBoardItems(counting, { retry });
    expect(json.items).toHaveLength(30);
    expect(most).toBe(8);
  });

  it('retries failed calls, so a flaky network still gives the whole board', async () => {
    const { board, control } = createSimulatedMiro({ seed: 3, failureRate: 0.3 });
    control.load(BOARD);
    const json = await readBoardItems(board, { retry });
    expect(control.stats().failures).toBeGreaterThan(0);
    expect(byId([...json.items, ...json.tags])).toEqual(
      byId(control.save().filter((item) => item.type !== 'text')),
    );
  });

  it('gives up after the retries and reports the board error', async () => {
    const { board } = createSimulatedMiro({ failureRate: 1 });
    await expect(readBoardItems(board, { retry: { ...retry, retries: 2 } })).rejects.toThrow(
      /did not reach the board/,
    );
  });
});

describe('readBoardItems when items go away', () => {
  it('reads a shape another user deleted after the get as an item without a mark, asking once', async () => {
    const { board, control } = createSimulatedMiro();
    control.load(BOARD);
    const racing: BoardApi = {
      ...board,
      get: (async (filter?: Parameters<BoardApi['get']>[0]) => {
        const items = await board.get(filter);
        control.remove('3458764600000700003');
        return items;
      }) as BoardApi['get'],
    };
    const json = await readBoardItems(racing, { retry });
    const row = json.items.find((item) => (item as { id: string }).id === '3458764600000700003');
    expect(row).toMatchObject({ type: 'shape', content: '<p>Website</p>' });
    expect(row).not.toHaveProperty('metadata');
    expect(json.items).toContainEqual(expect.objectContaining({ metadata: { [MARK_KEY]: MARK } }));
    // The frame, the deleted shape (once, not retried) and the legend shape.
    expect(control.stats().byMethod.getMetadata).toBe(3);
  });

  it('still fails the read when a metadata read keeps failing for another reason', async () => {
    const { board, control } = createSimulatedMiro();
    control.load(BOARD);
    let attempts = 0;
    const flaky = withMetadata(board, async (id, original) => {
      if (id !== '3458764600000700002') return original();
      attempts += 1;
      throw new Error('Network error');
    });
    await expect(readBoardItems(flaky, { retry: { ...retry, retries: 2 } })).rejects.toThrow('Network error');
    expect(attempts).toBe(3);
  });
});

describe('createBoardReader', () => {
  it('asks a second time only about the shape that had no mark, and gives the same board', async () => {
    const { board, control } = createSimulatedMiro();
    control.load(BOARD);
    const reader = createBoardReader(board, { retry });
    const first = await reader.read();
    control.resetStats();
    const second = await reader.read();
    expect(control.stats().byMethod).toEqual({ get: 1, getMetadata: 1 });
    expect(byId(second.items)).toEqual(byId(first.items));
  });

  it('finds a mark written after the first read (the app may be marking the item right now)', async () => {
    const { board, control } = createSimulatedMiro();
    control.load(BOARD);
    const reader = createBoardReader(board, { retry });
    await reader.read();
    const legend = await board.getById('3458764600000700004');
    const mark = { ...MARK, r: 'row', t: 'legend' };
    if (!('setMetadata' in legend)) throw new Error('the legend shape should take metadata');
    await legend.setMetadata(MARK_KEY, mark);
    const json = await reader.read();
    expect(json.items).toContainEqual(
      expect.objectContaining({ id: '3458764600000700004', metadata: { [MARK_KEY]: mark } }),
    );
  });

  it('rescores a hand-built board of 200 shapes with one get: only changed items are asked about', async () => {
    let now = Date.parse('2026-12-01T10:00:00Z');
    const { board, control } = createSimulatedMiro({ now: () => now });
    control.load(
      Array.from({ length: 200 }, (_, index) => ({
        type: 'shape',
        id: `34587646000008${String(index).padStart(5, '0')}`,
        x: (index % 20) * 150,
        y: Math.floor(index / 20) * 150,
        width: 100,
        height: 100,
        content: `<p>Step ${index}</p>`,
      })),
    );
    // Built an hour ago: long past the minute in which the app marks what it creates.
    now += 3_600_000;
    const reader = createBoardReader(board, { retry, now: () => now });
    await reader.read();
    control.resetStats();
    await reader.read();
    const rescore = control.stats();
    console.log(`credits of a rescore of 200 hand-built shapes: ${rescore.credits}`);
    expect(rescore.byMethod).toEqual({ get: 1 });
    // Someone edits one shape: that one is asked about again.
    control.update('3458764600000800007', { x: 5000 });
    control.resetStats();
    await reader.read();
    expect(control.stats().byMethod).toEqual({ get: 1, getMetadata: 1 });
  });

  it('gives where items are now, not where they were: only marks are remembered', async () => {
    const { board, control } = createSimulatedMiro();
    control.load(BOARD);
    const reader = createBoardReader(board, { retry });
    await reader.read();
    control.update('3458764600000700002', { x: 500, y: 100, title: 'During' });
    control.update('3458764600000700005', { content: '<p>Slow again</p>' });
    const json = await reader.read();
    expect(json.items).toContainEqual(
      expect.objectContaining({
        id: '3458764600000700002',
        x: 500,
        title: 'During',
        metadata: { [MARK_KEY]: MARK },
      }),
    );
    expect(json.items).toContainEqual(
      expect.objectContaining({ id: '3458764600000700005', content: '<p>Slow again</p>' }),
    );
  });
});

describe('createBoardReader when the board is replaced', () => {
  // Another board whose items reuse the first one's ids, as two demo boards or a loaded file do.
  const OTHER = BOARD.map((item) =>
    item.type === 'frame'
      ? { ...item, title: 'After', metadata: { touchpointTally: { ...MARK, p: 'after' } } }
      : item,
  ).map((item) =>
    item.type === 'shape' && item.id === '3458764600000700003' ? { ...item, metadata: undefined } : item,
  );

  it('reads the marks of the new board, not those the old one had under the same ids', async () => {
    const { board, control } = createSimulatedMiro();
    control.load(BOARD);
    const reader = createBoardReader(board, { retry });
    await reader.read();
    control.load(OTHER);
    const json = await reader.read();
    expect(byId(json.items)).toEqual(byId((await readBoardItems(board, { retry })).items));
    const row = json.items.find((item) => (item as { id: string }).id === '3458764600000700003');
    expect(row).not.toHaveProperty('metadata');
    expect(json.items).toContainEqual(
      expect.objectContaining({
        id: '3458764600000700002',
        metadata: { [MARK_KEY]: { ...MARK, p: 'after' } },
      }),
    );
  });

  it('does not bring back the old marks when the board is replaced while a read is under way', async () => {
    const { board, control } = createSimulatedMiro();
    control.load(BOARD);
    let replaceAfterGet = false;
    const racing: BoardApi = {
      ...board,
      get: (async (filter?: Parameters<BoardApi['get']>[0]) => {
        const items = await board.get(filter);
        if (replaceAfterGet) control.load(OTHER);
        replaceAfterGet = false;
        return items;
      }) as BoardApi['get'],
    };
    const reader = createBoardReader(racing, { retry });
    await reader.read();
    replaceAfterGet = true;
    await reader.read();
    const json = await reader.read();
    expect(byId(json.items)).toEqual(byId((await readBoardItems(board, { retry })).items));
    expect(json.items).toContainEqual(
      expect.objectContaining({
        id: '3458764600000700002',
        metadata: { [MARK_KEY]: { ...MARK, p: 'after' } },
      }),
    );
  });
});

describe('BoardApi', () => {
  it('is satisfied by the real SDK board the panel passes (checked by the type checker)', () => {
    expectTypeOf<typeof miro.board>().toExtend<BoardApi>();
  });
});
