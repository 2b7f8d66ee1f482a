// The whole job in English, Russian and Polish, as a team working in that language meets it: the
// panel speaks the language chosen in its switch, the inserted template is labelled in it, the
// counts use the language's plural forms, and the CSV headers are in it.
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOARD_WORDS } from '../../src/core/board-words.ts';
import { CSV_WORDS, type NotesColumn, type SummaryColumn } from '../../src/core/csv-words.ts';
import type { Language, Phase, Sentiment } from '../../src/core/model.ts';
import { PANEL_WORDS } from '../fixtures/panel-words.ts';
import { openPage, openPanel, type Playground, startPlayground } from './harness.ts';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

/** A board item as the page's simulator control reports it, with the app's mark when it has one. */
interface BoardItem {
  readonly type: string;
  readonly title?: string;
  readonly content?: string;
  readonly boardX: number;
  readonly boardY: number;
  readonly width: number;
  readonly height: number;
  readonly metadata?: { readonly touchpointTally?: { r: string; p?: Phase; t?: string; s?: Sentiment } };
}

function boardItems(page: Page): Promise<BoardItem[]> {
  return page.evaluate(() =>
    JSON.parse(
      JSON.stringify(
        (
          window as unknown as { touchpointTallyPlayground: { control: { items(): unknown[] } } }
        ).touchpointTallyPlayground.control.items(),
      ),
    ),
  );
}

function addNote(page: Page, note: { x: number; y: number; content: string }): Promise<void> {
  return page.evaluate((wanted) => {
    (
      window as unknown as {
        touchpointTallyPlayground: { control: { addStickyNote(note: unknown): unknown } };
      }
    ).touchpointTallyPlayground.control.addStickyNote({ ...wanted, fillColor: 'light_yellow' });
  }, note);
}

/** A point in the lower part of a zone, below its label, shifted so notes in one zone sit side by side. */
function inZone(zone: BoardItem, index: number): { x: number; y: number } {
  return { x: zone.boardX - zone.width / 4 + index * 40, y: zone.boardY + zone.height / 5 };
}

