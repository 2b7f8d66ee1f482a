// The results where the team looks, in the playground: badges on the template rows (or one
// summary frame beside a hand-built map), the change since the last saved result, updated when
// anyone saves, and live scoring while people move notes.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BadgeMark, badgeKey, planBadges } from '../../src/core/board-badges.ts';
import type { Rect } from '../../src/core/model.ts';
import { addToHistory, readHistory, savedScoringOf } from '../../src/core/saved-scores.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { SUMMARY_KEY } from '../../src/core/summary-marker.ts';
import { type Tally, tallyBoard } from '../../src/core/tally.ts';
import { badgeSlot } from '../../src/core/template-layout.ts';
import { MARK_KEY, readMark, type TemplateMark } from '../../src/core/template-mark.ts';
import { htmlToText } from '../../src/core/text.ts';
import { HISTORY_KEY, RESULTS_COLLECTION } from '../../src/miro/saved-results.ts';
import type { DemoBoard } from '../../src/playground/demo-boards.ts';
import type { PlaygroundWindow } from '../../src/playground/main.tsx';
import type { RenderedItem } from '../../src/simulator/index.ts';
import { PANEL_WORDS } from '../fixtures/panel-words.ts';
import { openPage, openPanel, type Playground, startPlayground } from './harness.ts';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

type Control = PlaygroundWindow['touchpointTallyPlayground']['control'];

async function openPlayground(board: DemoBoard): Promise<{ page: Page; panel: Frame; errors: string[] }> {
  const { page, errors } = await openPage(playground, `/playground.html?board=${board}&latency=0&jitter=0`);
  const panel = await openPanel(page);
  await panel.getByRole('tab', { name: '2. Score' }).click();
  return { page, panel, errors };
}

/** Runs `edit` with the simulator's control inside the page, as another user on the board. */
function asAnotherUser<T, A>(page: Page, edit: (control: Control, argument: A) => T, argument: A) {
  return page.evaluate(
    ([source, value]) => {
      const { control } = (window as unknown as PlaygroundWindow).touchpointTallyPlayground;
      // The edit arrives as source text: page.evaluate cannot carry a closure's scope.
      return new Function('control', 'value', `return (${source})(control, value);`)(control, value);
    },
    [edit.toString(), argument] as const,
  ) as Promise<Awaited<T>>;
}

function boardItems(page: Page): Promise<RenderedItem[]> {
  return asAnotherUser(page, (control) => control.items(), null) as Promise<RenderedItem[]>;
}

async function boardTally(page: Page): Promise<{ tally: Tally; file: unknown }> {
  const file = await asAnotherUser(page, (control) => control.save(), null);
  return { tally: tallyBoard(readBoard(file)), file };
}

function markOf(item: RenderedItem): TemplateMark | null {
  const reading = readMark(item.metadata?.[MARK_KEY]);
  return reading.kind === 'mark' ? reading.mark : null;
}

