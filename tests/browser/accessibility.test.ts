// Accessibility as a user of a screen reader or a keyboard meets it: axe-core finds nothing in the
// panel in any step or language, nor on the playground page around it, and the whole job (insert a
// template, score, reach the export) and editing a note can be done with the keyboard alone.
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
    });
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
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note-text');
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
