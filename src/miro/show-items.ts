// Bringing items into view from the panel (an unassigned note, a template's leftovers). Apart from
// scoring, so the template step, which loads first, does not bring the scoring code with it.
import type { BoardApi } from './board-api.ts';

/** The closest Show zooms in: one note fills no more than a small part of the screen, with its row and zone around it. */
export const SHOW_MAX_ZOOM = 0.5;

/** Selects the given items on the board and zooms to them, e.g. an unassigned note, with some of the board around them. */
export async function showItems(board: BoardApi, ids: readonly string[]): Promise<void> {
  const items = await board.get({ id: [...ids] });
  if (items.length === 0) throw new Error('item not found: it was deleted');
  await board.deselect();
  await board.select({ id: items.map((item) => item.id) });
  await board.viewport.zoomTo(items);
  // zoomTo fills the screen with a single note; step back so the user sees where it is.
  if ((await board.viewport.getZoom()) > SHOW_MAX_ZOOM) await board.viewport.setZoom(SHOW_MAX_ZOOM);
}