function plainText(html: string | undefined): string {
  return (html ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every fixed English string of the panel (4 letters or more) that the other language writes differently. */
function englishOnlyWords(language: Language): string[] {
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : typeof value === 'object' && value
        ? Object.values(value).flatMap(strings)
        : [];
  // Words inside the other language's own strings (the app's name "Touchpoint Tally") do not count.
  const theirs = strings(PANEL_WORDS[language]).map((their) => their.toLowerCase());
  return strings(PANEL_WORDS.en).filter(
    (word) => word.length >= 4 && !theirs.some((their) => their.includes(word.toLowerCase())),
  );
}

/** The score summary a team sees after 1, 2 and 5 notes (the last with one outside the map). */
const SUMMARIES: Readonly<Record<Language, readonly [string, string, string]>> = {
  en: ['1 note read · 1 note counted', '2 notes read · 2 notes counted', '5 notes read · 4 notes counted'],
  ru: [
    'Прочитано: 1 стикер · учтено: 1 стикер',
    'Прочитано: 2 стикера · учтено: 2 стикера',
    'Прочитано: 5 стикеров · учтено: 4 стикера',
  ],
  pl: [
    'Przeczytano: 1 karteczka · policzono: 1 karteczka',
    'Przeczytano: 2 karteczki · policzono: 2 karteczki',
    'Przeczytano: 5 karteczek · policzono: 4 karteczki',
  ],
};

const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  'map',
  'phase',
  'stage',
  'touchpoint',
  'type',
  'positive',
  'neutral',
  'negative',
  'total',
  'net',
  'negativeShare',
  'weakestRank',
];
const NOTES_COLUMNS: readonly NotesColumn[] = [
  'id',
  'link',
  'text',
  'colour',
  'tags',
  'map',
  'phase',
  'stage',
  'touchpoint',
  'sentiment',
  'signal',
  'conflict',
  'unassignedReason',
];

function csvRows(text: string): string[][] {
  return Papa.parse<string[]>(text.trim(), { delimiter: ',' }).data;
}

describe('the whole job in each language', () => {
  for (const language of ['en', 'ru', 'pl'] as const) {
    it(`inserts, scores and exports in ${language}: panel, board labels, plurals and CSV headers in ${language}`, async () => {
      const words = PANEL_WORDS[language];
      const csv = CSV_WORDS[language];
      const { page, errors } = await openPage(playground, '/playground.html?board=empty&latency=0&jitter=0');
      const panel = await openPanel(page);

      await panel.locator('main.panel > header select').selectOption(language);
      await panel.getByRole('tab', { name: words.steps.template }).waitFor();
      expect(await panel.locator('#label-language').inputValue()).toBe(language);
      const englishLeft = (text: string) =>
        englishOnlyWords(language).filter((word) => text.toLowerCase().includes(word.toLowerCase()));
      expect(englishLeft(await panel.locator('main.panel').innerText())).toEqual([]);

      // Insert the template: its frames and zones are labelled in the chosen language.
      await panel.getByRole('button', { name: words.template.insert }).click();
      await panel
        .getByText(words.template.inserted(BOARD_WORDS[language].defaultMapName))
        .waitFor({ timeout: 30_000 });
      const items = await boardItems(page);
      const phaseTitles = items
        .filter((item) => item.metadata?.touchpointTally?.r === 'phase')
        .map((item) => item.title)
        .sort();
      expect(phaseTitles).toEqual(Object.values(BOARD_WORDS[language].phaseTitles).sort());
      const zones = items.filter((item) => item.metadata?.touchpointTally?.r === 'zone');
      expect(zones.length).toBeGreaterThan(0);
      for (const zone of zones) {
        const sentiment = zone.metadata?.touchpointTally?.s ?? 'neutral';
        expect(plainText(zone.content)).toContain(BOARD_WORDS[language].zoneLabels[sentiment]);
      }

      // Notes into two touchpoints' zones, scored after 1, 2 and 5 notes.
      const zoneOf = (row: number, sentiment: Sentiment) => {
        const rows = [
          ...new Set(
            zones.map((zone) => `${zone.metadata?.touchpointTally?.p}|${zone.metadata?.touchpointTally?.t}`),
          ),
        ];
        const wanted = rows[row] ?? '';
        const found = zones.find(
          (zone) =>
            `${zone.metadata?.touchpointTally?.p}|${zone.metadata?.touchpointTally?.t}` === wanted &&
            zone.metadata?.touchpointTally?.s === sentiment,
        );
        if (!found) throw new Error(`no ${sentiment} zone in row ${row}`);
        return found;
      };
      const first = zoneOf(0, 'positive').metadata?.touchpointTally;
      const second = zoneOf(1, 'negative').metadata?.touchpointTally;
      await addNote(page, { ...inZone(zoneOf(0, 'positive'), 0), content: '<p>A</p>' });

      await panel.getByRole('tab', { name: words.steps.score }).click();
      await panel.getByRole('button', { name: words.score.score, exact: true }).click();
      await expect.poll(() => panel.getByTestId('score-summary').textContent()).toBe(SUMMARIES[language][0]);

      await addNote(page, { ...inZone(zoneOf(0, 'neutral'), 0), content: '<p>B</p>' });
      await panel.getByRole('button', { name: words.score.rescore }).click();
      await expect.poll(() => panel.getByTestId('score-summary').textContent()).toBe(SUMMARIES[language][1]);

      await addNote(page, { ...inZone(zoneOf(1, 'negative'), 0), content: '<p>C</p>' });
      await addNote(page, { ...inZone(zoneOf(1, 'negative'), 1), content: '<p>D</p>' });
      const farRight = Math.max(...items.map((item) => item.boardX + item.width / 2)) + 1000;
      await addNote(page, { x: farRight, y: 0, content: '<p>E</p>' });
      await panel.getByRole('button', { name: words.score.rescore }).click();
      await expect.poll(() => panel.getByTestId('score-summary').textContent()).toBe(SUMMARIES[language][2]);
      const notCounted = panel.locator('[data-testid="unassigned"] details[data-reason="no-phase"] summary');
      expect(await notCounted.textContent()).toBe(`${words.reasons['no-phase']} (1)`);
      await panel.locator('#step-score summary', { hasText: words.score.colours }).click();
      await panel.getByLabel(words.stickyColours.light_green).waitFor();
      expect(englishLeft(await panel.locator('#step-score').innerText())).toEqual([]);
      expect(await page.frameLocator('iframe.panel-frame').locator('html').getAttribute('lang')).toBe(
        language,
      );

      // Export: headers, phases and reasons in the language; the counts as scored.
      await panel.getByRole('tab', { name: words.steps.export }).click();
      expect(englishLeft(await panel.locator('#step-export').innerText())).toEqual([]);
      const summary = csvRows(await panel.locator('#csv-text').inputValue());
      expect(summary[0]).toEqual(SUMMARY_COLUMNS.map((column) => csv.summary[column]));
      const row = (touchpoint: string | undefined) => {
        const found = summary.find((cells) => cells[3] === touchpoint);
        return found ? [found[1], ...found.slice(5, 8)] : null;
      };
      expect(row(first?.t)).toEqual([csv.phases[first?.p ?? 'before'], '1', '1', '0']);
      expect(row(second?.t)).toEqual([csv.phases[second?.p ?? 'before'], '0', '0', '2']);

      await panel.getByRole('radio', { name: words.export.notesTable }).check();
      await expect
        .poll(async () => csvRows(await panel.locator('#csv-text').inputValue())[0])
        .toEqual(NOTES_COLUMNS.map((column) => csv.notes[column]));
      const notes = csvRows(await panel.locator('#csv-text').inputValue());
      expect(notes.find((cells) => cells[2] === 'E')?.[12]).toBe(csv.reasons['no-phase']);
      expect(notes.find((cells) => cells[2] === 'C')?.[9]).toBe(csv.sentiments.negative);

      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('labels the template in a language other than the panel’s when the team chooses one', async () => {
    const { page, errors } = await openPage(playground, '/playground.html?board=empty&latency=0&jitter=0');
    const panel = await openPanel(page);
    await panel.locator('main.panel > header select').selectOption('en');
    await panel.getByLabel(PANEL_WORDS.en.template.labelsLanguage).selectOption('pl');
    // The preview and the default map name follow the labels; the panel stays in English.
    expect(await panel.getByLabel(PANEL_WORDS.en.template.mapName).getAttribute('placeholder')).toBe(
      BOARD_WORDS.pl.defaultMapName,
    );
    await panel.getByRole('button', { name: PANEL_WORDS.en.template.insert }).click();
    await panel.getByText(PANEL_WORDS.en.template.inserted(BOARD_WORDS.pl.defaultMapName)).waitFor();
    const titles = (await boardItems(page))
      .filter((item) => item.metadata?.touchpointTally?.r === 'phase')
      .map((item) => item.title)
      .sort();
    expect(titles).toEqual(Object.values(BOARD_WORDS.pl.phaseTitles).sort());
    expect(errors).toEqual([]);
    await page.close();
  });
});
