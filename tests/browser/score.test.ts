// Scoring in the playground, as a team would: a filled board, Score, the table, the notes that
// could not be counted, and "Show" selecting one of them on the board.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { demoBoard } from '../../src/playground/demo-boards.ts';
import type { PlaygroundWindow } from '../../src/playground/main.tsx';
import { openPage, openPanel, type Playground, startPlayground } from './harness.ts';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

describe('scoring in the playground', () => {
  it('shows the same counts as the core for the filled demo board, and Show selects an unassigned note', async () => {
    const expected = tallyBoard(readBoard(demoBoard('filled')));
    expect(expected.unassigned.length).toBeGreaterThan(0);

    const { page, errors } = await openPage(playground, '/playground.html?board=filled&latency=0&jitter=0');
    const panel = await openPanel(page);
    await panel.getByRole('tab', { name: '2. Score' }).click();
    await panel.getByRole('button', { name: 'Score the board' }).click();
    await panel.getByTestId('tally-table').waitFor();

    const shown = await panel.$$eval('[data-testid="tally-table"] tbody tr', (rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
        return [row.querySelector('.touchpoint-name')?.textContent ?? '', ...cells.slice(0, 3).map(Number)];
      }),
    );
    expect(shown).toEqual(
      expected.rows.map((row) => [row.touchpoint, row.positive, row.neutral, row.negative]),
    );
    const summary = await panel.getByTestId('score-summary').textContent();
    expect(summary).toContain(`${expected.notes} notes read`);

    // The first unassigned note: its Show button selects it on the simulated board.
    const firstUnassigned = expected.unassigned[0];
    const group = panel.locator(
      `[data-testid="unassigned"] details[data-reason="${firstUnassigned?.reason}"]`,
    );
    await group.getByRole('button', { name: /^Show/ }).first().click();
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const playgroundWindow = window as unknown as {
            touchpointTallyPlayground: { miro: { board: { getSelection(): Promise<{ id: string }[]> } } };
          };
          const selection = await playgroundWindow.touchpointTallyPlayground.miro.board.getSelection();
          return selection.map((item) => item.id);
        }),
      )
      .toEqual([expected.unassigned.find((note) => note.reason === firstUnassigned?.reason)?.id]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scores each demo board by its own template after switching boards: Filled, Large, Filled', async () => {
    const { page, errors } = await openPage(playground, '/playground.html?board=filled&latency=0&jitter=0');
    const panel = await openPanel(page);
    await panel.getByRole('tab', { name: '2. Score' }).click();
    const expected = (['filled', 'large', 'filled'] as const).map((name) => {
      const tally = tallyBoard(readBoard(demoBoard(name)));
      const counted = tally.notes - tally.unassigned.length;
      const read = `${tally.notes.toLocaleString('en')} notes read`;
      return { name, read, summary: `${read} · ${counted.toLocaleString('en')} notes counted` };
    });
    const summaries: string[] = [];
    for (const { name, read } of expected) {
      await page.getByRole('combobox', { name: /^Board/ }).selectOption(name);
      await panel.getByRole('button', { name: /^(Score the board|Score again)$/ }).click();
      // Scored once this board is read (the note count changes with the board), then compared whole.
      await expect
        .poll(async () => (await panel.getByTestId('score-summary').textContent())?.split(' · ')[0], {
          timeout: 60_000,
        })
        .toBe(read);
      summaries.push((await panel.getByTestId('score-summary').textContent()) ?? '');
    }
    // The figures a user sees, as the issue names them.
    expect(summaries.map((summary) => summary.split(' · ')[1])).toEqual([
      '90 notes counted',
      '5,000 notes counted',
      '90 notes counted',
    ]);
    // And the rows of the board scored last are its own, cell by cell.
    const rows = await panel.$$eval('[data-testid="tally-table"] tbody tr', (found) =>
      found.map((row) => [
        row.querySelector('.touchpoint-name')?.textContent ?? '',
        ...[...row.querySelectorAll('td')].slice(0, 3).map((cell) => Number(cell.textContent)),
      ]),
    );
    const filled = tallyBoard(readBoard(demoBoard('filled')));
    expect(rows).toEqual(filled.rows.map((row) => [row.touchpoint, row.positive, row.neutral, row.negative]));
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('lists long lists of notes 50 at a time, and lays the conflicts out once opened', async () => {
    // 60 notes marked "+" but red (the colour says negative: a conflict) on one touchpoint, and 120
    // notes outside every phase: a workshop board's leftovers.
    const items = [
      {
        type: 'frame',
        id: '9000000000000000001',
        x: 0,
        y: 0,
        width: 4000,
        height: 2000,
        title: 'Before purchase',
      },
      {
        type: 'shape',
        id: '9000000000000000002',
        x: 0,
        y: 0,
        width: 3800,
        height: 1800,
        content: '<p>Website</p>',
      },
      ...Array.from({ length: 60 }, (_, index) => ({
        type: 'sticky_note',
        id: `91000000000000${String(index).padStart(5, '0')}`,
        x: -1800 + index * 60,
        y: 0,
        content: `<p>+ Fast page ${index + 1}</p>`,
        style: { fillColor: 'red' },
        tagIds: [],
      })),
      ...Array.from({ length: 120 }, (_, index) => ({
        type: 'sticky_note',
        id: `92000000000000${String(index).padStart(5, '0')}`,
        x: 10_000 + (index % 12) * 250,
        y: Math.floor(index / 12) * 250,
        content: `<p>Idea ${index + 1}</p>`,
        style: { fillColor: 'yellow' },
        tagIds: [],
      })),
    ];
    const { page, errors } = await openPage(playground, '/playground.html?board=empty&latency=0&jitter=0');
    const panel = await openPanel(page);
    await page.evaluate((json) => {
      (window as unknown as PlaygroundWindow).touchpointTallyPlayground.control.load(json as never);
    }, items);
    await panel.getByRole('tab', { name: '2. Score' }).click();
    await panel.getByRole('button', { name: 'Score the board' }).click();
    const outside = panel.locator('[data-testid="unassigned"] details[data-reason="no-phase"]');
    await outside.locator('summary').waitFor();
    expect(await outside.locator('summary').textContent()).toContain('(120)');
    expect(await outside.locator('li').count()).toBe(50);
    await outside.getByRole('button', { name: 'Show 50 more' }).click();
    expect(await outside.locator('li').count()).toBe(100);
    await outside.getByRole('button', { name: 'Show 20 more' }).click();
    expect(await outside.locator('li').count()).toBe(120);
    expect(await outside.getByRole('button', { name: /more$/ }).count()).toBe(0);
    // Every note is listed once, in board order.
    const texts = await outside.locator('li .text').allTextContents();
    expect(texts).toEqual(Array.from({ length: 120 }, (_, index) => `Idea ${index + 1}`));

    const conflicts = panel.getByTestId('conflicts');
    expect(await conflicts.locator('summary').textContent()).toBe('Conflicting signals (60)');
    expect(await conflicts.locator('li').count()).toBe(0);
    await conflicts.locator('summary').click();
    await expect.poll(() => conflicts.locator('li').count()).toBe(50);
    expect(await conflicts.locator('li .text').first().textContent()).toContain('+ Fast page 1');
    await conflicts.getByRole('button', { name: 'Show 10 more' }).click();
    expect(await conflicts.locator('li').count()).toBe(60);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders a note containing HTML as text, and nothing in it runs', async () => {
    const { page, errors } = await openPage(playground, '/playground.html?board=empty&latency=0&jitter=0');
    const panel = await openPanel(page);
    await page.evaluate(() => {
      const { control } = (
        window as unknown as {
          touchpointTallyPlayground: {
            control: { load(json: unknown): void };
          };
        }
      ).touchpointTallyPlayground;
      control.load([
        {
          type: 'frame',
          id: '3458764500000000001',
          x: 0,
          y: 0,
          width: 2000,
          height: 1000,
          title: 'Before purchase',
          style: { fillColor: '#ffffff' },
        },
        {
          type: 'sticky_note',
          id: '3458764500000000002',
          x: 1000,
          y: 500,
          parentId: '3458764500000000001',
          relativeTo: 'parent_top_left',
          content:
            '<p>&lt;img src=x onerror="window.__xss=1"&gt;</p><p>&lt;script&gt;window.__xss=2&lt;/script&gt;</p>',
          style: { fillColor: 'yellow' },
          tagIds: [],
        },
      ]);
    });
    await panel.getByRole('tab', { name: '2. Score' }).click();
    await panel.getByRole('button', { name: 'Score the board' }).click();
    const item = panel.locator('[data-testid="unassigned"] li .text').first();
    await item.waitFor();
    expect(await item.textContent()).toBe(
      '<img src=x onerror="window.__xss=1"> <script>window.__xss=2</script>',
    );
    expect(
      await panel.locator('[data-testid="unassigned"] img, [data-testid="unassigned"] script').count(),
    ).toBe(0);
    expect(await panel.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});