function rectOf(item: RenderedItem): Rect {
  return {
    left: item.boardX - item.width / 2,
    right: item.boardX + item.width / 2,
    top: item.boardY - item.height / 2,
    bottom: item.boardY + item.height / 2,
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The tally table as the panel shows it: touchpoint, phase and the three counts per row. */
function shownTally(panel: Frame): Promise<string[]> {
  return panel.$$eval('[data-testid="tally-table"] tbody tr', (rows) =>
    rows.map((row) => {
      const counts = [...row.querySelectorAll('td')].slice(0, 3).map((cell) => cell.textContent ?? '');
      return [
        row.querySelector('.touchpoint-name')?.textContent,
        row.getAttribute('data-phase'),
        ...counts,
      ].join(' ');
    }),
  );
}

async function score(panel: Frame): Promise<void> {
  await panel.getByRole('button', { name: /^(Score the board|Score again)$/ }).click();
  await panel.getByRole('button', { name: 'Score again' }).waitFor();
  await panel.getByTestId('tally-table').waitFor();
}

/** Clicks Show on board and resolves to its own message, not the one an earlier click left (Show clears it first). */
async function showOnBoard(panel: Frame): Promise<string> {
  // The message region stays in the page; its text is cleared and then set anew.
  const message = panel.getByTestId('board-message');
  await message.evaluate((region) => {
    const watched = region as HTMLElement & { changes?: number };
    watched.changes = 0;
    new MutationObserver(() => {
      watched.changes = (watched.changes ?? 0) + 1;
    }).observe(region, { childList: true, subtree: true, characterData: true });
  });
  await panel.getByRole('button', { name: 'Show on board' }).click();
  await expect
    .poll(() =>
      message.evaluate(
        (region) =>
          ((region as HTMLElement & { changes?: number }).changes ?? 0) > 0 && region.textContent !== '',
      ),
    )
    .toBe(true);
  return (await message.textContent()) ?? '';
}

function badgeMarkOf(item: RenderedItem): BadgeMark | null {
  const mark = markOf(item);
  return item.type === 'text' && mark?.role === 'badge' ? mark : null;
}

function isBadge(item: RenderedItem): boolean {
  return badgeMarkOf(item) !== null;
}

function textOf(item: RenderedItem | undefined): string {
  return item?.type === 'text' ? htmlToText(item.content) : '';
}

/**
 * The positive, neutral and negative counts a badge shows, read as a person reads them
 * ("+2 · 1 · −3", a zero without sign), not by formatting the expected counts with the app's code.
 */
function countsOn(item: RenderedItem | undefined): readonly number[] | null {
  const counts = /^\+?(\d+) · (\d+) · −?(\d+)/.exec(textOf(item));
  return counts ? counts.slice(1).map(Number) : null;
}

/** The template's positive zone of a row, where a note dropped counts as positive. */
function positiveZone(
  items: readonly RenderedItem[],
  row: { readonly phase: string; readonly touchpoint: string } | undefined,
): RenderedItem | undefined {
  return items.find((item) => {
    const mark = markOf(item);
    return (
      mark?.role === 'zone' &&
      mark.sentiment === 'positive' &&
      mark.phase === row?.phase &&
      mark.touchpoint === row?.touchpoint
    );
  });
}

function isSummary(item: RenderedItem): boolean {
  return item.metadata?.[SUMMARY_KEY] !== undefined;
}

describe('show on board', () => {
  it('puts one badge per template row, clear of the notes, and showing twice keeps one set', async () => {
    const { page, panel, errors } = await openPlayground('filled');
    // One row differs from the rest, so a badge showing another row's counts would be seen.
    const before = await boardItems(page);
    const { tally: full } = await boardTally(page);
    const changedRow = full.rows.at(-1);
    const removed = full.placements.find(
      (placement) =>
        placement.kind === 'counted' &&
        placement.sentiment === 'negative' &&
        placement.phase === changedRow?.phase &&
        placement.touchpoint === changedRow?.touchpoint,
    );
    if (!removed) throw new Error('the filled board has no negative note to remove');
    await asAnotherUser(page, (control, id) => control.remove(id), removed.note.id);

    await score(panel);
    const scoredRows = await shownTally(panel);
    const { tally, file } = await boardTally(page);
    expect(tally.notes).toBe(full.notes - 1);

    for (let round = 1; round <= 2; round++) {
      const message = await showOnBoard(panel);
      const items = await boardItems(page);
      const badges = items.filter(isBadge);
      const marks = badges.flatMap((badge) => badgeMarkOf(badge) ?? []);
      const keys = marks.map(badgeKey);
      // Exactly one per row: every template row the plan could place a badge on, no copies.
      const snapshot = readBoard(file);
      const plan = planBadges(snapshot, tally, [], badgeSlot, 'en');
      if (plan.kind !== 'badges') throw new Error('the filled board is a template board');
      expect(new Set(keys).size, `round ${round}`).toBe(keys.length);
      expect(new Set(keys), `round ${round}`).toEqual(
        new Set(plan.create.map((spec) => badgeKey(spec.mark))),
      );
      const templateRows = before.filter((item) => markOf(item)?.role === 'row');
      expect(badges.length).toBe(templateRows.length - plan.uncovered.length);
      expect(message).toBe(`Badges on ${badges.length} touchpoint rows.`);

      // Each badge shows its own row's counts, and no badge lies on a note.
      const notes = items.filter((item) => item.type === 'sticky_note');
      const sameRow = (mark: BadgeMark | null, row: { phase: string; touchpoint: string } | undefined) =>
        mark !== null && mark.phase === row?.phase && mark.touchpoint === row.touchpoint;
      expect(badges.length).toBeGreaterThan(0);
      for (const badge of badges) {
        const row = tally.rows.find((candidate) => sameRow(badgeMarkOf(badge), candidate));
        expect(countsOn(badge), textOf(badge)).toEqual([
          row?.positive ?? 0,
          row?.neutral ?? 0,
          row?.negative ?? 0,
        ]);
        for (const note of notes) expect(overlaps(rectOf(badge), rectOf(note))).toBe(false);
      }
      const changed = badges.find((badge) => sameRow(badgeMarkOf(badge), changedRow));
      // The row that lost a negative note shows one negative fewer than the full board had.
      expect(countsOn(changed), textOf(changed)).toEqual([
        changedRow?.positive ?? 0,
        changedRow?.neutral ?? 0,
        (changedRow?.negative ?? 0) - 1,
      ]);
    }

    // Badges are not notes: scoring again gives the same tally.
    await score(panel);
    expect(await shownTally(panel)).toEqual(scoredRows);

    const badgesShown = (await boardItems(page)).filter(isBadge).length;
    await panel.getByRole('button', { name: 'Remove results from board' }).click();
    await expect.poll(async () => (await boardItems(page)).filter(isBadge).length).toBe(0);
    await expect
      .poll(() => panel.getByTestId('board-message').textContent())
      .toBe(`Removed ${badgesShown} result items from the board.`);
    const after = await boardItems(page);
    expect(after.length).toBe(before.length - 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts one summary frame beside a hand-built map, and showing twice leaves one', async () => {
    const { page, panel, errors } = await openPlayground('polish');
    await score(panel);
    const map = await boardItems(page);
    for (let round = 1; round <= 2; round++) {
      expect(await showOnBoard(panel)).toBe('The summary is on the board beside the map.');
      const items = await boardItems(page);
      // The frame and its text, nothing more.
      expect(items.filter(isSummary).length, `round ${round}`).toBe(2);
      const frames = items.filter((item) => item.type === 'frame' && isSummary(item));
      expect(frames.length, `round ${round}`).toBe(1);
      const [frame] = frames;
      if (!frame) throw new Error('no summary frame');
      // Beside the map: overlapping none of it, and to its right.
      const mapRight = Math.max(...map.map((item) => rectOf(item).right));
      for (const item of map) expect(overlaps(rectOf(frame), rectOf(item))).toBe(false);
      expect(rectOf(frame).left).toBeGreaterThanOrEqual(mapRight);
      const text = items.find((item) => item.type === 'text' && isSummary(item));
      expect(textOf(text)).toContain('Strona internetowa');
    }
    await panel.getByRole('button', { name: 'Remove results from board' }).click();
    await expect.poll(async () => (await boardItems(page)).filter(isSummary).length).toBe(0);
    await expect
      .poll(() => panel.getByTestId('board-message').textContent())
      .toBe('Removed 2 result items from the board.');
    expect((await boardItems(page)).length).toBe(map.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('compare with last time', () => {
  it('shows ▲ and ▼ per touchpoint after notes change, and follows a save made elsewhere on the board', async () => {
    const { page, panel, errors } = await openPlayground('filled');
    await score(panel);
    await panel.getByRole('button', { name: 'Save this result' }).click();
    // A save reads the history back until it sees itself (two panels may save at once), so it
    // takes a read-back round of about 1.5 s before it says "Saved".
    await expect
      .poll(() => panel.getByTestId('save-message').textContent(), { timeout: 10_000 })
      .toMatch(/^Saved /);

    // Another user moves a negative note into its row's positive zone, and deletes a positive note elsewhere.
    const { tally } = await boardTally(page);
    const [improved, worsened] = [tally.rows[0], tally.rows[1]];
    const negative = tally.placements.find(
      (placement) =>
        placement.kind === 'counted' &&
        placement.sentiment === 'negative' &&
        placement.phase === improved?.phase &&
        placement.touchpoint === improved?.touchpoint,
    );
    const positive = tally.placements.find(
      (placement) =>
        placement.kind === 'counted' &&
        placement.sentiment === 'positive' &&
        placement.phase === worsened?.phase &&
        placement.touchpoint === worsened?.touchpoint,
    );
    const zone = positiveZone(await boardItems(page), improved);
    if (!negative || !positive || !zone) throw new Error('the filled board lacks the notes this test moves');
    await asAnotherUser(
      page,
      (control, edit) => {
        control.update(edit.move, { x: edit.x, y: edit.y });
        control.remove(edit.remove);
      },
      { move: negative.note.id, x: zone.boardX, y: zone.boardY, remove: positive.note.id },
    );

    await score(panel);
    const changes = panel.getByTestId('changes').locator('li');
    // What is seen (the arrows), and what a screen reader says instead of them (the net score before and now).
    const shown = await changes.evaluateAll((rows) =>
      rows.map((row) => {
        const seen = row.cloneNode(true) as HTMLElement;
        for (const hidden of seen.querySelectorAll('.visually-hidden')) hidden.remove();
        return seen.textContent ?? '';
      }),
    );
    const heard = await changes.evaluateAll((rows) =>
      rows.map((row) => row.querySelector('[aria-hidden="true"] + .visually-hidden')?.textContent ?? ''),
    );
    const phases = PANEL_WORDS.en.phases;
    expect(shown).toEqual([
      `${improved?.touchpoint} · ${improved && phases[improved.phase]}▲ 2`,
      `${worsened?.touchpoint} · ${worsened && phases[worsened.phase]}▼ 1`,
    ]);
    const [improvedNet, worsenedNet] = heard.map((text) => text.match(/^Net: (-?\d+) → (-?\d+)$/));
    expect(Number(improvedNet?.[2]) - Number(improvedNet?.[1])).toBe(2);
    expect(Number(worsenedNet?.[2]) - Number(worsenedNet?.[1])).toBe(-1);

    // Someone else on the board saves the scoring as it is now: this panel follows at once.
    const stored = await page.evaluate(
      ([collection, key]) =>
        (window as unknown as PlaygroundWindow).touchpointTallyPlayground.miro.board.storage
          .collection(collection)
          .get(key),
      [RESULTS_COLLECTION, HISTORY_KEY] as const,
    );
    const history = readHistory(stored);
    if (history.kind !== 'history') throw new Error('the saved history is unreadable');
    const { tally: now } = await boardTally(page);
    const update = addToHistory(history.history, savedScoringOf(now, Date.now() + 60_000));
    if (update.kind !== 'ok') throw new Error('the history does not fit');
    await page.evaluate(
      ([collection, key, value]) =>
        (window as unknown as PlaygroundWindow).touchpointTallyPlayground.miro.board.storage
          .collection(collection)
          .set(key, value),
      [RESULTS_COLLECTION, HISTORY_KEY, JSON.parse(JSON.stringify(update.stored))] as const,
    );
    await panel.getByText('No touchpoint changed its net score.').waitFor();
    expect(await panel.getByTestId('changes').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('live scoring', () => {
  it('keeps the badges on the board in step with the live tally', async () => {
    const { page, panel, errors } = await openPlayground('filled');
    await panel.getByLabel('Live: score again when the board changes').check();
    await panel.getByTestId('tally-table').waitFor();
    expect(await showOnBoard(panel)).toMatch(/^Badges on \d+ touchpoint rows\.$/);
    const { tally } = await boardTally(page);
    const row = tally.rows[0];
    const items = await boardItems(page);
    const zone = positiveZone(items, row);
    if (!row || !zone) throw new Error('the filled board has no positive zone');
    const badgeOf = (all: readonly RenderedItem[]) =>
      all.find((item) => {
        const mark = badgeMarkOf(item);
        return mark?.phase === row.phase && mark.touchpoint === row.touchpoint;
      });
    expect(countsOn(badgeOf(items))).toEqual([row.positive, row.neutral, row.negative]);

    await asAnotherUser(
      page,
      (control, at) => {
        for (let i = 0; i < 3; i++) control.addStickyNote({ x: at.x, y: at.y, content: `Great ${i}` });
      },
      { x: zone.boardX, y: zone.boardY },
    );
    // No click: the live tally and then the badge on the board follow the new notes.
    await expect
      .poll(async () => countsOn(badgeOf(await boardItems(page))), { timeout: 15_000 })
      .toEqual([row.positive + 3, row.neutral, row.negative]);
    expect(await panel.getByTestId('score-summary').textContent()).toContain(`${tally.notes + 3} notes read`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('updates the table when notes are added, without pressing Score', async () => {
    const { page, panel, errors } = await openPlayground('filled');
    await panel.getByLabel('Live: score again when the board changes').check();
    await panel.getByTestId('tally-table').waitFor();
    const first = await panel.getByTestId('score-summary').textContent();
    const { tally } = await boardTally(page);
    expect(first).toContain(`${tally.notes} notes read`);

    const row = tally.rows[0];
    const zone = positiveZone(await boardItems(page), row);
    if (!row || !zone) throw new Error('the filled board has no positive zone');
    await asAnotherUser(
      page,
      (control, at) => {
        for (let i = 0; i < 3; i++) control.addStickyNote({ x: at.x, y: at.y, content: `Great ${i}` });
      },
      { x: zone.boardX, y: zone.boardY },
    );
    await expect
      .poll(() => panel.getByTestId('score-summary').textContent(), { timeout: 10_000 })
      .toContain(`${tally.notes + 3} notes read`);
    const shown = await shownTally(panel);
    expect(shown).toContain(
      `${row.touchpoint} ${row.phase} ${row.positive + 3} ${row.neutral} ${row.negative}`,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
