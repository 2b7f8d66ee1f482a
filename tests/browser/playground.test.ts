// The playground as a user meets it: the board is drawn, Miro's headless entry opens the real
// panel on the simulated board, and the panel's buttons change that board.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaygroundWindow } from '../../src/playground/main.tsx';
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

  it('inserts the map in free space near the centre of the view the user is looking at, and shows it there', async () => {
    const { page, errors } = await openPage(playground, '/playground.html?board=empty&latency=0&jitter=0');
    const panel = await openPanel(page);
    // The user pans away from the board's origin with the keyboard, as anyone would.
    await page.locator('svg.board-canvas').focus();
    const start = await viewport(page);
    for (let step = 0; step < 12; step += 1) await page.keyboard.press('ArrowRight');
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowDown');
    const before = await viewport(page);
    expect(before.x - start.x).toBeGreaterThan(1000);
    expect(before.y - start.y).toBeGreaterThan(400);

    await panel.getByRole('button', { name: 'Insert template' }).click();
    await panel.getByText('is on the board', { exact: false }).waitFor({ timeout: 30_000 });

    // The map's centre is the centre of the view it was inserted from (the board was empty there).
    const map = await mapFrame(page);
    expect(map.boardX).toBeCloseTo(before.x + before.width / 2, 0);
    expect(map.boardY).toBeCloseTo(before.y + before.height / 2, 0);
    // And the view went to it: the whole map is drawn inside the visible board.
    await expectDrawnInside(page, map.id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('inserts next to a filled map, not over it, and the view follows to where it landed', async () => {
    const { page, errors } = await openPage(playground, '/playground.html?board=filled&latency=0&jitter=0');
    const panel = await openPanel(page);
    const demoMaps = await page.evaluate(() =>
      (window as unknown as PlaygroundWindow).touchpointTallyPlayground.control
        .items()
        .filter((item) => item.type === 'frame' && item.parentId === null),
    );
    await panel.getByRole('button', { name: 'Insert template' }).click();
    await panel.getByText('is on the board', { exact: false }).waitFor({ timeout: 30_000 });
    const map = await mapFrame(page);
    for (const demo of demoMaps) {
      const apart =
        Math.abs(map.boardX - demo.boardX) >= (map.width + demo.width) / 2 ||
        Math.abs(map.boardY - demo.boardY) >= (map.height + demo.height) / 2;
      expect(apart).toBe(true);
    }
    await expectDrawnInside(page, map.id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves the board undrawn when asked, scores it all the same, and draws it again on request', async () => {
    const { page, errors } = await openPage(
      playground,
      '/playground.html?board=filled&latency=0&jitter=0&draw=off',
    );
    const panel = await openPanel(page);
    const notes = await boardItemCount(page, 'sticky_note');
    expect(await page.locator('svg.board-canvas').count()).toBe(0);
    expect(await page.getByTestId('board-off').textContent()).toContain('is not drawn');
    await panel.getByRole('tab', { name: '2. Score' }).click();
    await panel.getByRole('button', { name: 'Score the board' }).click();
    await expect
      .poll(() => panel.getByTestId('score-summary').textContent())
      .toContain(`${notes} notes read`);
    await page.getByRole('checkbox', { name: 'Draw the board' }).check();
    await expect.poll(() => page.locator('svg.board-canvas [data-note-id]').count()).toBe(notes);
    expect(errors).toEqual([]);
    await page.close();
  });
});

function viewport(page: Page) {
  return page.evaluate(() =>
    (window as unknown as PlaygroundWindow).touchpointTallyPlayground.control.viewport(),
  );
}

/** The map frame the panel just inserted (titled with the default map name). */
async function mapFrame(page: Page) {
  const frames = await page.evaluate(() =>
    (window as unknown as PlaygroundWindow).touchpointTallyPlayground.control
      .items()
      .filter((item) => item.type === 'frame' && item.title === 'Customer journey'),
  );
  expect(frames).toHaveLength(1);
  const [frame] = frames;
  if (!frame) throw new Error('no map frame');
  return frame;
}

/** The item's drawn rectangle lies inside the drawn board on screen (the user sees all of it). */
async function expectDrawnInside(page: Page, id: string): Promise<void> {
  const canvas = await page.locator('svg.board-canvas').boundingBox();
  const drawn = await page.locator(`svg.board-canvas [data-item-id="${id}"] rect`).boundingBox();
  if (!canvas || !drawn) throw new Error('the board or the item is not drawn');
  expect(drawn.width).toBeGreaterThan(100);
  expect(drawn.x).toBeGreaterThanOrEqual(canvas.x);
  expect(drawn.y).toBeGreaterThanOrEqual(canvas.y);
  expect(drawn.x + drawn.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  expect(drawn.y + drawn.height).toBeLessThanOrEqual(canvas.y + canvas.height);
}
