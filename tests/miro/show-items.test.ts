// Show: the panel brings a note into view; a note deleted meanwhile is said to be deleted.
import { describe, expect, it } from 'vitest';
import { SHOW_MAX_ZOOM, showItems } from '../../src/miro/show-items.ts';
import { createSimulatedMiro } from '../../src/simulator/index.ts';

describe('showItems', () => {
  it('says a deleted note is deleted, so the panel can say so in the user language', async () => {
    const { board, control } = createSimulatedMiro();
    const note = control.addStickyNote({ x: 0, y: 0 });
    control.remove(note.id);
    expect(await showItems(board, [note.id])).toMatchObject({ kind: 'failed', error: 'deleted' });
  });

  it('selects the items and zooms to them', async () => {
    const { board, control } = createSimulatedMiro();
    const first = control.addStickyNote({ x: 0, y: 0 });
    const second = control.addStickyNote({ x: 500, y: 0 });
    await showItems(board, [first.id, second.id]);
    expect((await board.getSelection()).map((item) => item.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('shows a single note with the board around it, not filling the screen', async () => {
    const { board, control } = createSimulatedMiro();
    const note = control.addStickyNote({ x: 3000, y: 2000 });
    await showItems(board, [note.id]);
    const view = await board.viewport.get();
    expect(view.x).toBeLessThan(3000 - note.width * 2);
    expect(view.x + view.width).toBeGreaterThan(3000 + note.width * 2);
    expect(view.width).toBeGreaterThanOrEqual(note.width * 6);
    expect(await board.viewport.getZoom()).toBeLessThanOrEqual(SHOW_MAX_ZOOM);
  });
});
