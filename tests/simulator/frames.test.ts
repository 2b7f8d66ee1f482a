// Frame facts: children are placed relative to the frame's top-left corner, frame.add never
// moves anything, and a frame cannot shrink away from its children.
import { describe, expect, it } from 'vitest';
import { isFrame, isStickyNote } from '../../src/miro/board-api.ts';
import { createSimulatedMiro } from '../../src/simulator/index.ts';

async function frameWithNote() {
  const simulated = createSimulatedMiro();
  // Frame from (-500, -400) to (500, 400); note centred at board (100, 50).
  const frame = await simulated.board.createFrame({ x: 0, y: 0, width: 1000, height: 800, title: 'Before' });
  const note = await simulated.board.createStickyNote({ x: 100, y: 50 });
  return { ...simulated, frame, note };
}

describe('simulated frames', () => {
  it('gives children coordinates relative to the frame top-left, so reading them as board points misplaces notes', async () => {
    const { frame, note, control } = await frameWithNote();
    await frame.add(note);
    expect(note).toMatchObject({ parentId: frame.id, relativeTo: 'parent_top_left', x: 600, y: 450 });
    const drawn = control.items().find((item) => item.id === note.id);
    expect(drawn).toMatchObject({ boardX: 100, boardY: 50, x: 600, y: 450 });
  });

  it('lists children in childrenIds and getChildren', async () => {
    const { board, frame, note } = await frameWithNote();
    await frame.add(note);
    const [reread] = (await board.get({ type: 'frame' })).filter(isFrame);
    expect(reread?.childrenIds).toEqual([note.id]);
    expect((await reread?.getChildren())?.map((child) => child.id)).toEqual([note.id]);
  });

  it('does not move an item on frame.add and rejects one lying outside the frame', async () => {
    const { board, frame } = await frameWithNote();
    const outside = await board.createStickyNote({ x: 2000, y: 0 });
    await expect(frame.add(outside)).rejects.toThrow(/does not lie inside/);
    const straddling = await board.createStickyNote({ x: 480, y: 0 });
    await expect(frame.add(straddling)).rejects.toThrow(/does not lie inside/);
    const [still] = (await board.get({ id: outside.id })).filter(isStickyNote);
    expect(still).toMatchObject({ x: 2000, y: 0, parentId: null });
  });

  it('moves children with a moved frame, keeping their relative coordinates', async () => {
    const { board, frame, note, control } = await frameWithNote();
    await frame.add(note);
    frame.x = 300;
    await frame.sync();
    const [child] = (await board.get({ id: note.id })).filter(isStickyNote);
    expect(child).toMatchObject({ x: 600, y: 450 });
    expect(control.items().find((item) => item.id === note.id)).toMatchObject({ boardX: 400, boardY: 50 });
  });

  it('keeps children in place on the board when a frame grows, and rejects shrinking one out', async () => {
    const { board, frame, note, control } = await frameWithNote();
    await frame.add(note);
    frame.width = 1200;
    await frame.sync();
    expect(control.items().find((item) => item.id === note.id)).toMatchObject({
      boardX: 100,
      boardY: 50,
      x: 700,
    });
    frame.width = 300;
    await expect(frame.sync()).rejects.toThrow(/would fall outside/);
    const [unchanged] = (await board.get({ type: 'frame' })).filter(isFrame);
    expect(unchanged?.width).toBe(1200);
  });

  it('rejects frames smaller than 100 × 100', async () => {
    const { board } = createSimulatedMiro();
    await expect(board.createFrame({ width: 99, height: 500 })).rejects.toThrow(/at least 100/);
    const frame = await board.createFrame({ width: 100, height: 100 });
    frame.height = 50;
    await expect(frame.sync()).rejects.toThrow(/at least 100/);
  });

  it('rejects an SDK move that takes a child out of its frame, since the parent link would break', async () => {
    const { frame, note } = await frameWithNote();
    await frame.add(note);
    note.x = 5000;
    await expect(note.sync()).rejects.toThrow(/outside its parent frame/);
  });

  it('nests frames: a grandchild is placed relative to its own frame', async () => {
    const { board, control } = createSimulatedMiro();
    const outer = await board.createFrame({ x: 0, y: 0, width: 2000, height: 2000 });
    const inner = await board.createFrame({ x: 500, y: 500, width: 400, height: 400 });
    const note = await board.createStickyNote({ x: 500, y: 500 });
    await outer.add(inner);
    await inner.add(note);
    expect(inner).toMatchObject({ x: 1500, y: 1500, parentId: outer.id });
    expect(note).toMatchObject({ x: 200, y: 200, parentId: inner.id });
    expect(control.items().find((item) => item.id === note.id)).toMatchObject({ boardX: 500, boardY: 500 });
    await expect(inner.add(outer)).rejects.toThrow(/itself or to a frame inside it/);
  });

  it('frame.remove returns a child to the canvas where it is', async () => {
    const { frame, note } = await frameWithNote();
    await frame.add(note);
    await frame.remove(note);
    expect(note).toMatchObject({ parentId: null, relativeTo: 'canvas_center', x: 100, y: 50 });
  });

  it('removing a frame removes its children, as deleting it on the board does', async () => {
    const { board, frame, note } = await frameWithNote();
    await frame.add(note);
    await board.remove(frame);
    expect(await board.get()).toEqual([]);
  });
});
