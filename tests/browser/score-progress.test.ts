// Scoring the 5,000-note demo board through the real panel: once the board is read, the progress
// bar says how many of its notes are scored, up to all of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANEL_WORDS } from '../fixtures/panel-words.ts';
import { openPage, openPanel, type Playground, startPlayground } from './harness.ts';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

const words = PANEL_WORDS.en;

describe('scoring progress', () => {
  it('fills the bar with the notes scored on a large board', async () => {
    const { page, errors } = await openPage(playground, '/playground.html?board=large&latency=0&jitter=0');
    const panel = await openPanel(page);
    await panel.getByRole('tab', { name: words.steps.score }).click();
    // Every value the bar takes while scoring, as the page shows it.
    await panel.evaluate(() => {
      const seen = window as unknown as { bar: [string | null, string | null][] };
      seen.bar = [];
      new MutationObserver(() => {
        const bar = document.querySelector('#step-score progress');
        if (bar) seen.bar.push([bar.getAttribute('value'), bar.getAttribute('max')]);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await panel.getByRole('button', { name: words.score.score }).click();
    await panel.getByRole('button', { name: words.score.rescore }).waitFor({ timeout: 60_000 });
    const bar = await panel.evaluate(
      () => (window as unknown as { bar: [string | null, string | null][] }).bar,
    );
    const determinate = bar.flatMap(([value, max]) =>
      value !== null && max !== null ? [{ value: Number(value), max: Number(max) }] : [],
    );
    expect(determinate.length).toBeGreaterThan(0);
    expect(new Set(determinate.map(({ max }) => max))).toEqual(new Set([5003]));
    const values = determinate.map(({ value }) => value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(await panel.getByTestId('score-summary').textContent()).toContain('5,003 notes read');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
