// Bringing items into view from the panel (an unassigned note, a template's leftovers). Apart from
// scoring, so the template step, which loads first, does not bring the scoring code with it.
import type { BoardApi } from './board-api.ts';

/** Selects the given items on the board and zooms to them, e.g. an unassigned note. */
export async function showItems(board: BoardApi, ids: readonly string[]): Promise<void> {
  const items = await board.get({ id: [...ids] });
  if (items.length === 0) throw new Error('item not found: it was deleted');
  await board.deselect();
  await board.select({ id: items.map((item) => item.id) });
  await board.viewport.zoomTo(items);
}
