// Bringing items into view from the panel (an unassigned note, a template's leftovers). Apart from
// scoring, so the template step, which loads first, does not bring the scoring code with it.
import type { BoardApi } from './board-api.ts';
import { type BoardFailure, boardFailure } from './board-errors.ts';
import { defaultRetry, type RetryOptions, withRetry } from './calls.ts';

/** The closest Show zooms in: one note fills no more than a small part of the screen, with its row and zone around it. */
export const SHOW_MAX_ZOOM = 0.5;

/** What Show did: the items are selected and in view, or why not (all of them deleted: `error: 'deleted'`). */
export type ShowItemsOutcome = { readonly kind: 'shown' } | BoardFailure;

/** Selects the given items on the board and zooms to them, e.g. an unassigned note, with some of the board around them; each call retried like the rest. */
export async function showItems(
  board: BoardApi,
  ids: readonly string[],
  retry: RetryOptions = defaultRetry({ retries: 2 }),
): Promise<ShowItemsOutcome> {
  try {
    const items = await withRetry(() => board.get({ id: [...ids] }), retry);
    if (items.length === 0)
      return { kind: 'failed', error: 'deleted', message: 'no item to show is on the board' };
    await withRetry(() => board.deselect(), retry);
    await withRetry(() => board.select({ id: items.map((item) => item.id) }), retry);
    await withRetry(() => board.viewport.zoomTo(items), retry);
    // zoomTo fills the screen with a single note; step back so the user sees where it is.
    if ((await withRetry(() => board.viewport.getZoom(), retry)) > SHOW_MAX_ZOOM)
      await withRetry(() => board.viewport.setZoom(SHOW_MAX_ZOOM), retry);
    return { kind: 'shown' };
  } catch (error) {
    return boardFailure(error);
  }
}
