// Miro's headless entry (index.html) opens the panel when the app's icon is clicked. Miro asks
// apps to check `canOpenPanel()` first: a panel already open from another source blocks a new one.
import type { BoardUI } from '@mirohq/websdk-types';

/** The Web SDK UI methods the headless entry calls, e.g. `miro.board.ui`. */
export type PanelOpener = Pick<BoardUI, 'on' | 'canOpenPanel' | 'openPanel'>;

/** The panel's page, next to index.html. */
export const PANEL_URL = 'app.html';

/** Opens the panel at each click of the app's icon, unless Miro says a panel cannot open now. */
export async function openPanelOnIconClick(ui: PanelOpener): Promise<void> {
  await ui.on('icon:click', async () => {
    try {
      // When another panel blocks it, Miro keeps that one open and the click does nothing.
      if (!(await ui.canOpenPanel())) return;
      await ui.openPanel({ url: PANEL_URL });
    } catch (error) {
      // Refused after all (a panel opened meanwhile): nothing is lost, the open one stays.
      console.warn('Touchpoint Tally: the panel could not be opened:', error);
    }
  });
}
