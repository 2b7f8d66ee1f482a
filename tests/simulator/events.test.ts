// Changes fire the events Miro fires, so a panel can follow the board live; and another
// user's deletion makes later calls on that item fail.

import type { Item } from '@mirohq/websdk-types';
import { describe, expect, it } from 'vitest';
import { isStickyNote } from '../../src/miro/board-api.ts';
import { createSimulatedMiro } from '../../src/simulator/index.ts';

function recorder() {
  const events: { event: string; ids: string[] }[] = [];
  const on = (event: string) => (payload?: { items: Item[] }) =>
    events.push({ event, ids: payload ? payload.items.map((item) => item.id) : [] });
  return { events, on };
}

describe('simulated events', () => {
  it('fires items:create, experimental:items:update and items:delete for the app and for other users', async () => {
    const { board, control } = createSimulatedMiro();
    const { events, on } = recorder();
    await board.ui.on('items:create', on('items:create'));
    await board.ui.on('experimental:items:update', on('update'));
    await board.ui.on('items:delete', on('items:delete'));
    const note = await board.createStickyNote({});
    note.content = '<p>edited</p>';
    await note.sync();
    const theirs = control.addStickyNote({ x: 500, y: 500, content: '<p>theirs</p>' });
    control.update(theirs.id, { fillColor: 'red' });
    control.remove(theirs.id);
    await board.remove(note);
    expect(events).toEqual([
      { event: 'items:create', ids: [note.id] },
      { event: 'update', ids: [note.id] },
      { event: 'items:create', ids: [theirs.id] },
      { event: 'update', ids: [theirs.id] },
      { event: 'items:delete', ids: [theirs.id] },
      { event: 'items:delete', ids: [note.id] },
    ]);
  });

  it('tells the app that a board replaced by a file lost every item and gained the new ones', async () => {
    const { board, control } = createSimulatedMiro();
    const old = control.addStickyNote({ x: 0, y: 0 });
    const { events, on } = recorder();
    await board.ui.on('items:create', on('items:create'));
    await board.ui.on('items:delete', on('items:delete'));
    control.load([
      { type: 'tag', id: '3458764600000900001', title: 'Plus', color: 'green' },
      { type: 'sticky_note', id: old.id, x: 10, y: 10, content: '<p>same id, other note</p>' },
    ]);
    // Tags are not board items: the events carry only the note.
    expect(events).toEqual([
      { event: 'items:delete', ids: [old.id] },
      { event: 'items:create', ids: [old.id] },
    ]);
  });

  it('stops calling a handler after ui.off', async () => {
    const { board, control } = createSimulatedMiro();
    const { events, on } = recorder();
    const handler = on('items:create');
    await board.ui.on('items:create', handler);
    await board.ui.off('items:create', handler);
    control.addStickyNote({ x: 0, y: 0 });
    expect(events).toEqual([]);
  });

  it("tells a second session (another panel) about the first one's changes", async () => {
    const first = createSimulatedMiro();
    const second = createSimulatedMiro({ store: first.control.store });
    const { events, on } = recorder();
    await second.board.ui.on('items:create', on('items:create'));
    const note = await first.board.createStickyNote({});
    expect(events).toEqual([{ event: 'items:create', ids: [note.id] }]);
    expect((await second.board.get({ type: 'sticky_note' })).map((item) => item.id)).toEqual([note.id]);
  });

  it('fires selection:update when the user selects, and getSelection follows', async () => {
    const { board, control } = createSimulatedMiro();
    const { events, on } = recorder();
    await board.ui.on('selection:update', on('selection'));
    const note = await board.createStickyNote({});
    control.select([note.id]);
    expect((await board.getSelection()).map((item) => item.id)).toEqual([note.id]);
    await board.deselect();
    expect(await board.getSelection()).toEqual([]);
    await board.select({ id: note.id });
    control.remove(note.id);
    expect(events).toEqual([
      { event: 'selection', ids: [note.id] },
      { event: 'selection', ids: [] },
      { event: 'selection', ids: [note.id] },
      { event: 'selection', ids: [] },
    ]);
  });

  it('fires icon:click, and the headless entry can open the panel', async () => {
    const { board, control } = createSimulatedMiro();
    await board.ui.on('icon:click', async () => {
      await board.ui.openPanel({ url: 'app.html' });
    });
    let told = 0;
    control.subscribe(() => {
      told += 1;
    });
    control.clickIcon();
    await Promise.resolve();
    await Promise.resolve();
    expect(control.openedPanels()).toEqual([{ url: 'app.html' }]);
    // The playground shows the panel when told, as Miro would open it.
    expect(told).toBe(1);
  });

  it('fails later calls on an item another user deleted: sync, metadata, frame.add, getById', async () => {
    const { board, control } = createSimulatedMiro();
    const frame = await board.createFrame({ width: 1000, height: 1000 });
    const note = await board.createStickyNote({});
    const shape = await board.createShape({});
    control.remove(note.id);
    control.remove(shape.id);
    await expect(note.sync()).rejects.toThrow(/deleted by another user/);
    await expect(note.setMetadata('k', 1)).rejects.toThrow(/not found/);
    await expect(note.getMetadata('k')).rejects.toThrow(/not found/);
    await expect(frame.add(note)).rejects.toThrow(/not found/);
    await expect(board.getById(note.id)).rejects.toThrow(/not found/);
    await expect(board.remove(shape)).rejects.toThrow(/not found/);
    control.remove(frame.id);
    await expect(frame.getChildren()).rejects.toThrow(/not found/);
  });

  it('lets another user drop a note into a frame, making it a child as the board does', async () => {
    const { board, control } = createSimulatedMiro();
    const frame = await board.createFrame({ x: 0, y: 0, width: 1000, height: 1000 });
    const note = control.addStickyNote({ x: 100, y: 100 });
    expect(note).toMatchObject({ parentId: frame.id, x: 600, y: 600 });
    control.update(note.id, { x: 3000 });
    const [moved] = (await board.get({ id: note.id })).filter(isStickyNote);
    expect(moved).toMatchObject({ parentId: null, x: 3000, y: 100 });
  });

  it('lets another user retext a note and tag it, creating the tag once and firing updates', async () => {
    const { board, control } = createSimulatedMiro();
    const { events, on } = recorder();
    await board.ui.on('experimental:items:update', on('update'));
    const note = await board.createStickyNote({ content: '<p>old</p>' });
    control.update(note.id, { content: '<p>new</p>' });
    const tag = control.tagItem(note.id, 'Minusy', 'red');
    expect(control.tagItem(note.id, 'Minusy')).toEqual(tag);
    const [reread] = (await board.get({ id: note.id })).filter(isStickyNote);
    expect(reread).toMatchObject({ content: '<p>new</p>', tagIds: [tag.id] });
    expect(reread?.modifiedBy).not.toBe(note.createdBy);
    expect(control.tags()).toEqual([tag]);
    expect(events.map((event) => event.event)).toEqual(['update', 'update']);
  });

  it('records notifications the app showed', async () => {
    const { board, control } = createSimulatedMiro();
    await board.notifications.showInfo('Map inserted');
    await board.notifications.showError('Could not read the board');
    expect(control.notifications()).toEqual([
      { type: 'info', message: 'Map inserted' },
      { type: 'error', message: 'Could not read the board' },
    ]);
  });

  it('tells control subscribers about every change, for the playground to redraw', async () => {
    const { board, control } = createSimulatedMiro();
    let changes = 0;
    const unsubscribe = control.subscribe(() => {
      changes += 1;
    });
    await board.createShape({});
    control.addStickyNote({ x: 0, y: 0 });
    unsubscribe();
    await board.createShape({});
    expect(changes).toBe(2);
  });
});
