// The summary as board items: one white frame beside a hand-built map with the summary title and
// a left-aligned text of its lines (src/core/board-badges.ts plans it), drawn, and recognised by
// its look when its marker was never written.
import type { Frame, Text } from '@mirohq/websdk-types';
import { SUMMARY_LINE_HEIGHT, SUMMARY_TITLE, type SummarySpec } from '../core/board-badges.ts';
import { escapeHtml } from '../core/html.ts';
import { type Rect, rectOf } from '../core/model.ts';
import { writeStored } from '../core/stored-format.ts';
import { SUMMARY_KEY, SUMMARY_MARKER_FORMAT } from '../core/summary-marker.ts';
import { htmlToText } from '../core/text.ts';
import { type BoardApi, type BoardItem, isFrame, isText } from './board-api.ts';
import { type RetryOptions, withRetry } from './calls.ts';
import { createOnce, near } from './made-items.ts';

const SUMMARY_FONT_SIZE = 24;
const SUMMARY_PADDING = 40;
const SUMMARY_FILL = '#ffffff';

/** Whether a frame is a summary frame the app made: white, with the summary title. */
export function looksLikeSummaryFrame(item: Frame): boolean {
  return (
    htmlToText(item.title).trim() === SUMMARY_TITLE && item.style.fillColor.toLowerCase() === SUMMARY_FILL
  );
}

/** Whether an unmarked item is the text of one of the summary frames: in the summary's size and alignment, in the frame or lying inside it. */
export function isSummaryText(item: BoardItem, frames: readonly Frame[]): boolean {
  if (!isText(item) || item.style.fontSize !== SUMMARY_FONT_SIZE || item.style.textAlign !== 'left')
    return false;
  if (item.parentId !== null) return frames.some((frame) => frame.id === item.parentId);
  // Not yet added to its frame: it lies inside one.
  return frames.some((frame) => {
    const rect = rectOf(frame);
    return item.x > rect.left && item.x < rect.right && item.y > rect.top && item.y < rect.bottom;
  });
}

/** Draws the summary frame and its text, both marked; gives the frame's id. */
export async function createSummary(
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
