// "Show on board" and "Clear": carries out the badge plan of src/core/board-badges.ts. Badges and
// the summary are found again by this app's metadata, so showing twice updates them in place and
// Clear removes exactly what the app put there. A failure part-way leaves a board that the next
// Show repairs (it finds, updates and de-duplicates whatever is there).

import type { Frame, Text } from '@mirohq/websdk-types';
import {
  type BadgeMark,
  type BadgeSpec,
  type ExistingBadge,
  planBadges,
  SUMMARY_LINE_HEIGHT,
  SUMMARY_TITLE,
  type SummarySpec,
} from '../core/board-badges.ts';
import { escapeHtml } from '../core/html.ts';
import type { Language, Rect } from '../core/model.ts';
import type { BoardSnapshot } from '../core/snapshot.ts';
import { writeStored } from '../core/stored-format.ts';
import { readSummaryPart, SUMMARY_KEY, SUMMARY_MARKER_FORMAT } from '../core/summary-marker.ts';
import type { Tally } from '../core/tally.ts';
import { badgeSlot } from '../core/template-layout.ts';
import { MARK_KEY, readMark, writeMark } from '../core/template-mark.ts';
import { htmlToText } from '../core/text.ts';
import { type BoardApi, type BoardItem, isFrame, isText } from './board-api.ts';
import { errorMessage, isNotFound } from './board-errors.ts';
import { defaultRetry, type RetryOptions, runBounded, withRetry } from './calls.ts';

export { SUMMARY_KEY } from '../core/summary-marker.ts';

/** How to show, e.g. `{ language: 'pl', concurrency: 4 }`. */
export interface ShowOptions {
  readonly language: Language;
  /** Board calls in flight at once (default 6). */
  readonly concurrency?: number;
  /** How failed calls are retried (default: 4 retries from 250 ms). */
  readonly retry?: RetryOptions;
}

/** What Show did: badges per template row, or the summary frame; or why it stopped (a value, never a throw). */
export type ShowOutcome =
  | {
      readonly kind: 'badges';
      readonly created: number;
      readonly updated: number;
      readonly removed: number;
      /** Rows left without a badge because notes cover every place for it. */
      readonly uncovered: readonly BadgeMark[];
    }
  | { readonly kind: 'summary'; readonly frameId: string; readonly removed: number }
  | { readonly kind: 'failed'; readonly message: string };

/** What Clear did. */
export type ClearOutcome =
  | { readonly kind: 'cleared'; readonly removed: number }
  | { readonly kind: 'failed'; readonly message: string };

const BADGE_FONT_SIZE = 28;
const SUMMARY_FONT_SIZE = 24;
const SUMMARY_PADDING = 40;
const SUMMARY_FILL = '#ffffff';

interface Found {
  readonly badges: readonly (ExistingBadge & { readonly item: BoardItem })[];
  /** Summary frames and texts, to replace or clear. */
  readonly summary: readonly BoardItem[];
  /** Where the summary frame is now, so a new summary takes the place the team moved it to. */
  readonly summaryFrame: Rect | null;
}

/** Puts the scoring on the board: a badge on every template row, or one summary frame beside a hand-built map. */
export async function showOnBoard(
  board: BoardApi,
  scored: { readonly snapshot: BoardSnapshot; readonly tally: Tally },
  options: ShowOptions,
): Promise<ShowOutcome> {
  const retry = options.retry ?? defaultRetry();
  const concurrency = options.concurrency ?? 6;
  try {
    const found = await findResults(board, retry, concurrency);
    const plan = planBadges(scored.snapshot, scored.tally, found.badges, badgeSlot, options.language);
    const byId = new Map(found.badges.map((badge) => [badge.id, badge.item]));
    if (plan.kind === 'summary') {
      const old = [...found.summary, ...plan.remove.flatMap((id) => byId.get(id) ?? [])];
      await removeAll(board, old, retry, concurrency);
      const frameId = await createSummary(board, plan.summary, found.summaryFrame, retry);
      return { kind: 'summary', frameId, removed: old.length };
    }
    const old = [...found.summary, ...plan.remove.flatMap((id) => byId.get(id) ?? [])];
    await removeAll(board, old, retry, concurrency);
    const tasks = [
      ...plan.update.map(
        ({ id, spec }) =>
          () =>
            updateBadge(board, byId.get(id), spec, retry),
      ),
      ...plan.create.map((spec) => () => createBadge(board, spec, retry)),
    ];
    await runBounded(tasks, concurrency);
    return {
      kind: 'badges',
      created: plan.create.length,
      updated: plan.update.length,
      removed: old.length,
      uncovered: plan.uncovered,
    };
  } catch (error) {
    return { kind: 'failed', message: errorMessage(error) };
  }
}

