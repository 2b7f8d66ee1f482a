// Scoring a board under Miro's rate limit through the real panel: while the calls wait for new
// credits the panel says so, with about how long, and falls silent when the tally is in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANEL_WORDS } from '../fixtures/panel-words.ts';
import { openPageOnFastClock, openPanel, type Playground, startPlayground } from './harness.ts';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

const words = PANEL_WORDS.en;

describe('waiting for the rate limit', () => {
  it('says the panel waits for Miro, for about how long, until the tally comes', async () => {
    // 1,000 credits a minute read the filled board's frames and shapes over several minutes; a
    // page clock skipping two seconds every 20 ms passes them in a few seconds (each skip is a round
    // trip to the browser, so on a loaded machine the same minutes take far longer: hence the
    // generous timeouts below).
    const { page, errors, close } = await openPageOnFastClock(playground, 2000);
    try {
      await page.goto(`${playground.baseUrl}/playground.html?board=filled&latency=0&jitter=0&credits=1000`);
      const panel = await openPanel(page);
      await panel.getByRole('tab', { name: words.steps.score }).click();
      await panel.getByRole('button', { name: words.score.score }).click();
      const notice = panel.locator('#step-score').getByTestId('rate-limit-wait');
      const said = new Set<string>();
      await expect
        .poll(
          async () => {
            const text = (await notice.textContent()) ?? '';
            if (text) said.add(text);
            return (await panel.getByTestId('tally-table').count()) > 0;
          },
          { timeout: 150_000, interval: 20 },
        )
        .toBe(true);
      const waits = [...said].map((text) => /^Waiting for Miro's rate limit: about (\d+) s$/.exec(text));
      expect(waits.length, 'the wait was said').toBeGreaterThan(0);
      for (const [index, wait] of waits.entries()) {
        expect(wait, [...said][index]).not.toBeNull();
        expect(Number(wait?.[1])).toBeGreaterThanOrEqual(1);
        expect(Number(wait?.[1])).toBeLessThanOrEqual(60);
      }
      await expect.poll(() => notice.textContent()).toBe('');
      expect(await panel.getByTestId('score-summary').textContent()).toContain('notes read');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 180_000);
});
