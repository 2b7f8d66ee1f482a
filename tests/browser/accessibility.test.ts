// Accessibility as a user of a screen reader or a keyboard meets it: axe-core finds nothing in the
// panel in any step or language, nor on the playground page around it, and the whole job (insert a
// template, score, reach the export) and editing a note can be done with the keyboard alone. What
// the rules do not see is checked by hand: meaning not carried by colour, signs or a title alone,
// live regions that exist before their text, and motion that follows the user's setting.
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/core/model.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { demoBoard } from '../../src/playground/demo-boards.ts';
import { PANEL_WORDS } from '../fixtures/panel-words.ts';
import { openPage, openPanel, type Playground, startPlayground } from './harness.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// WCAG 2.0–2.2 A and AA, and axe's best practices (one main landmark, a first-level heading, …).
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[];
}

/** Runs axe-core's WCAG 2.0–2.2 A and AA rules and best practices in a frame; one readable line per violated rule. */
async function axeViolations(target: Frame | Page): Promise<string[]> {
  await target.addScriptTag({ path: AXE_PATH });
  const violations = await target.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    // The panel's iframe is checked on its own, in every step and language.
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, iframes: false });
    return result.violations;
  }, AXE_TAGS);
  return violations.map(
    (violation) =>
      `${violation.impact ?? 'unknown'} ${violation.id} (${violation.help}): ${violation.nodes
        .slice(0, 4)
        .map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`)
        .join(' | ')}`,
  );
}

async function chooseLanguage(panel: Frame, language: Language): Promise<void> {
  await panel.locator('main.panel > header select').selectOption(language);
  await panel.locator(`main.panel[lang="${language}"]`).waitFor();
}

describe('accessibility (axe-core: WCAG 2.2 A + AA and best practices)', () => {
  for (const language of LANGUAGES) {
    it(`finds no violation in any step in ${language}, on a scored board with uncounted notes and conflicts`, async () => {
      const words = PANEL_WORDS[language];
      const { page, errors } = await openPage(playground, '/playground.html?board=filled&latency=0&jitter=0');
      const panel = await openPanel(page);
      await chooseLanguage(panel, language);
      // The template step with a touchpoint of the team's own and a touchpoint's details open.
      await panel.locator('#custom-name').fill('Kiosk');
      await panel.getByRole('button', { name: words.template.customAdd }).click();
      await panel.locator('#step-template summary', { hasText: words.template.details }).first().click();
      expect(await axeViolations(panel)).toEqual([]);

      await panel.getByRole('tab', { name: words.steps.score }).click();
      await panel.getByRole('button', { name: words.score.score, exact: true }).click();
      await panel.getByTestId('tally-table').waitFor();
      // Everything a user can open, open: the colour map and the conflicts list.
      await panel.locator('#step-score summary', { hasText: words.score.colours }).click();
      await panel.getByTestId('conflicts').locator('summary').click();
      expect(await panel.getByTestId('unassigned').isVisible()).toBe(true);
      expect(await panel.getByTestId('conflicts').isVisible()).toBe(true);
      expect(await axeViolations(panel)).toEqual([]);

      await panel.getByRole('tab', { name: words.steps.export }).click();
      await panel.getByRole('button', { name: words.export.download }).waitFor();
      expect(await axeViolations(panel)).toEqual([]);

      expect(errors).toEqual([]);
      await page.close();
    }, 60_000); // three full axe runs over a scored panel: about 20 s on a loaded machine
  }

  it('finds no violation on the playground page around the panel, with the knobs and a note editor open', async () => {
    const { page, errors } = await openPage(playground, '/playground.html?board=filled&latency=0&jitter=0');
    await openPanel(page);
    await page.locator('details.knobs > summary').click();
    // A note on the board is reached with Tab from the board and opened with Enter.
    await page.locator('svg.board-canvas').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-type'))).toBe('sticky_note');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Edit sticky note' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** What has the keyboard focus in the panel: its role (explicit or by tag), name and whether focus shows. */
interface Focused {
  readonly role: string;
  readonly name: string;
  readonly outline: string;
}

function focused(panel: Frame): Promise<Focused> {
  return panel.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { role: 'none', name: '', outline: 'none' };
    const style = getComputedStyle(element);
    const input = element instanceof HTMLInputElement ? element : null;
    return {
      role: element.getAttribute('role') ?? (input ? input.type : element.tagName.toLowerCase()),
      name: (
        element.getAttribute('aria-label') ??
        (input ? (input.labels?.[0]?.textContent ?? '') : (element.textContent ?? ''))
      ).trim(),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focus is on the wanted control; fails if it is never reached. */
async function tabTo(
  page: Page,
  panel: Frame,
  wanted: { readonly role: string; readonly name: string },
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<Focused> {
  for (let presses = 0; presses < 120; presses += 1) {
    await page.keyboard.press(key);
    const now = await focused(panel);
    if (now.role === wanted.role && now.name === wanted.name) return now;
  }
  throw new Error(`${key} never reached the ${wanted.role} "${wanted.name}"`);
}

describe('the panel by keyboard alone', () => {
  it('inserts a template, scores, and downloads the CSV with Tab, arrows, Space and Enter, focus always visible', async () => {
    const words = PANEL_WORDS.en;
    const expected = tallyBoard(readBoard(demoBoard('filled')));
    const { page, errors } = await openPage(playground, '/playground.html?board=filled&latency=0&jitter=0');
    const panel = await openPanel(page);
    const frames = () =>
      page.evaluate(
        () =>
          (
            window as unknown as {
              touchpointTallyPlayground: { control: { items(): { type: string }[] } };
            }
          ).touchpointTallyPlayground.control
            .items()
            .filter((item) => item.type === 'frame').length,
      );
    const framesBefore = await frames();

    // Into the panel's frame as from Miro's sidebar: the first Tab lands on its first control.
    await page.locator('iframe.panel-frame').focus();
    const firstTab = await tabTo(page, panel, { role: 'tab', name: words.steps.template });
    expect(firstTab.outline).not.toMatch(/^none/);

    // Tick one more touchpoint with Space: the preview grows by its row.
    const previewBefore = await panel.getByTestId('template-preview').textContent();
    await tabTo(page, panel, { role: 'checkbox', name: 'Signage' });
    await page.keyboard.press('Space');
    expect(await panel.getByRole('checkbox', { name: 'Signage' }).isChecked()).toBe(true);
    expect(await panel.getByTestId('template-preview').textContent()).not.toBe(previewBefore);

    const insert = await tabTo(page, panel, { role: 'button', name: words.template.insert });
    expect(insert.outline).not.toMatch(/^none/);
    await page.keyboard.press('Enter');
    await panel.getByText('is on the board', { exact: false }).waitFor({ timeout: 30_000 });
    expect(await frames()).toBe(framesBefore + 4);

    // Back to the steps, and along them with the arrow keys.
    await tabTo(page, panel, { role: 'tab', name: words.steps.template }, 'Shift+Tab');
    await page.keyboard.press('ArrowRight');
    expect(await focused(panel)).toMatchObject({ role: 'tab', name: words.steps.score });
    expect(await panel.getByRole('tab', { name: words.steps.score }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focused(panel)).toMatchObject({ role: 'tab', name: words.steps.export });
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await focused(panel)).toMatchObject({ role: 'tab', name: words.steps.score });

    await tabTo(page, panel, { role: 'button', name: words.score.score });
    await page.keyboard.press('Space');
    await panel.getByTestId('tally-table').waitFor();
    expect(await panel.getByTestId('score-summary').textContent()).toContain(`${expected.notes} notes read`);

    // "Show" on the weakest touchpoint, by keyboard, selects its notes on the board.
    const weakest = expected.weakest[0];
    if (!weakest) throw new Error('the filled demo board has no weakest touchpoint');
    await tabTo(page, panel, { role: 'button', name: `${words.score.show} ${weakest.touchpoint}` });
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const host = window as unknown as {
            touchpointTallyPlayground: { miro: { board: { getSelection(): Promise<{ id: string }[]> } } };
          };
          return (await host.touchpointTallyPlayground.miro.board.getSelection())
            .map((item) => item.id)
            .sort();
        }),
      )
      .toEqual([...weakest.noteIds].sort());

    await tabTo(page, panel, { role: 'tab', name: words.steps.score }, 'Shift+Tab');
    await page.keyboard.press('End');
    expect(await focused(panel)).toMatchObject({ role: 'tab', name: words.steps.export });
    const download = await tabTo(page, panel, { role: 'button', name: words.export.download });
    expect(download.outline).not.toMatch(/^none/);
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toMatch(/\.csv$/);

    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the panel by Tab and Enter alone', () => {
  it('inserts, scores and exports, and after each the focus is on what happened', async () => {
    const words = PANEL_WORDS.en;
    const expected = tallyBoard(readBoard(demoBoard('filled')));
    const { page, errors } = await openPage(playground, '/playground.html?board=filled&latency=0&jitter=0');
    const panel = await openPanel(page);
    const activeTestId = () =>
      panel.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    await page.locator('iframe.panel-frame').focus();

    // A few Tabs to the skip link at the top of step 1, and Enter is on Insert: no Tab through the catalogue.
    let presses = 0;
    for (; presses < 10; presses += 1) {
      await page.keyboard.press('Tab');
      const now = await focused(panel);
      if (now.name === words.template.skipToInsert) break;
    }
    expect(presses).toBeLessThan(10);
    await page.keyboard.press('Enter');
    expect(await focused(panel)).toMatchObject({ role: 'button', name: words.template.insert });
    await page.keyboard.press('Enter');
    await expect.poll(activeTestId, { timeout: 30_000 }).toBe('insert-result');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toContain('is on the board');

    // Step 2 is a Tab stop of its own: back with Shift+Tab, Enter opens it, Tab reaches Score.
    await tabTo(page, panel, { role: 'tab', name: words.steps.score }, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await tabTo(page, panel, { role: 'button', name: words.score.score });
    await page.keyboard.press('Enter');
    await expect.poll(activeTestId, { timeout: 30_000 }).toBe('score-summary');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toContain(
      `${expected.notes} notes read`,
    );

    // Step 3 likewise, and after Download the focus is on the message naming the file.
    await tabTo(page, panel, { role: 'tab', name: words.steps.export }, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await tabTo(page, panel, { role: 'button', name: words.export.download });
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id ?? '')).toBe('export-result');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe(
      words.export.downloaded(file.suggestedFilename()),
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the playground by keyboard', () => {
  it('skips from the top of the page to the app panel, and edits a note: Enter opens, Escape saves and returns', async () => {
    const { page, errors } = await openPage(playground, '/playground.html?board=filled&latency=0&jitter=0');
    const panel = await openPanel(page);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the app panel');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(panel)).toMatchObject({ role: 'select', name: PANEL_WORDS.en.language });

    await page.locator('svg.board-canvas').focus();
    await page.keyboard.press('Tab');
    const noteId = await page.evaluate(() => document.activeElement?.getAttribute('data-note-id'));
    expect(noteId).toBeTruthy();
    await page.keyboard.press('Enter');
    const text = page.getByRole('textbox', { name: 'Text' });
    await text.waitFor();
    // The editor takes the focus once it is on screen (an effect after the render that shows it).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('note-text');
    await page.keyboard.press('End');
    await page.keyboard.type(' (checked)');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('region', { name: 'Edit sticky note' }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-note-id'))).toBe(noteId);
    const content = await page.evaluate(
      (id) =>
        (
          window as unknown as {
            touchpointTallyPlayground: { control: { items(): { id: string; content?: string }[] } };
          }
        ).touchpointTallyPlayground.control
          .items()
          .find((item) => item.id === id)?.content,
      noteId,
    );
    expect(content).toMatch(/ \(checked\)<\/p>$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** WCAG's contrast ratio of two `rgb(…)` colours, e.g. 4.5 for grey text on white. */
function contrast(first: string, second: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, b = 0] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('what the automated rules do not see', () => {
  it('names what colour, signs and position show: headers, ranks, changes, bars, details, languages', async () => {
    const words = PANEL_WORDS.en;
    const { page, errors } = await openPage(playground, '/playground.html?board=filled&latency=0&jitter=0');
    const panel = await openPanel(page);
    await panel.locator('main.panel > header select').selectOption('en');
    // The language options speak their own language.
    expect(
      await panel
        .locator('main.panel > header select option')
        .evaluateAll((options) => options.map((option) => option.getAttribute('lang'))),
    ).toEqual(['en', 'ru', 'pl']);
    // Each touchpoint's Details says which touchpoint it belongs to.
    const details = await panel
      .locator('.catalogue-item')
      .filter({ has: panel.locator('summary') })
      .evaluateAll((items) =>
        items.map((item) => [
          item.querySelector('label.inline')?.textContent?.trim() ?? '',
          item.querySelector('summary')?.textContent ?? '',
        ]),
      );
    expect(details.length).toBeGreaterThan(0);
    for (const [name, summary] of details) expect(summary).toBe(`${words.template.details} ${name}`);

    await panel.getByRole('tab', { name: words.steps.score }).click();
    await panel.getByRole('button', { name: words.score.score, exact: true }).click();
    await panel.getByTestId('tally-table').waitFor();
    // Per phase: a column header per sentiment, heard as its word.
    expect(
      await panel
        .getByTestId('phase-totals')
        .locator('thead th[scope="col"] .visually-hidden')
        .allTextContents(),
    ).toEqual([words.sentiments.positive, words.sentiments.neutral, words.sentiments.negative]);
    // A touchpoint's row header is its name, map and phase, not the bar's sentence.
    const rowHeader = await panel.getByTestId('tally-table').locator('tbody th').first().textContent();
    expect(rowHeader).not.toContain(words.sentiments.positive);
    // Weakest links are a numbered list: the rank is the list's own number.
    const expected = tallyBoard(readBoard(demoBoard('filled')));
    expect(await panel.locator('ol[data-testid="weakest"] > li').count()).toBe(
      Math.min(5, expected.weakest.length),
    );
    // Nothing is said by a title alone (a title is neither seen on touch nor read by every screen reader).
    expect(await panel.locator('main [title]').count()).toBe(0);
    // Bars: every segment 3:1 or more against the track, a white gap between segments, the negative one hatched.
    const bars = await panel.locator('[data-testid="tally-table"] .bar').evaluateAll((found) =>
      found.map((bar) => ({
        track: getComputedStyle(bar).backgroundColor,
        segments: [...bar.querySelectorAll('.segment')].map((segment, index) => {
          const style = getComputedStyle(segment);
          return {
            sentiment: segment.classList[1] ?? '',
            colours: style.backgroundImage.startsWith('repeating-linear-gradient')
              ? (style.backgroundImage.match(/rgb\([^)]*\)/g) ?? [])
              : [style.backgroundColor],
            gap: index === 0 ? null : `${style.borderLeftWidth} ${style.borderLeftColor}`,
          };
        }),
      })),
    );
    expect(bars.length).toBe(expected.rows.length);
    for (const bar of bars) {
      for (const segment of bar.segments) {
        expect(segment.colours.length).toBeGreaterThan(0);
        for (const colour of segment.colours) expect(contrast(colour, bar.track)).toBeGreaterThanOrEqual(3);
        if (segment.gap !== null) expect(segment.gap).toBe('2px rgb(255, 255, 255)');
      }
    }
    const negative = bars.flatMap((bar) => bar.segments).find((segment) => segment.sentiment === 'negative');
    expect(negative?.colours.length).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('announces in regions that were there before their text: the score summary and an error', async () => {
    const words = PANEL_WORDS.en;
    const { page, errors } = await openPage(playground, '/playground.html?board=filled&latency=0&jitter=0');
    const panel = await openPanel(page);
    await panel.locator('main.panel > header select').selectOption('en');
    await panel.getByRole('tab', { name: words.steps.score }).click();
    const summary = panel.getByTestId('score-summary');
    expect(await summary.getAttribute('role')).toBe('status');
    expect(await summary.textContent()).toBe('');
    await summary.evaluate((region) => region.setAttribute('data-before-scoring', ''));
    expect(await panel.locator('#step-score [role="alert"]').count()).toBe(1);
    await panel.getByRole('button', { name: words.score.score, exact: true }).click();
    await panel.getByTestId('tally-table').waitFor();
    // The same element, now with the text.
    expect(await panel.locator('[data-testid="score-summary"][data-before-scoring]').textContent()).toContain(
      'notes read',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('slides the progress bar only without reduced motion, and shows none at a live re-score', async () => {
    const words = PANEL_WORDS.en;
    const { page, errors } = await openPage(playground, '/playground.html?board=filled&latency=400&jitter=0');
    const panel = await openPanel(page);
    await panel.locator('main.panel > header select').selectOption('en');
    await panel.getByRole('tab', { name: words.steps.score }).click();
    const progressWhileScoring = async () => {
      await panel.getByRole('button', { name: /^(Score the board|Score again)$/ }).click();
      const bar = panel.locator('#step-score progress');
      await bar.waitFor();
      const style = await bar.evaluate((element) => {
        const computed = getComputedStyle(element);
        return { appearance: computed.appearance, animation: computed.animationName };
      });
      await panel.getByRole('button', { name: words.score.rescore }).waitFor({ timeout: 30_000 });
      return style;
    };
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await progressWhileScoring()).toEqual({ appearance: 'none', animation: 'none' });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await progressWhileScoring()).toEqual({ appearance: 'none', animation: 'progress-slide' });

    // Live: a change on the board is scored again without a progress bar or a "Scoring…" button.
    await panel.getByLabel(words.score.live).check();
    await panel.evaluate(() => {
      const seen = window as unknown as { flashed: boolean };
      seen.flashed = false;
      new MutationObserver(() => {
        if (
          document.querySelector('#step-score progress') ||
          document.querySelector('#step-score button.primary:disabled')
        )
          seen.flashed = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const before = await panel.getByTestId('score-summary').textContent();
    await page.evaluate(() => {
      (
        window as unknown as {
          touchpointTallyPlayground: { control: { addStickyNote(note: unknown): unknown } };
        }
      ).touchpointTallyPlayground.control.addStickyNote({ x: 100000, y: 100000, content: 'far away' });
    });
    await expect
      .poll(() => panel.getByTestId('score-summary').textContent(), { timeout: 15_000 })
      .not.toBe(before);
    expect(await panel.evaluate(() => (window as unknown as { flashed: boolean }).flashed)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
