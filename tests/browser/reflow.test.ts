// Reflow and resized text (WCAG 1.4.4, 1.4.10) as a user with large text meets the panel: at
// Miro's panel width of 320 px with the browser's text size at 200%, in every language and step,
// nothing scrolls sideways, every control is whole inside the panel, no select cuts its choices
// and no bar shrinks away; at Miro's narrowest content width (292 px) the same at 100% text.
//
// Text is enlarged the way a browser's text size setting does it (Chrome's "Font size", Firefox's
// and Safari's default font size): the page's default font size goes from 16 px to 32 px
// (`Page.setFontSizes`). Page zoom would not do: in Miro's panel it enlarges the panel with the
// text, so the layout never gets narrower. Doubling the default is only 200% text if the panel's
// sizes follow it, which is what the test checks first.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/core/model.ts';
import { PANEL_WORDS } from '../fixtures/panel-words.ts';
import { openPanel, type Playground, startPlayground } from './harness.ts';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

/** What does not fit in the panel at its width, in words a test failure can show. */
interface Overflow {
  readonly viewport: number;
  readonly content: number;
  readonly problems: readonly string[];
}

/** Opens the playground with the panel `width` px wide and the browser's default text at `textPercent`. */
async function openNarrow(width: number, textPercent: number): Promise<{ page: Page; panel: Frame }> {
  const page = await playground.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', {
    fontSizes: { standard: (16 * textPercent) / 100, fixed: (13 * textPercent) / 100 },
  });
  await page.goto(`${playground.baseUrl}/playground.html?board=filled&latency=0&jitter=0`);
  await page.waitForSelector('iframe.panel-frame');
  await page.evaluate((px) => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe.panel-frame');
    if (frame) frame.style.cssText = `flex: 1 0 auto; width: ${px}px; align-self: flex-start;`;
  }, width);
  const panel = await openPanel(page);
  return { page, panel };
}

/** Everything in the panel that would make a user scroll sideways or miss part of a control. */
function overflow(panel: Frame): Promise<Overflow> {
  return panel.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const problems: string[] = [];
    const describe = (element: Element) => {
      const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${text}"`;
    };
    const shown = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const controls = document.querySelectorAll(
      'button, select, input, textarea, summary, a[href], [role="tab"], [tabindex="0"]',
    );
    for (const control of controls) {
      if (!shown(control) || control.closest('.visually-hidden')) continue;
      const rect = control.getBoundingClientRect();
      if (rect.left < -0.5 || rect.right > viewport + 0.5)
        problems.push(`${describe(control)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px`);
      // Cut by a box around it that hides or scrolls what sticks out.
      for (let box = control.parentElement; box && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const around = box.getBoundingClientRect();
        if (rect.left < around.left - 0.5 || rect.right > around.right + 0.5)
          problems.push(`${describe(control)} is cut by ${describe(box)}`);
      }
      // A label longer than its button.
      if (control instanceof HTMLButtonElement && control.scrollWidth > control.clientWidth + 1)
        problems.push(`${describe(control)} text is ${control.scrollWidth} px in ${control.clientWidth} px`);
      // A select narrower than its own longest choice shows that choice cut.
      if (control instanceof HTMLSelectElement) {
        const before = control.getBoundingClientRect().width;
        const { width, maxWidth, minWidth, flex } = control.style;
        control.style.width = 'auto';
        control.style.maxWidth = 'none';
        control.style.minWidth = '0';
        control.style.flex = 'none';
        const needed = control.getBoundingClientRect().width;
        Object.assign(control.style, { width, maxWidth, minWidth, flex });
        if (before + 0.5 < needed)
          problems.push(
            `${describe(control)} is ${Math.round(before)} px, its choices need ${Math.round(needed)} px`,
          );
      }
    }
    // A bar squeezed to nothing says nothing.
    for (const bar of document.querySelectorAll('svg.bar')) {
      if (!bar.closest('[role="tabpanel"]:not([hidden])')) continue;
      const width = bar.getBoundingClientRect().width;
      if (width < 48) problems.push(`a bar is ${Math.round(width)} px wide`);
    }
    return { viewport, content: document.documentElement.scrollWidth, problems };
  });
}

async function chooseLanguage(panel: Frame, language: Language): Promise<void> {
  await panel.locator('main.panel > header select').selectOption(language);
  await panel.locator(`main.panel[lang="${language}"]`).waitFor();
}

/** Opens every collapsible in a step, as a user would who looks at everything. */
async function openEveryDetails(panel: Frame, step: string): Promise<void> {
  for (let index = 0; ; index += 1) {
    const closed = panel.locator(`${step} details:not([open]) > summary`).first();
    if ((await closed.count()) === 0 || index > 40) return;
    await closed.click();
  }
}

/** Walks the three steps with everything that opens open, and returns what overflows in each. */
async function walkSteps(panel: Frame, language: Language): Promise<Record<string, Overflow>> {
  const words = PANEL_WORDS[language];
  await chooseLanguage(panel, language);
  await openEveryDetails(panel, '#step-template');
  const template = await overflow(panel);

  await panel.getByRole('tab', { name: words.steps.score }).click();
  await panel.getByRole('button', { name: words.score.score, exact: true }).click();
  await panel.getByTestId('tally-table').waitFor();
  await openEveryDetails(panel, '#step-score');
  const score = await overflow(panel);

  await panel.getByRole('tab', { name: words.steps.export }).click();
  await panel.getByRole('button', { name: words.export.download }).waitFor();
  const exporting = await overflow(panel);
  return { template, score, export: exporting };
}

describe('the panel at 320 px with 200% text', () => {
  it('follows the browser text size: its text is twice as large as at 100%', async () => {
    const sizes: number[] = [];
    for (const percent of [100, 200]) {
      const { page, panel } = await openNarrow(320, percent);
      sizes.push(
        await panel.evaluate(() => {
          const intro = document.querySelector('#step-template p');
          return intro ? Number.parseFloat(getComputedStyle(intro).fontSize) : 0;
        }),
      );
      await page.close();
    }
    expect(sizes[0]).toBeGreaterThan(0);
    expect(sizes[1]).toBe((sizes[0] ?? 0) * 2);
  });

  for (const language of LANGUAGES) {
    it(`scrolls no sideways and shows every control whole in every step, in ${language}`, {
      timeout: 60_000,
    }, async () => {
      const { page, panel } = await openNarrow(320, 200);
      const steps = await walkSteps(panel, language);
      for (const [step, found] of Object.entries(steps)) {
        expect({ step, problems: found.problems, sideways: found.content - found.viewport }).toEqual({
          step,
          problems: [],
          sideways: 0,
        });
      }
      await page.close();
    });
  }
});

describe('the panel at 292 px with 100% text', () => {
  for (const language of LANGUAGES) {
    it(`scrolls no sideways and cuts no select, in ${language}`, { timeout: 60_000 }, async () => {
      const { page, panel } = await openNarrow(292, 100);
      const steps = await walkSteps(panel, language);
      for (const [step, found] of Object.entries(steps)) {
        expect({ step, problems: found.problems, sideways: found.content - found.viewport }).toEqual({
          step,
          problems: [],
          sideways: 0,
        });
      }
      await page.close();
    });
  }
});
