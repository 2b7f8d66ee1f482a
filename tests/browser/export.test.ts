// Export in the playground, as a user would: score a demo board, download the CSV (or copy it),
// and get exactly what the command line writes for the same board saved to a file (given the
// board's id with --board-id, so the note links match too).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { type CsvDelimiter, type CsvTable, csvFileName } from '../../src/core/csv.ts';
import { exportName } from '../../src/core/export-name.ts';
import { noteLink } from '../../src/core/export-tables.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import type { DemoBoard } from '../../src/playground/demo-boards.ts';
import { openPanel, type Playground, startPlayground } from './harness.ts';

let playground: Playground;
let folder: string;

beforeAll(async () => {
  playground = await startPlayground();
  folder = await mkdtemp(join(tmpdir(), 'touchpoint-tally-export-'));
});

afterAll(async () => {
  await playground?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** One export as the user sets it up in the panel. */
interface ExportChoice {
  readonly table: CsvTable;
  readonly delimiter: CsvDelimiter;
  readonly bom: boolean;
}

const DELIMITER_OPTION: Readonly<Record<CsvDelimiter, string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
};

const CHOICES: readonly ExportChoice[] = [
  { table: 'summary', delimiter: ',', bom: true },
  { table: 'summary', delimiter: ';', bom: false },
  { table: 'notes', delimiter: ',', bom: true },
  { table: 'notes', delimiter: ';', bom: false },
  { table: 'summary', delimiter: '\t', bom: true },
];

/** A page in its own browser context, allowed to download and to use the clipboard. */
async function openPlayground(board: DemoBoard): Promise<{
  context: BrowserContext;
  page: Page;
  panel: Frame;
  errors: string[];
}> {
  const context = await playground.browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: playground.baseUrl });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${playground.baseUrl}/playground.html?board=${board}&latency=0&jitter=0`);
  return { context, page, panel: await openPanel(page), errors };
}

async function scoreThenOpenExport(panel: Frame): Promise<void> {
  await panel.getByRole('tab', { name: '2. Score' }).click();
  await panel.getByRole('button', { name: 'Score the board' }).click();
  await panel.getByTestId('tally-table').waitFor();
  await panel.getByRole('tab', { name: '3. Export' }).click();
}

/** The separator's radio button in the "Separator" group. */
function separator(panel: Frame, name: string) {
  return panel.getByRole('group', { name: 'Separator' }).locator(`input[type="radio"][value="${name}"]`);
}

async function choose(panel: Frame, choice: ExportChoice): Promise<void> {
  await panel
    .getByRole('radio', { name: choice.table === 'summary' ? 'Summary per touchpoint' : 'Every note' })
    .check();
  await separator(panel, DELIMITER_OPTION[choice.delimiter]).check();
  await panel.getByLabel('Mark the file as UTF-8 (for Excel)').setChecked(choice.bom);
}

/** The board as a file, exactly as the simulator holds it now. */
async function saveBoardFile(page: Page, name: string): Promise<string> {
  const file = await page.evaluate(() =>
    (
      window as unknown as { touchpointTallyPlayground: { control: { save(): unknown } } }
    ).touchpointTallyPlayground.control.save(),
  );
  const path = join(folder, `${name}.json`);
  await writeFile(path, JSON.stringify(file));
  return path;
}

async function boardId(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const { board } = (
      window as unknown as {
        touchpointTallyPlayground: { miro: { board: { getInfo(): Promise<{ id: string }> } } };
      }
    ).touchpointTallyPlayground.miro;
    return (await board.getInfo()).id;
  });
}

/** What `touchpoint-tally score <path> --format csv ...` writes, run in-process. */
async function commandLineCsv(path: string, choice: ExportChoice, boardId: string): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    [
      'score',
      path,
      '--format',
      'csv',
      '--table',
      choice.table,
      '--delimiter',
      choice.delimiter === '\t' ? 'tab' : choice.delimiter,
      ...(choice.bom ? [] : ['--no-bom']),
      '--language',
      'en',
      '--board-id',
      boardId,
    ],
    {
      readFile: (file) => readFile(file, 'utf8'),
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
    },
  );
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout;
}

/** The cells of a CSV text, read by a real CSV parser. */
function cells(text: string, delimiter: CsvDelimiter): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const LINK_COLUMN = 1;

describe('CSV export in the playground', () => {
  for (const board of ['filled', 'polish'] as const) {
    it(`downloads what the command line writes for the ${board} board`, async () => {
      const { context, page, panel, errors } = await openPlayground(board);
      await scoreThenOpenExport(panel);
      const path = await saveBoardFile(page, board);
      const id = await boardId(page);
      const tally = tallyBoard(readBoard(JSON.parse(await readFile(path, 'utf8'))));
      // Files are named as the core's rule says (tests/core/export-name.test.ts pins the rule).
      const mapName = exportName(tally);

      for (const choice of CHOICES) {
        await choose(panel, choice);
        const dayBefore = new Date();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          panel.getByRole('button', { name: 'Download CSV' }).click(),
        ]);
        const dayAfter = new Date();
        const bytes = await readFile(await download.path());
        const expected = await commandLineCsv(path, choice, id);
        const label = `${board} ${choice.table} "${choice.delimiter}" bom=${choice.bom}`;
        expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), label).toBe(choice.bom);
        // Compared as text first, so a difference shows as lines in the failure.
        expect(bytes.toString('utf8'), label).toBe(expected);
        expect(bytes.equals(Buffer.from(expected, 'utf8')), label).toBe(true);
        const rows = cells(expected, choice.delimiter);
        expect(rows.length, label).toBe(
          1 + (choice.table === 'summary' ? tally.rows.length : tally.placements.length),
        );
        // Each note's link opens this board at the note.
        if (choice.table === 'notes') {
          for (const row of rows.slice(1)) expect(row[LINK_COLUMN]).toBe(noteLink(id, row[0] ?? ''));
        }

        const name = download.suggestedFilename();
        expect([
          csvFileName(mapName, dayBefore, choice.table),
          csvFileName(mapName, dayAfter, choice.table),
        ]).toContain(name);
        if (mapName) expect(name).toContain(mapName.replaceAll(' ', '-'));
        expect(await panel.getByTestId('csv-file-name').textContent()).toBe(`File: ${name}`);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('copies the command line output without the byte order mark', async () => {
    const { context, page, panel, errors } = await openPlayground('polish');
    await scoreThenOpenExport(panel);
    const path = await saveBoardFile(page, 'polish-copy');
    const choice: ExportChoice = { table: 'summary', delimiter: ';', bom: true };
    await choose(panel, choice);
    await panel.getByRole('button', { name: 'Copy to clipboard' }).click();
    // The message region is there before the copy; its text arrives when the copy is done.
    await expect
      .poll(() => panel.getByTestId('export-message').textContent())
      .toBe('Copied: paste it into a spreadsheet.');
    const copied = await panel.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await commandLineCsv(path, { ...choice, bom: false }, await boardId(page)));
    expect(copied.startsWith('\uFEFF')).toBe(false);
    expect(copied).toContain('Strona internetowa');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('remembers the chosen separator after the panel is reloaded', async () => {
    const { context, page, panel, errors } = await openPlayground('filled');
    await scoreThenOpenExport(panel);
    await separator(panel, 'semicolon').check();
    await panel.evaluate(() => {
      (window as unknown as { beforeReload?: boolean }).beforeReload = true;
      location.reload();
    });
    const reloaded = await openPanel(page);
    await expect
      .poll(() => reloaded.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload))
      .toBeUndefined();
    await reloaded.waitForSelector('main.panel');
    await scoreThenOpenExport(reloaded);
    await expect(separator(reloaded, 'semicolon').isChecked()).resolves.toBe(true);
    // A textarea gives its lines with \n whatever the text had.
    const header = (await reloaded.locator('#csv-text').inputValue()).split('\n')[0];
    expect(header?.split(';').length).toBeGreaterThan(5);
    expect(header).not.toContain(',');
    expect(errors).toEqual([]);
    await context.close();
  });
});