/** Removes every badge and summary the app put on the board. */
export async function clearFromBoard(
  board: BoardApi,
  options: Pick<ShowOptions, 'concurrency' | 'retry'> = {},
): Promise<ClearOutcome> {
  const retry = options.retry ?? defaultRetry();
  const concurrency = options.concurrency ?? 6;
  try {
    const found = await findResults(board, retry, concurrency);
    const items = [...found.badges.map((badge) => badge.item), ...found.summary];
    await removeAll(board, items, retry, concurrency);
    return { kind: 'cleared', removed: items.length };
  } catch (error) {
    return { kind: 'failed', message: errorMessage(error) };
  }
}

// Texts and frames are the only kinds the app writes results as; one get, then their metadata.
// What the app made but could not mark (every metadata write failed, or a create's answer was
// lost and the item was made again) is found by its look: a badge is a centred text on the
// canvas in the badge size with a badge's counts; the summary is a white frame with the
// summary title and its left-aligned text. Such items go with the marked ones.
async function findResults(board: BoardApi, retry: RetryOptions, concurrency: number): Promise<Found> {
  const items = await withRetry(() => board.get({ type: ['text', 'frame'] }), retry);
  const badges: (ExistingBadge & { item: BoardItem })[] = [];
  const summary: BoardItem[] = [];
  const unmarked: BoardItem[] = [];
  let summaryFrame: Rect | null = null;
  await runBounded(
    items.map((item) => async () => {
      if (!isText(item) && !isFrame(item)) return;
      const data = await metadataOf(item, retry);
      if (data === null) return;
      const reading = readMark(data[MARK_KEY]);
      if (isText(item) && reading.kind === 'mark' && reading.mark.role === 'badge') {
        badges.push({ id: item.id, mark: reading.mark, item });
      }
      const part = readSummaryPart(data[SUMMARY_KEY]);
      if (part) summary.push(item);
      else if (reading.kind === 'none') unmarked.push(item);
      if (part === 'frame' && isFrame(item) && summaryFrame === null) summaryFrame = rectOf(item);
    }),
    concurrency,
  );
  const summaryFrames = [...summary, ...unmarked].filter(
    (item): item is Frame => isFrame(item) && (summary.includes(item) || looksLikeSummaryFrame(item)),
  );
  for (const item of unmarked) {
    if (looksLikeBadge(item) || summaryFrames.includes(item as Frame) || isSummaryText(item, summaryFrames))
      summary.push(item);
  }
  // Board order, so "the first of two copies" is the same every time.
  const order = new Map(items.map((item, index) => [item.id, index]));
  badges.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { badges, summary, summaryFrame };
}

