// Where a board opens in the playground: all of it when it reads at that size, else its top-left.
import type { RenderedItem } from '../simulator/index.ts';

/** The size of the drawn board on screen, in CSS pixels. */
export interface CanvasSize {
  readonly width: number;
  readonly height: number;
}

/** A board rectangle, as the simulated viewport takes it. */
interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Below this zoom a note's text and a row's label are too small to read on screen. */
const READABLE_SCALE = 0.5;

/**
 * Where a board opens: the whole board when it reads at that size; otherwise its top-left corner
 * (a map's title, its first phase and rows) at a zoom where labels and notes read.
 */
export function openingArea(items: readonly RenderedItem[], { width, height }: CanvasSize): Area {
  if (items.length === 0) return { x: -width, y: -height, width: width * 2, height: height * 2 };
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    left = Math.min(left, item.boardX - item.width / 2);
    // Room for a frame's title above its top edge.
    top = Math.min(top, item.boardY - item.height / 2 - (item.type === 'frame' ? 100 : 0));
    right = Math.max(right, item.boardX + item.width / 2);
    bottom = Math.max(bottom, item.boardY + item.height / 2);
  }
  const margin = 40;
  const whole = {
    x: left - margin,
    y: top - margin,
    width: right - left + 2 * margin,
    height: bottom - top + 2 * margin,
  };
  if (Math.min(width / whole.width, height / whole.height) >= READABLE_SCALE) return whole;
  return { x: whole.x, y: whole.y, width: width / READABLE_SCALE, height: height / READABLE_SCALE };
}
