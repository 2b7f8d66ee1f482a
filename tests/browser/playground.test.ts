// The playground as a user meets it: the board is drawn, Miro's headless entry opens the real
// panel on the simulated board, and the panel's buttons change that board.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, openPanel, type Playground, startPlayground } from './harness.ts';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

function boardItemCount(page: Page, type: string): Promise<number> {
  return page.evaluate(
    (wanted) =>
      (
        window as unknown as {
          touchpointTallyPlayground: { control: { items(): { type: string }[] } };
        }
      ).touchpointTallyPlayground.control
        .items()
        .filter((item) => item.type === wanted).length,
    type,
  );
}

describe('playground', () => {
  it('draws the board, opens the panel from the app icon, and inserting a template adds frames', async () => {
    const { page, errors } = await openPage(playground, '/playground.html?board=empty&latency=0&jitter=0');
    const frame = await openPanel(page);
    expect(await boardItemCount(page, 'frame')).toBe(0);

    await frame.getByRole('button', { name: 'Insert template' }).click();
    await frame.getByText('is on the board', { exact: false }).waitFor({ timeout: 30_000 });

    // A map frame and three phase frames, drawn on the page's board.
    expect(await boardItemCount(page, 'frame')).toBe(4);
    expect(await page.locator('svg.board-canvas [data-type="frame"]').count()).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });
});
