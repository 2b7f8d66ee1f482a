// "Draw curve on board" and "Clear curve": puts each map's emotion curve under it, as laid out by
// src/core/curve-layout.ts. The curve's items carry the app's curve marker, so drawing again keeps
// what is already right, moves nothing else, and makes one curve whatever was there; Clear removes
// exactly them. A create whose answer was lost is looked for before it is made again, and what the
// app made but could not mark is found by its place and look in the curve being drawn or cleared.
import type { Shape, Text } from '@mirohq/websdk-types';
import { CURVE_FONT_SIZE, type CurvePart, curveLayout } from '../core/curve-layout.ts';
import { CURVE_KEY, CURVE_MARKER_FORMAT, readCurvePart } from '../core/curve-marker.ts';
import { emotionCurves } from '../core/emotion-curve.ts';
import { escapeHtml } from '../core/html.ts';
import type { BoardSnapshot } from '../core/snapshot.ts';
import { writeStored } from '../core/stored-format.ts';
import type { Tally } from '../core/tally.ts';
import { htmlToText } from '../core/text.ts';
import { type BoardApi, type BoardItem, isShape, isText } from './board-api.ts';
import { type BoardFailure, boardError, boardFailure } from './board-errors.ts';
import { defaultRetry, type RetryOptions, runBounded, withRetry } from './calls.ts';
import { createOnce, near } from './made-items.ts';
import { removeItems } from './remove-items.ts';

/** How to draw, e.g. `{ titleOf: (map) => \`Emotion curve · ${map}\` }`. */
export interface CurveOptions {
  /** The title written above a map's curve (`map` is null for the notes outside every map). */
  readonly titleOf: (map: string | null) => string;
  /** Board calls in flight at once (default 6). */
  readonly concurrency?: number;
  /** How failed calls are retried (default: 4 retries from 250 ms). */
  readonly retry?: RetryOptions;
}

/** A scoring to draw the curves of: the board it read and its tally. */
export interface CurveScoring {
  readonly snapshot: BoardSnapshot;
  readonly tally: Tally;
}

/** What drawing did (a value, never a throw). */
export type CurveOutcome =
  | {
      readonly kind: 'drawn';
      readonly curves: number;
      readonly created: number;
      readonly kept: number;
      readonly removed: number;
    }
  | BoardFailure;

/** What clearing did. */
export type CurveClearOutcome = { readonly kind: 'cleared'; readonly removed: number } | BoardFailure;

type CurveItem = Shape | Text;

interface Found {
  readonly item: CurveItem;
  readonly marked: boolean;
}

/** Draws each map's curve under it; drawing again leaves one curve per map, as the scoring says now. */
export async function drawCurves(
  board: BoardApi,
  scored: CurveScoring,
  options: CurveOptions,
): Promise<CurveOutcome> {
  const retry = options.retry ?? defaultRetry();
  const concurrency = options.concurrency ?? 6;
  try {
    const curves = emotionCurves(scored.tally);
    const parts = curveLayout(curves, scored.snapshot, options.titleOf).flat();
    const found = await findCurve(board, parts, retry, concurrency);
    const used = new Set<string>();
    const keep: Found[] = [];
    const create: CurvePart[] = [];
    for (const part of parts) {
      const match = found.find(({ item }) => !used.has(item.id) && isDrawnAs(item, part));
      if (match) {
        used.add(match.item.id);
        keep.push(match);
      } else create.push(part);
    }
    const old = found.filter(({ item }) => !used.has(item.id)).map(({ item }) => item);
    await removeItems(board, old, retry, concurrency);
    await runBounded(
      [
        ...keep
          .filter(({ marked }) => !marked)
          .map(
            ({ item }) =>
              () =>
                markOne(item, parts, retry),
          ),
        ...create.map((part) => () => createPart(board, part, used, retry)),
      ],
      concurrency,
    );
    return {
      kind: 'drawn',
      curves: curves.length,
      created: create.length,
      kept: keep.length,
      removed: old.length,
    };
  } catch (error) {
    return boardFailure(error);
  }
}

/** Removes every curve the app drew; `scored`, when given, also finds the unmarked items of its curve. */
export async function clearCurves(
  board: BoardApi,
  scored: CurveScoring | null,
  options: Pick<CurveOptions, 'titleOf' | 'concurrency' | 'retry'>,
): Promise<CurveClearOutcome> {
  const retry = options.retry ?? defaultRetry();
  const concurrency = options.concurrency ?? 6;
  try {
    const parts = scored
      ? curveLayout(emotionCurves(scored.tally), scored.snapshot, options.titleOf).flat()
      : [];
    const found = await findCurve(board, parts, retry, concurrency);
    const items = found.map(({ item }) => item);
    await removeItems(board, items, retry, concurrency);
    return { kind: 'cleared', removed: items.length };
  } catch (error) {
    return boardFailure(error);
  }
}

