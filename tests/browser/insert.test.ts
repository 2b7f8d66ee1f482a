// Inserting the template when it does not go through at once: Cancel with "keep", then Resume
// or Discard. Whatever the form says by then, the board ends with the map that was started, or
// with nothing.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/core/text.ts';
import type { PlaygroundWindow } from '../../src/playground/main.tsx';
import { openPage, openPanel, type Playground, startPlayground } from './harness.ts';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

interface Drawn {
  readonly type: string;
  readonly label: string;
}

async function boardItems(page: Page): Promise<Drawn[]> {
  const items = await page.evaluate(() =>
    (window as unknown as PlaygroundWindow).touchpointTallyPlayground.control.items().map((item) => ({
      type: item.type,
      html: item.type === 'frame' ? item.title : 'content' in item ? String(item.content) : '',
    })),
  );
  return items.map((item) => ({ type: item.type, label: htmlToText(item.html) }));
}

function setLatency(page: Page, latencyMs: number): Promise<void> {
  return page.evaluate(
    (ms) =>
      (window as unknown as PlaygroundWindow).touchpointTallyPlayground.control.setOptions({ latencyMs: ms }),
    latencyMs,
  );
}

/** Starts an insertion that keeps what it made, and cancels it part way. */
async function insertAndCancel(page: Page, panel: Frame): Promise<void> {
  await panel.getByLabel('Keep it and offer to resume').check();
  // A slow network, so the click lands part way even on a busy machine: the template is built
  // many calls at once, and the first parts are on the board well before anything more.
  await setLatency(page, 600);
  await panel.getByRole('button', { name: 'Insert template' }).click();
  await expect.poll(async () => (await boardItems(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await panel.getByRole('button', { name: 'Resume' }).waitFor();
  await setLatency(page, 30);
}

describe('an insertion kept part way', () => {
  // The slow network makes these two longer than most, more so on a busy machine.
  it('resumes the map that was started, even after the form changed', { timeout: 45_000 }, async () => {
    const { page, errors } = await openPage(playground, '/playground.html?board=empty&latency=30&jitter=0');
    const panel = await openPanel(page);
    await insertAndCancel(page, panel);
    const partial = await boardItems(page);
    expect(partial.length).toBeGreaterThan(0);
    // The panel counts what is on the board, not only the items it had finished marking.
    expect(await panel.getByText('Template incomplete').textContent()).toContain(`${partial.length} of `);

    // The designer changes the form before resuming: it must not change the map being finished.
    await panel.getByLabel('Map name (persona or path)').fill('Another map');
    await panel.getByRole('checkbox', { name: 'Store' }).uncheck();
    await panel.getByRole('button', { name: 'Resume' }).click();
    await panel.getByText('“Customer journey” is on the board.').waitFor({ timeout: 30_000 });

    const items = await boardItems(page);
    const frames = items.filter((item) => item.type === 'frame').map((item) => item.label);
    expect(frames).toContain('Customer journey');
    expect(frames).not.toContain('Another map');
    expect(frames).toHaveLength(4);
    const rows = items.filter((item) => item.type === 'shape' && item.label === 'Store');
    expect(rows.length).toBeGreaterThan(0);
    // Each part once: no duplicates from the first attempt.
    const shapes = items.filter((item) => item.type === 'shape').map((item) => item.label);
    const zones = shapes.filter((label) => ['Positive', 'Neutral', 'Negative'].includes(label));
    expect(zones.length).toBe(3 * (shapes.length - zones.length));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('discards what was made, and says nothing was left', { timeout: 45_000 }, async () => {
    const { page, errors } = await openPage(playground, '/playground.html?board=empty&latency=30&jitter=0');
    const panel = await openPanel(page);
    await insertAndCancel(page, panel);
    await panel.getByRole('button', { name: 'Discard' }).click();
    await panel.getByText('Nothing was left on the board').waitFor({ timeout: 30_000 });
    expect(await boardItems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
