// A board a team built by hand, scored in each language: the five-stage journey demo board starts
// mostly uncounted; one click per stage the app does not know and one for yellow count every
// note, the tally changing at once; the words are the board's, so a reloaded panel counts the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plural } from '../../src/i18n/language.ts';
import { JOURNEY_LABELS } from '../../src/playground/demo-boards.ts';
import { PANEL_WORDS } from '../fixtures/panel-words.ts';
import { openPage, openPanel, type Playground, startPlayground } from './harness.ts';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

const NOTES = 60;

describe("the team's words, from what could not be counted", () => {
  for (const language of ['en', 'ru', 'pl'] as const) {
    it(`counts every note of the five-stage board in ${language} with one click per unknown stage and one for yellow, and keeps them after a reload`, async () => {
      const words = PANEL_WORDS[language];
      const count = (n: number) => `${n} ${plural(language, n, words.notes)}`;
      const everyNote = `${words.score.read(count(NOTES))} · ${words.score.counted(count(NOTES))}`;
      const { page, errors } = await openPage(
        playground,
        `/playground.html?board=journey-${language}&latency=0&jitter=0`,
      );
      const panel = await openPanel(page);
      await panel.locator('main.panel > header select').selectOption(language);
      await panel.getByRole('tab', { name: words.steps.score }).click();
      await panel.getByRole('button', { name: words.score.score, exact: true }).click();
      const summary = panel.getByTestId('score-summary');
      await summary.waitFor();
      expect(await summary.textContent()).not.toBe(everyNote);
      const counted = Number((await summary.textContent())?.match(/(\d+)\D*$/)?.[1]);
      expect(counted).toBeLessThan(NOTES / 2);

      let clicks = 0;
      // The recommendations column: a stage name only in English's built-in words.
      if (language !== 'en') {
        const stage = JOURNEY_LABELS[language].stages[4] ?? '';
        await panel
          .getByRole('button', { name: words.teamWords.countAs(stage, words.phases.after), exact: true })
          .click();
        clicks += 1;
      }
      await panel
        .getByRole('button', {
          name: words.teamWords.colourMeans(words.stickyColours.yellow, words.sentiments.neutral),
          exact: true,
        })
        .click();
      clicks += 1;
      await expect.poll(() => summary.textContent()).toBe(everyNote);
      // Undo takes the last choice back at once; choosing again counts every note again.
      const beforeColour = await panel.evaluate(
        () => document.querySelector('[data-testid="score-summary"]')?.textContent,
      );
      await panel.getByRole('button', { name: words.teamWords.undo, exact: true }).click();
      await expect.poll(() => summary.textContent()).not.toBe(everyNote);
      await panel
        .getByRole('button', {
          name: words.teamWords.colourMeans(words.stickyColours.yellow, words.sentiments.neutral),
          exact: true,
        })
        .click();
      await expect.poll(() => summary.textContent()).toBe(beforeColour);
      expect(clicks).toBeLessThanOrEqual(JOURNEY_LABELS[language].stages.length + 1);
      await expect.poll(() => panel.getByTestId('unassigned').count()).toBe(0);

      // Reload the panel: the words come from the board, not from this panel's memory.
      await panel.evaluate(() => location.reload());
      const reloaded = await openPanel(page);
      await reloaded.waitForSelector('main.panel');
      await reloaded.locator('main.panel > header select').selectOption(language);
      await reloaded.getByRole('tab', { name: words.steps.score }).click();
      await reloaded.getByRole('button', { name: words.score.score, exact: true }).click();
      await expect.poll(() => reloaded.getByTestId('score-summary').textContent()).toBe(everyNote);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
