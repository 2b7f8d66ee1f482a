// Boards as files (form 1 of docs/scoring.md plus per-item metadata), and the board's space:
// findEmptySpace and the viewport.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulatedMiro } from '../../src/simulator/index.ts';

const FILE = [
  { type: 'tag', id: '3458764600000900001', title: 'Plusy', color: 'green' },
  {
    type: 'frame',
    id: '3458764600000900002',
    x: 0,
    y: 0,
    width: 1200,
    height: 800,
    title: '1. Before purchase',
    metadata: { touchpointTally: { v: 1, r: 'phase', m: 'm1', p: 'before' } },
  },
  {
    type: 'shape',
    id: '3458764600000900003',
    parentId: '3458764600000900002',
    x: 300,
    y: 200,
    width: 400,
    height: 200,
    shape: 'rectangle',
    content: '<p>Website</p>',
  },
  {
    type: 'sticky_note',
    id: '3458764600000900004',
    parentId: '3458764600000900002',
    relativeTo: 'parent_top_left',
    x: 300,
    y: 200,
    width: 199,
    height: 228,
    content: '<p>Fast &amp; clear</p>',
    style: { fillColor: 'light_green' },
    tagIds: ['3458764600000900001'],
  },
];

describe('simulated board files', () => {
  it('loads a file with ids kept, filling the fields Miro always gives', () => {
    const { control } = createSimulatedMiro();
    control.load(FILE);
    const note = control.items().find((item) => item.type === 'sticky_note');
    expect(note).toMatchObject({
      id: '3458764600000900004',
      boardX: -300,
      boardY: -200,
      origin: 'center',
      style: { fillColor: 'light_green', textAlign: 'center' },
    });
    expect(control.tags()).toEqual([
      { type: 'tag', id: '3458764600000900001', title: 'Plusy', color: 'green' },
    ]);
  });

  it('round-trips exactly: load(save()) gives the same file, metadata included', async () => {
    const { board, control } = createSimulatedMiro();
    control.load(FILE);
    const extra = await board.createStickyNote({ x: 2000, y: 0 });
    await extra.setMetadata('note', { seen: true });
    const saved = control.save();
    const other = createSimulatedMiro();
    other.control.load(saved);
    expect(other.control.save()).toEqual(saved);
    expect(saved.find((item) => item.id === '3458764600000900002')).toMatchObject({
      childrenIds: ['3458764600000900003', '3458764600000900004'],
      metadata: FILE[1]?.metadata,
    });
  });

  it("gives items created after a load ids that do not collide with the file's", async () => {
    const { board, control } = createSimulatedMiro();
    control.load([{ type: 'shape', id: '3458764600000000001', x: 0, y: 0, width: 10, height: 10 }]);
    const shape = await board.createShape({});
    expect(shape.id).not.toBe('3458764600000000001');
  });

  it('loads the Web SDK fixture the scorer reads, dropping a tag id no tag on the board has', () => {
    const { control } = createSimulatedMiro();
    const fixture = JSON.parse(readFileSync('tests/fixtures/boards/en-web-sdk.json', 'utf8')) as unknown[];
    control.load(fixture);
    expect(control.save()).toHaveLength(fixture.length);
    const tagIds = new Set(control.tags().map((tag) => tag.id));
    for (const item of control.items()) {
      if (item.type === 'sticky_note') for (const id of item.tagIds) expect(tagIds.has(id)).toBe(true);
    }
  });

  it('rejects REST-form items instead of placing them all at the centre', () => {
    const { control } = createSimulatedMiro();
    const rest = {
      id: '1',
      type: 'frame',
      data: { title: 'Before' },
      position: { x: 300, y: 400 },
      geometry: { width: 600, height: 800 },
    };
    expect(() => control.load([rest])).toThrow(/REST form/);
  });

  it('rejects a file breaking a board rule and leaves the board as it was', () => {
    const { control } = createSimulatedMiro();
    control.load(FILE);
    const before = control.save();
    const bad = (patch: object) => [...FILE.slice(0, 3), { ...FILE[3], ...patch }];
    expect(() => control.load(bad({ style: { fillColor: 'magenta' } }))).toThrow(/fillColor/);
    expect(() => control.load(bad({ tagIds: Array.from({ length: 9 }, () => FILE[0]?.id) }))).toThrow(
      /twice|at most 8/,
    );
    expect(() => control.load(bad({ parentId: '404' }))).toThrow(/not a frame/);
    expect(() => control.load(bad({ metadata: { k: 'x'.repeat(300) } }))).toThrow(/256/);
    expect(() => control.load([{ type: 'frame', x: 0, y: 0, width: 50, height: 50 }])).toThrow(
      /at least 100/,
    );
    expect(() => control.load([{ type: 'connector', id: '1' }])).toThrow(/does not model/);
    expect(() => control.load({ data: [] })).toThrow(/array/);
    expect(control.save()).toEqual(before);
  });
});

describe('simulated board space', () => {
  it('finds empty space that overlaps no item, near the requested point', async () => {
    const { board } = createSimulatedMiro();
    await board.createFrame({ x: 0, y: 0, width: 1000, height: 1000 });
    await board.createShape({ x: 1100, y: 0, width: 200, height: 200 });
    const space = await board.findEmptySpace({ x: 0, y: 0, width: 400, height: 300, offset: 20 });
    expect([space.width, space.height]).toEqual([400, 300]);
    const left = space.x - 200;
    const right = space.x + 200;
    const top = space.y - 150;
    const bottom = space.y + 150;
    const clearOfFrame = right <= -500 || left >= 500 || bottom <= -500 || top >= 500;
    const clearOfShape = right <= 1000 || left >= 1200 || bottom <= -100 || top >= 100;
    expect(clearOfFrame && clearOfShape).toBe(true);
    expect(Math.hypot(space.x, space.y)).toBeLessThan(1500);
    const free = await board.findEmptySpace({ x: 5000, y: 5000, width: 100, height: 100 });
    expect(free).toEqual({ x: 5000, y: 5000, width: 100, height: 100 });
  });

  it('gets, sets and zooms the viewport to items', async () => {
    const { board } = createSimulatedMiro();
    const set = await board.viewport.set({ viewport: { x: 10, y: 20, width: 640, height: 360 } });
    expect(await board.viewport.get()).toEqual(set);
    expect(await board.viewport.getZoom()).toBe(2);
    const far = await board.createShape({ x: 10_000, y: 10_000, width: 200, height: 100 });
    await board.viewport.zoomTo(far);
    const view = await board.viewport.get();
    expect(view.x).toBeLessThanOrEqual(9_900);
    expect(view.x + view.width).toBeGreaterThanOrEqual(10_100);
    expect(view.y).toBeLessThanOrEqual(9_950);
    expect(view.y + view.height).toBeGreaterThanOrEqual(10_050);
  });
});
