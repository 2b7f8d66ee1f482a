// The README's pictures, taken from the running playground so they show the app as it is today:
// `npm run screenshots` (vitest with tests/browser/screenshots.config.ts) writes docs/screenshots/*.png.
import { mkdir, writeFile } from 'node:fs/promises';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BOARD_WORDS } from '../../src/core/board-words.ts';
import type { Language } from '../../src/core/model.ts';
import { PANEL_WORDS } from '../fixtures/panel-words.ts';
import { openPanel, type Playground, startPlayground } from './harness.ts';

const OUT = 'docs/screenshots';
const words = PANEL_WORDS.en;

let playground: Playground;
/** Pictures are written once the dev server is gone: a file appearing under its root could reload the page. */
const pictures = new Map<string, Buffer>();

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
  await mkdir(OUT, { recursive: true });
  for (const [name, picture] of pictures) await writeFile(`${OUT}/${name}.png`, picture);
});

async function open(
  viewport: { width: number; height: number },
  board = 'filled',
  options: { readonly textPercent?: number; readonly panelWidth?: number; readonly language?: Language } = {},
): Promise<{ page: Page; panel: Frame }> {
  const page = await playground.browser.newPage({ viewport, deviceScaleFactor: 1 });
  if (options.textPercent) {
    // The browser's text size setting, as the reflow test sets it (tests/browser/reflow.test.ts).
    const cdp = await page.context().newCDPSession(page);
    const scale = options.textPercent / 100;
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * scale, fixed: 13 * scale } });
  }
  await page.goto(`${playground.baseUrl}/playground.html?board=${board}&latency=0&jitter=0`);
  if (options.panelWidth) {
    await page.waitForSelector('iframe.panel-frame');
    await page.evaluate((px) => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe.panel-frame');
      if (frame) frame.style.cssText = `flex: 1 0 auto; width: ${px}px; align-self: flex-start;`;
    }, options.panelWidth);
  }
  const panel = await openPanel(page);
  await panel.locator('main.panel > header select').selectOption(options.language ?? 'en');
  return { page, panel };
}

async function score(panel: Frame, language: Language = 'en'): Promise<void> {
  const { steps, score: step } = PANEL_WORDS[language];
  await panel.getByRole('tab', { name: steps.score }).click();
  await panel.getByRole('button', { name: step.score, exact: true }).click();
  await panel.getByTestId('tally-table').waitFor();
}

/** The panel's frame from its top, at most `height` px of it. */
async function shootPanel(page: Page, name: string, height: number): Promise<void> {
  const box = await page.locator('iframe.panel-frame').boundingBox();
  if (!box) throw new Error('the panel is not on the page');
  const clip = { x: box.x, y: box.y, width: box.width, height: Math.min(height, box.height) };
  pictures.set(name, await page.screenshot({ clip }));
}

it('the playground with a scored filled board', async () => {
  const { page, panel } = await open({ width: 1440, height: 900 });
  await score(panel);
  pictures.set('playground-scored', await page.screenshot());
  await page.close();
});

it('a template just inserted from the panel on an empty board', async () => {
  const { page, panel } = await open({ width: 1440, height: 900 }, 'empty');
  await panel.getByRole('button', { name: words.template.insert }).click();
  await panel.getByText(words.template.inserted(BOARD_WORDS.en.defaultMapName)).waitFor();
  pictures.set('playground-inserted', await page.screenshot());
  await page.close();
});

it('the panel in each step', async () => {
  // A tall window, so each step is pictured whole down to its clip.
  const { page, panel } = await open({ width: 1280, height: 2000 });
  const shoot = (name: string, height: number) => shootPanel(page, name, height);
  await shoot('panel-template', 1100);
  await score(panel);
  await shoot('panel-score', 1100);
  await panel.getByRole('tab', { name: words.steps.export }).click();
  await panel.getByRole('button', { name: words.export.download }).waitFor();
  await shoot('panel-export', 540);
  expect(await panel.getByTestId('csv-file-name').textContent()).toContain('.csv');
  await page.close();
});

it("the panel at Miro's 320 px with the text at 200%, in each step (Russian, the longest words)", async () => {
  const { page, panel } = await open({ width: 1280, height: 2400 }, 'filled', {
    textPercent: 200,
    panelWidth: 320,
    language: 'ru',
  });
  const ru = PANEL_WORDS.ru;
  await shootPanel(page, 'panel-200-template', 1600);
  await score(panel, 'ru');
  await shootPanel(page, 'panel-200-score', 1600);
  await panel.getByRole('tab', { name: ru.steps.export }).click();
  await panel.getByRole('button', { name: ru.export.download }).waitFor();
  await shootPanel(page, 'panel-200-export', 1600);
  await page.close();
});
