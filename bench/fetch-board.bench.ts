// Fetching one board of 1,000 sticky notes through the REST client, against a local server that
// answers every call after 100 ms: calls, credits (items pages are level 2 = 100 credits, the
// board, its tags and items by tag level 1 = 50) and the time it takes; then ten such boards as
// `score` reads them (three at once). Issue 17: 1,000 notes in 34 calls, 2,850 credits, about
// 3.0 s (3.9 s before the tags were read beside the items); ten boards about 12 s (30 s one by one).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBoard } from '../src/cli/fetch-board.ts';
import { MiroBoards } from '../src/cli/miro-boards.ts';
import { RestClient } from '../src/cli/rest-client.ts';
import { seededRandom } from '../src/simulator/index.ts';
import { type RestServer, servedBoard, startRestServer } from '../tests/fixtures/miro-rest-server.ts';

const NOTES = 1000;
const LATENCY_MS = 100;
const BOARDS = 10;
const PHASES = ['1. Before purchase', '2. During purchase', '3. After purchase'];
const ZONES = ['<p>(+) Positive</p>', '<p>(=) Neutral</p>', '<p>(−) Negative</p>'];

// One map as the app's template draws it (3 phases × 12 touchpoint cells × 3 zones: 148 regions),
// 1,000 notes in the cells, one of three tags on every third note.
function workshopBoard(): unknown {
  const next = seededRandom(NOTES);
  const tags = [
    { id: 't1', title: 'Positive', fillColor: 'green' },
    { id: 't2', title: 'Negative', fillColor: 'red' },
    { id: 't3', title: 'Quick win', fillColor: 'yellow' },
  ];
  const items: Record<string, unknown>[] = [
    { type: 'frame', id: 'map', title: 'Persona 1', x: 1800, y: 2500, width: 3800, height: 5200 },
  ];
  const cells: string[] = [];
  PHASES.forEach((title, phase) => {
    const phaseId = `p${phase}`;
    items.push({
      type: 'frame',
      id: phaseId,
      title,
      x: 700 + phase * 1200,
      y: 2600,
      width: 1200,
      height: 5000,
    });
    for (let row = 0; row < 12; row++) {
      const cellId = `${phaseId}c${row}`;
      cells.push(cellId);
      items.push({
        type: 'frame',
        id: cellId,
        title: `Touchpoint ${row + 1}`,
        x: 600,
        y: 300 + row * 400,
        width: 1200,
        height: 400,
        relativeTo: 'parent_top_left',
        parentId: phaseId,
      });
      ZONES.forEach((content, zone) => {
        items.push({
          type: 'shape',
          id: `${cellId}z${zone}`,
          content,
          x: 200 + zone * 400,
          y: 200,
          width: 400,
          height: 400,
          relativeTo: 'parent_top_left',
          parentId: cellId,
        });
      });
    }
  });
  for (let index = 0; index < NOTES; index++) {
    items.push({
      type: 'sticky_note',
      id: `34587645642490${String(index).padStart(5, '0')}`,
      content: '<p>A note</p>',
      x: 20 + next() * 1160,
      y: 20 + next() * 360,
      width: 199,
      height: 228,
      relativeTo: 'parent_top_left',
      parentId: cells[Math.floor(next() * cells.length)],
      style: { fillColor: 'light_yellow' },
      tagIds: index % 3 === 0 ? [tags[(index / 3) % tags.length]?.id] : [],
    });
  }
  return { items, tags };
}

const IDS = Array.from({ length: BOARDS }, (_, index) => `uXjVbench${index}=`);
let server: RestServer | undefined;
beforeAll(async () => {
  server = await startRestServer({
    token: 'bench',
    boards: IDS.map((id) => servedBoard(id, 'Bench', workshopBoard())),
    latencyMs: LATENCY_MS,
  });
});
afterAll(async () => {
  await server?.close();
});

describe(`fetch a board of ${NOTES.toLocaleString('en')} notes, every call answered after ${LATENCY_MS} ms`, () => {
  it('counts calls and credits and times the fetch', async () => {
    const client = await RestClient.open({ token: 'bench', apiUrl: server?.url });
    const started = performance.now();
    const fetched = await fetchBoard(client, IDS[0] ?? '');
    const seconds = (performance.now() - started) / 1000;
    const calls = (pattern: RegExp) => server?.requests.filter((url) => pattern.test(url)).length ?? 0;
    const notes = fetched.items.filter((item) => item.type === 'sticky_note').length;
    expect(notes).toBe(NOTES);
    console.log(
      [
        `items: ${fetched.items.length} (${notes} notes), tags read ${fetched.tagReading}`,
        `calls: ${client.calls} = board 1 + items pages ${calls(/\/items\?limit=50/)} + tags ${calls(/\/tags\?/)} + items by tag ${calls(/tag_id=/)}`,
        `credits: ${client.credits} (per note, tags one call a note, would add ${notes * 50})`,
        `time: ${seconds.toFixed(2)} s at ${LATENCY_MS} ms a call`,
      ].join('\n'),
    );
  });

  it(`reads ${BOARDS} such boards as \`score\` does`, async () => {
    const started = performance.now();
    const readings = await new MiroBoards({ token: 'bench', apiUrl: server?.url }, undefined).readAll(IDS);
    const seconds = (performance.now() - started) / 1000;
    expect(readings.every((reading) => reading.kind === 'board')).toBe(true);
    console.log(`${BOARDS} boards: ${seconds.toFixed(2)} s at ${LATENCY_MS} ms a call`);
  });
});
