// Accessibility as a user of a screen reader or a keyboard meets it: axe-core finds nothing in the
// panel in any step or language, the playground page has no serious issue, and the whole job
// (insert a template, score, reach the export) can be done with the keyboard alone.
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/i18n/language.ts';
import { PANEL_WORDS } from '../../src/i18n/panel-words.ts';
import { openPage, type Playground, startPlayground } from './harness.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

async function openPanel(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe.panel-frame', { timeout: 20_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the panel iframe has no content');
  await frame.waitForSelector('main.panel', { timeout: 20_000 });
  return frame;
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[];
}

/** Runs axe-core's WCAG 2.0–2.2 A and AA rules in a frame; one readable line per violated rule. */
async function axeViolations(
  target: Frame | Page,
  options: { readonly exclude?: readonly string[] } = {},
): Promise<string[]> {
  await target.addScriptTag({ path: AXE_PATH });
  const violations = await target.evaluate(
    async ({ tags, exclude }) => {
      const axe = (
        window as unknown as {
          axe: {
            run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }>;
          };
        }
      ).axe;
      const context = { include: [document], exclude: exclude.map((selector) => [selector]) };
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, iframes: false });
      return result.violations;
    },
    { tags: WCAG_TAGS, exclude: [...(options.exclude ?? [])] },
  );
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

describe('accessibility of the panel (axe-core, WCAG 2.2 A + AA)', () => {
  for (const language of LANGUAGES) {
    it(`finds no violation in any step in ${language}, on a scored board with uncounted notes and conflicts`, async () => {
      const words = PANEL_WORDS[language];
      const { page, errors } = await openPage(playground, '/playground.html?board=filled&latency=0&jitter=0');
      const panel = await openPanel(page);
      await chooseLanguage(panel, language);

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

  it('finds no critical or serious issue on the playground page around the panel', async () => {
    const { page, errors } = await openPage(playground, '/playground.html?board=filled&latency=0&jitter=0');
    await openPanel(page);
    await page.locator('details.knobs > summary').click();
    const serious = (await axeViolations(page)).filter(
      (line) => line.startsWith('critical') || line.startsWith('serious'),
    );
    expect(serious).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
