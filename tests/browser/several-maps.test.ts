// A board with two personas' maps, in the real panel: the phase totals come per map, and what
// changed since the last save is listed under the map it changed in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaygroundWindow } from '../../src/playground/main.tsx';
import { noteIn, rowOf } from '../fixtures/csv/template-board.ts';
import { twoMaps } from '../fixtures/csv/two-maps.ts';
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

describe('a board of several maps', () => {
  it('shows phase totals per map and names the map of each change since the last save', async () => {
    const { page, errors } = await openPage(playground, '/playground.html?board=empty&latency=0&jitter=0');
    const panel = await openPanel(page);
    const { boris, items } = twoMaps();
    const load = (board: unknown) =>
      page.evaluate((json) => {
        (window as unknown as PlaygroundWindow).touchpointTallyPlayground.control.load(json as never);
      }, board);
    await load(items);
    await panel.getByRole('tab', { name: words.steps.score }).click();
    await panel.getByRole('button', { name: words.score.score }).click();
    await panel.getByTestId('tally-table').waitFor();

    // One table per map, named by its caption, each with its own map's counts.
    const tables = await panel
      .getByTestId('phase-totals')
      .evaluateAll((found) =>
        found.map((table) => [
          table.querySelector('caption')?.textContent ?? '',
          ...[...table.querySelectorAll('tbody tr')].map((row) =>
            [...row.querySelectorAll('td')].map((cell) => cell.textContent).join(' '),
          ),
        ]),
      );
    expect(tables).toEqual([
      ['Anna', '2 0 0', '0 0 1', '0 0 0'],
      ['Boris', '0 0 0', '0 0 2', '0 1 0'],
    ]);

    await panel.getByRole('button', { name: words.score.save }).click();
    await expect
      .poll(() => panel.getByTestId('save-message').textContent(), { timeout: 10_000 })
      .toMatch(/^Saved /);
    // Boris's delivery was late, once.
    await load([...items, noteIn(rowOf(boris, 'after', 'Delivery'), 'negative', 'late', 0)]);
    await panel.getByRole('button', { name: words.score.rescore }).click();
    const changes = panel.getByTestId('changes');
    await changes.waitFor();
    const listed = await changes
      .locator('section')
      .evaluateAll((sections) =>
        sections.map((section) => [
          section.querySelector('h3')?.textContent ?? '',
          ...[...section.querySelectorAll('li .text')].map((row) => row.textContent ?? ''),
        ]),
      );
    expect(listed).toEqual([['Boris', `Delivery · ${words.phases.after}`]]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
