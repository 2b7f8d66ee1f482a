// A badge as a board item: the centred text on a template row that src/core/board-badges.ts plans,
// drawn, updated in place, and recognised by its look when its mark was never written.
import type { Text } from '@mirohq/websdk-types';
import type { BadgeSpec } from '../core/board-badges.ts';
import { escapeHtml } from '../core/html.ts';
import { MARK_KEY, writeMark } from '../core/template-mark.ts';
import { htmlToText } from '../core/text.ts';
import { type BoardApi, type BoardItem, isText } from './board-api.ts';
import { type RetryOptions, withRetry } from './calls.ts';
import { createOnce, near } from './made-items.ts';

const BADGE_FONT_SIZE = 28;

// The counts `badgeText` writes, e.g. `+5 · 2 · −3` or `0 · 0 · −4  ⚠ #1`, as `htmlToText` reads
// them back: with the two spaces before the warning sign collapsed into one.
const BADGE_TEXT = /^(\+\d+|0) · \d+ · (−\d+|0)( +⚠ #\d+)?$/;

/** Whether an unmarked item is a badge the app made: a centred text on the canvas in the badge size with a badge's counts. */
export function looksLikeBadge(item: BoardItem): boolean {
  return (
    isText(item) &&
    item.parentId === null &&
    item.style.fontSize === BADGE_FONT_SIZE &&
    item.style.textAlign === 'center' &&
    BADGE_TEXT.test(htmlToText(item.content).trim())
  );
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

/** Draws a badge and marks it as the app's, adopting the one a lost answer made. */
export async function createBadge(board: BoardApi, spec: BadgeSpec, retry: RetryOptions): Promise<void> {
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
 * Rewrites a badge already on the board to the spec, unless it already reads and sits so (a new
 * scoring re-places only the badges that changed); one that is not there (any more) is drawn
 * again. Resolves to whether the board was written to.
 */
export async function updateBadge(
  board: BoardApi,
  item: BoardItem | undefined,
  spec: BadgeSpec,
  retry: RetryOptions,
): Promise<boolean> {
  if (!item || !isText(item)) {
    await createBadge(board, spec, retry);
    return true;
  }
  const props = badgeProps(spec);
  if (showsAlready(item, props)) return false;
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
  return true;
}

function showsAlready(item: Text, props: ReturnType<typeof badgeProps>): boolean {
  const { style } = item;
  return (
    htmlToText(item.content) === htmlToText(props.content) &&
    near(item.x, props.x) &&
    near(item.y, props.y) &&
    near(item.width, props.width) &&
    style.color === props.style.color &&
    style.fillColor === props.style.fillColor &&
    style.fillOpacity === props.style.fillOpacity &&
    style.fontSize === props.style.fontSize &&
    style.textAlign === props.style.textAlign
  );
}