// An item deleted by someone since the `get` has nothing to find or clear.
async function metadataOf(item: Text | Frame, retry: RetryOptions): Promise<Record<string, unknown> | null> {
  try {
    const data = (await withRetry(() => item.getMetadata(), retry)) as Record<string, unknown> | undefined;
    return data ?? {};
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

function rectOf(item: { x: number; y: number; width: number; height: number }): Rect {
  return {
    left: item.x - item.width / 2,
    top: item.y - item.height / 2,
    right: item.x + item.width / 2,
    bottom: item.y + item.height / 2,
  };
}

// The counts `badgeText` writes, e.g. `+5 · 2 · −3` or `0 · 0 · −4  ⚠ #1`, as `htmlToText` reads
// them back: with the two spaces before the warning sign collapsed into one.
const BADGE_TEXT = /^(\+\d+|0) · \d+ · (−\d+|0)( +⚠ #\d+)?$/;

function looksLikeBadge(item: BoardItem): boolean {
  return (
    isText(item) &&
    item.parentId === null &&
    item.style.fontSize === BADGE_FONT_SIZE &&
    item.style.textAlign === 'center' &&
    BADGE_TEXT.test(htmlToText(item.content).trim())
  );
}

function looksLikeSummaryFrame(item: Frame): boolean {
  return (
    htmlToText(item.title).trim() === SUMMARY_TITLE && item.style.fillColor.toLowerCase() === SUMMARY_FILL
  );
}

function isSummaryText(item: BoardItem, frames: readonly Frame[]): boolean {
  if (!isText(item) || item.style.fontSize !== SUMMARY_FONT_SIZE || item.style.textAlign !== 'left')
    return false;
  if (item.parentId !== null) return frames.some((frame) => frame.id === item.parentId);
  // Not yet added to its frame: it lies inside one.
  return frames.some((frame) => {
    const rect = rectOf(frame);
    return item.x > rect.left && item.x < rect.right && item.y > rect.top && item.y < rect.bottom;
  });
}

async function removeAll(
  board: BoardApi,
  items: readonly BoardItem[],
  retry: RetryOptions,
  concurrency: number,
): Promise<void> {
  // Texts before frames: a frame's text goes first, whatever removing a frame does to children.
  const ordered = [...items].sort((a, b) => Number(isFrame(a)) - Number(isFrame(b)));
  await runBounded(
    ordered.map((item) => () => removeOne(board, item, retry)),
    concurrency,
  );
}

// Gone already (removed with its frame, by someone else, or by a call whose answer was lost)
// is what removing wants.
async function removeOne(board: BoardApi, item: BoardItem, retry: RetryOptions): Promise<void> {
  try {
    await withRetry(() => board.remove(item), retry);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

function badgeProps(spec: BadgeSpec) {
  return {
    content: `<p>${escapeHtml(spec.text)}</p>`,
    x: (spec.rect.left + spec.rect.right) / 2,
    y: (spec.rect.top + spec.rect.bottom) / 2,
    width: spec.rect.right - spec.rect.left,
    style: {
      color: spec.ink,
      fillColor: spec.fill,
      fillOpacity: 1,
      fontSize: BADGE_FONT_SIZE,
      textAlign: 'center' as const,
    },
  };
}

async function createBadge(board: BoardApi, spec: BadgeSpec, retry: RetryOptions): Promise<void> {
  const props = badgeProps(spec);
  const text = await createOnce(
    () => board.createText(props),
    async () =>
      (await board.get({ type: 'text' })).find(
        (item): item is Text =>
          isText(item) &&
          item.parentId === null &&
          near(item.x, props.x) &&
          near(item.y, props.y) &&
          near(item.width, props.width) &&
          htmlToText(item.content) === htmlToText(props.content),
      ),
    retry,
  );
  await withRetry(() => text.setMetadata(MARK_KEY, writeMark(spec.mark)), retry);
}

/**
 * Creates an item once: after a failed create, `find` looks for what the call may have made
 * (its answer lost after it took effect), and that is adopted instead of making a second one.
 */
export async function createOnce<T>(
  create: () => Promise<T>,
  find: () => Promise<T | undefined>,
  retry: RetryOptions,
): Promise<T> {
  let asked = false;
  return withRetry(async () => {
    if (asked) {
      const found = await find();
      if (found) return found;
    }
    asked = true;
    return create();
  }, retry);
}

const near = (a: number, b: number) => Math.abs(a - b) <= 0.1;

async function updateBadge(
  board: BoardApi,
  item: BoardItem | undefined,
  spec: BadgeSpec,
  retry: RetryOptions,
): Promise<void> {
  if (!item || !isText(item)) return createBadge(board, spec, retry);
  const props = badgeProps(spec);
  item.content = props.content;
  item.x = props.x;
  item.y = props.y;
  item.width = props.width;
  item.style = { ...item.style, ...props.style };
  try {
    await withRetry(() => item.sync(), retry);
  } catch {
    // Deleted by someone else meanwhile: the badge is still wanted, so make it again.
    await createBadge(board, spec, retry);
  }
}

async function createSummary(
  board: BoardApi,
  summary: SummarySpec,
  previous: Rect | null,
  retry: RetryOptions,
): Promise<string> {
  const width = summary.rect.right - summary.rect.left;
  const height = summary.rect.bottom - summary.rect.top;
  // Where the team moved the last summary to, else beside the map in the nearest free space.
  const centre = previous
    ? { x: previous.left + width / 2, y: previous.top + height / 2 }
    : await withRetry(
        () =>
          board.findEmptySpace({
            x: summary.rect.left + width / 2,
            y: summary.rect.top + height / 2,
            width,
            height,
            offset: 100,
          }),
        retry,
      );
  const title = escapeHtml(summary.title);
  const frame = await createOnce(
    () =>
      board.createFrame({
        title,
        x: centre.x,
        y: centre.y,
        width,
        height,
        style: { fillColor: SUMMARY_FILL },
      }),
    async () =>
      (await board.get({ type: 'frame' })).find(
        (item): item is Frame =>
          isFrame(item) && near(item.x, centre.x) && near(item.y, centre.y) && looksLikeSummaryFrame(item),
      ),
    retry,
  );
  await withRetry(() => frame.setMetadata(SUMMARY_KEY, writeStored(SUMMARY_MARKER_FORMAT, 'frame')), retry);
  const lines = summary.lines.length > 0 ? summary.lines : ['—'];
  const textWidth = width - 2 * SUMMARY_PADDING;
  const textProps = {
    content: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join(''),
    x: centre.x,
    y: centre.y - height / 2 + SUMMARY_PADDING + (lines.length * SUMMARY_LINE_HEIGHT) / 2,
    width: textWidth,
    style: { fontSize: SUMMARY_FONT_SIZE, textAlign: 'left' as const, color: '#1a1b1f' },
  };
  const text = await createOnce(
    () => board.createText(textProps),
    async () =>
      (await board.get({ type: 'text' })).find(
        (item): item is Text =>
          isText(item) &&
          item.parentId === null &&
          near(item.x, textProps.x) &&
          near(item.y, textProps.y) &&
          htmlToText(item.content) === htmlToText(textProps.content),
      ),
    retry,
  );
  await withRetry(() => text.setMetadata(SUMMARY_KEY, writeStored(SUMMARY_MARKER_FORMAT, 'text')), retry);
  await withRetry(() => frame.add(text), retry);
  return frame.id;
}
