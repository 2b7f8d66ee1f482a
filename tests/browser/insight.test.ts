// Why a touchpoint is weak and how the journey feels, in the playground's panel: the themes under
// the weakest links and the strongest rows, Show selecting a theme's notes, the emotion curve
// with its numbers, and the curve drawn on the board and removed again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURVE_KEY } from '../../src/core/curve-marker.ts';
import { emotionCurves } from '../../src/core/emotion-curve.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { loadStemmers } from '../../src/core/stemmers.ts';
import { strongestRows } from '../../src/core/strongest.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { tallyThemes } from '../../src/core/themes.ts';
import { demoBoard } from '../../src/playground/demo-boards.ts';
import { openPage, openPanel, type Playground, startPlayground } from './harness.ts';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

type Control = { items(): { id: string; metadata?: Record<string, unknown> }[] };
type Board = { getSelection(): Promise<{ id: string }[]> };
type Host = { touchpointTallyPlayground: { control: Control; miro: { board: Board } } };

describe('themes and the emotion curve in the panel', () => {
  it('shows the filled board’s themes and curve, Show selects a theme’s notes, and the curve goes on the board and off again', async () => {
    const tally = tallyBoard(readBoard(demoBoard('filled')));
    const themes = tallyThemes(tally, await loadStemmers(), 3);
    const themesOf = (row: (typeof tally.rows)[number]) => themes[tally.rows.indexOf(row)];
    const weakest = tally.weakest.slice(0, 5).map((row) => themesOf(row)?.negative ?? []);
    expect(weakest.flat().length).toBeGreaterThan(0);

    const { page, errors } = await openPage(playground, '/playground.html?board=filled&latency=0&jitter=0');
    const panel = await openPanel(page);
    await panel.getByRole('tab', { name: '2. Score' }).click();
    await panel.getByRole('button', { name: 'Score the board' }).click();
    await panel.getByTestId('weakest').waitFor();

    // Under each weakest link, its negative themes with their counts.
    const items = panel.locator('[data-testid="weakest"] > li');
    await expect
      .poll(() => panel.locator('[data-testid="weakest"] [data-testid="themes"]').count())
      .toBe(weakest.filter((list) => list.length > 0).length);
    for (const [index, list] of weakest.entries()) {
      const shown = await items.nth(index).locator('[data-testid="themes"] li .text').allTextContents();
      expect(shown).toEqual(list.map((theme) => `${theme.theme} · ${theme.notes.length}`));
    }
    // The strongest rows with their positive themes.
    const strongest = strongestRows(tally, 3);
    expect(await panel.locator('[data-testid="strongest"] > li .name').allTextContents()).toEqual(
      strongest.map((row) => row.touchpoint),
    );
    const firstPositive = themesOf(strongest[0] as (typeof tally.rows)[number])?.positive ?? [];
    expect(
      await panel
        .locator('[data-testid="strongest"] > li')
        .first()
        .locator('[data-testid="themes"] li .text')
        .allTextContents(),
    ).toEqual(firstPositive.map((theme) => `${theme.theme} · ${theme.notes.length}`));

    // Show on the first theme selects its notes on the board.
    const index = weakest.findIndex((list) => list.length > 0);
    const theme = weakest[index]?.[0];
    await items
      .nth(index)
      .locator('[data-testid="themes"]')
      .getByRole('button', { name: `Show ${theme?.theme}` })
      .click();
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const host = window as unknown as Host;
          const selection = await host.touchpointTallyPlayground.miro.board.getSelection();
          return selection.map((item) => item.id).sort();
        }),
      )
      .toEqual([...(theme?.notes ?? [])].sort());

    // The curve: a picture named for its map, and its numbers in a table.
    const [curve] = emotionCurves(tally);
    const picture = panel.getByRole('img', { name: `Emotion curve of ${curve?.map}: net score per stage` });
    await picture.waitFor();
    const net = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');
    const rows = await panel.$$eval('[data-testid="curve-numbers"] tbody tr', (trs) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']),
    );
    expect(rows.map(([, value]) => value)).toEqual([
      ...(curve?.stages ?? []).map((point) => net(point.net)),
      ...(curve?.phases ?? []).map((point) => net(point.net)),
    ]);

    // Drawn on the board, drawn again in place, and removed leaving nothing.
    const curveItems = () =>
      page.evaluate(
        (key) =>
          (window as unknown as Host).touchpointTallyPlayground.control
            .items()
            .filter((item) => item.metadata?.[key]).length,
        CURVE_KEY,
      );
    const message = panel.getByTestId('curve-message');
    await panel.getByRole('button', { name: 'Draw curve on board' }).click();
    await expect.poll(() => message.textContent()).toBe('Drew 1 emotion curve under the map.');
    const drawn = await curveItems();
    expect(drawn).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Score again' }).click();
    await panel.getByRole('button', { name: 'Draw curve on board' }).click();
    await expect.poll(curveItems).toBe(drawn);
    await panel.getByRole('button', { name: 'Remove curve from board' }).click();
    await expect.poll(() => message.textContent()).toBe(`Removed ${drawn} curve items from the board.`);
    expect(await curveItems()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
