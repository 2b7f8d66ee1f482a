// The app's icon opens the panel, after asking Miro whether a panel can open now; when another
// panel blocks it, the click opens nothing and throws nothing.
import { describe, expect, it, vi } from 'vitest';
import { openPanelOnIconClick, type PanelOpener } from '../../src/miro/open-panel.ts';
import { createSimulatedMiro } from '../../src/simulator/index.ts';

/** The simulated board's UI, recording the order of the calls the headless entry makes. */
function recordedUi(canOpen: boolean) {
  const { board, control } = createSimulatedMiro();
  const calls: string[] = [];
  const ui: PanelOpener = {
    on: board.ui.on,
    canOpenPanel: async () => {
      calls.push('canOpenPanel');
      return canOpen && (await board.ui.canOpenPanel());
    },
    openPanel: (options) => {
      calls.push('openPanel');
      return board.ui.openPanel(options);
    },
  };
  return { ui, calls, control };
}

describe('the app icon', () => {
  it('opens the panel (app.html) on a click, having asked canOpenPanel first', async () => {
    const { ui, calls, control } = recordedUi(true);
    await openPanelOnIconClick(ui);
    expect(control.openedPanels()).toEqual([]);
    control.clickIcon();
    await vi.waitFor(() => expect(control.openedPanels()).toHaveLength(1));
    expect(control.openedPanels()[0]?.url).toBe('app.html');
    expect(calls).toEqual(['canOpenPanel', 'openPanel']);
  });

  it('opens nothing while another panel blocks it, and tries again at the next click', async () => {
    const { ui, calls, control } = recordedUi(false);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await openPanelOnIconClick(ui);
    control.clickIcon();
    await vi.waitFor(() => expect(calls).toEqual(['canOpenPanel']));
    control.clickIcon();
    await vi.waitFor(() => expect(calls).toEqual(['canOpenPanel', 'canOpenPanel']));
    expect(control.openedPanels()).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