// A curve is shapes without text and texts in the curve's font size: one get, then the metadata
// of those only. Marked ones are the curve's; unmarked ones are when they are a part of `parts`
// to the last detail (made, but the mark never written).
async function findCurve(
  board: BoardApi,
  parts: readonly CurvePart[],
  retry: RetryOptions,
  concurrency: number,
): Promise<readonly Found[]> {
  const items = await withRetry(() => board.get({ type: ['shape', 'text'] }), retry);
  const candidates = items.filter(mayBeCurve);
  const found: (Found & { order: number })[] = [];
  await runBounded(
    candidates.map((item, order) => async () => {
      const data = await metadataOf(item, retry);
      if (data === null) return;
      const marked = readCurvePart(data) !== null;
      if (marked || parts.some((part) => isDrawnAs(item, part))) found.push({ item, marked, order });
    }),
    concurrency,
  );
  // Board order, so "the first of two copies" is the same every time.
  return found.sort((a, b) => a.order - b.order);
}

function mayBeCurve(item: BoardItem): item is CurveItem {
  if (isShape(item)) return htmlToText(item.content).trim() === '';
  return isText(item) && item.style.fontSize === CURVE_FONT_SIZE;
}

// An item deleted by someone since the `get` has nothing to find or clear.
async function metadataOf(item: CurveItem, retry: RetryOptions): Promise<unknown> {
  try {
    return await withRetry(() => item.getMetadata(CURVE_KEY), retry);
  } catch (error) {
    if (boardError(error).kind === 'deleted') return null;
    throw error;
  }
}

function textOf(part: Extract<CurvePart, { kind: 'text' }>): string {
  return part.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}

/** Whether a board item is the given part of a curve: its kind, place, size, look and text. */
function isDrawnAs(item: BoardItem, part: CurvePart): boolean {
  if (!isShape(item) && !isText(item)) return false;
  if (item.parentId !== null || !near(item.x, part.x) || !near(item.y, part.y)) return false;
  if (!near(item.width, part.width)) return false;
  if (part.kind === 'shape')
    return (
      isShape(item) &&
      item.shape === part.shape &&
      near(item.height, part.height) &&
      near(item.rotation, part.rotation) &&
      item.style.fillColor.toLowerCase() === part.fill &&
      htmlToText(item.content).trim() === ''
    );
  return (
    isText(item) &&
    item.style.fontSize === CURVE_FONT_SIZE &&
    htmlToText(item.content) === htmlToText(textOf(part))
  );
}

async function markOne(item: CurveItem, parts: readonly CurvePart[], retry: RetryOptions): Promise<void> {
  const part = parts.find((candidate) => isDrawnAs(item, candidate));
  if (part)
    await withRetry(() => item.setMetadata(CURVE_KEY, writeStored(CURVE_MARKER_FORMAT, part.role)), retry);
}

async function createPart(
  board: BoardApi,
  part: CurvePart,
  used: Set<string>,
  retry: RetryOptions,
): Promise<void> {
  const lookFor = async () => {
    const made = (await board.get({ type: part.kind })).find(
      (item): item is CurveItem => !used.has(item.id) && isDrawnAs(item, part),
    );
    return made;
  };
  const item: CurveItem =
    part.kind === 'shape'
      ? await createOnce<CurveItem>(
          () =>
            board.createShape({
              shape: part.shape,
              content: '',
              x: part.x,
              y: part.y,
              width: part.width,
              height: part.height,
              rotation: part.rotation,
              style: { fillColor: part.fill, borderColor: part.fill, fillOpacity: 1 },
            }),
          lookFor,
          retry,
        )
      : await createOnce<CurveItem>(
          () =>
            board.createText({
              content: textOf(part),
              x: part.x,
              y: part.y,
              width: part.width,
              style: { fontSize: CURVE_FONT_SIZE, textAlign: 'center', color: '#1a1b1f' },
            }),
          lookFor,
          retry,
        );
  used.add(item.id);
  await withRetry(() => item.setMetadata(CURVE_KEY, writeStored(CURVE_MARKER_FORMAT, part.role)), retry);
}
