// Where an emotion curve goes when it is drawn on the board: under the map it belongs to, its
// stages spread across the map's width, each point as high as its net score, joined by lines
// over a zero line, with each stage's name and score beneath. Pure geometry: the adapter
// (src/miro/curve-on-board.ts) only creates what this returns.

import type { CurvePartRole } from './curve-marker.ts';
import type { EmotionCurve } from './emotion-curve.ts';
import type { Rect, Sentiment } from './model.ts';
import { contains, regionRoles } from './region-roles.ts';
import { signedNumber } from './signed-number.ts';
import type { BoardSnapshot } from './snapshot.ts';
import { NOTE_SIZE, ZONE_COLOURS } from './template-layout.ts';

/** One item of a drawn curve: a shape (zero line, line, point) or a text (title, label), by its centre. */
export type CurvePart =
  | {
      readonly kind: 'shape';
      readonly role: Extract<CurvePartRole, 'axis' | 'line' | 'point'>;
      readonly shape: 'rectangle' | 'circle';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      /** Degrees clockwise. */
      readonly rotation: number;
      readonly fill: string;
    }
  | {
      readonly kind: 'text';
      readonly role: Extract<CurvePartRole, 'title' | 'label'>;
      readonly x: number;
      readonly y: number;
      readonly width: number;
      /** One paragraph each, e.g. `['Awareness', '+2']`. */
      readonly lines: readonly string[];
    };

/** Free space kept between the map (or whatever is below it) and its curve. */
export const CURVE_GAP = 120;
/** Height of the band the points move in: the largest |net| reaches its edge. */
export const CURVE_PLOT_HEIGHT = 360;
export const CURVE_POINT_SIZE = 40;
export const CURVE_LINE_WIDTH = 8;
export const CURVE_AXIS_WIDTH = 4;
/** The font size of a curve's texts, and the height Miro gives one of their lines. */
export const CURVE_FONT_SIZE = 24;
export const CURVE_LINE_HEIGHT = CURVE_FONT_SIZE * 1.4;
const MIN_WIDTH = 600;
const TITLE_HEIGHT = 2 * CURVE_LINE_HEIGHT;
const LABEL_GAP = 30;
// A label is two lines: the stage, its score.
const LABEL_LINES = 2;

/** The fills of the lines and the zero line; a point wears its tone's zone ink (`ZONE_COLOURS`). */
export const CURVE_FILLS = { line: '#4262ff', axis: '#c3c4c6' } as const;

/** How a net score reads: above zero positive, below negative, zero neutral. */
export function netTone(net: number): Sentiment {
  return net > 0 ? 'positive' : net < 0 ? 'negative' : 'neutral';
}

/** Each map's curve as parts on the board, in curve order, each under its map and clear of the notes, the labelled frames and shapes, and the curves before it. */
export function curveLayout(
  curves: readonly EmotionCurve[],
  snapshot: BoardSnapshot,
  titleOf: (map: string | null) => string,
): readonly (readonly CurvePart[])[] {
  const areas = mapAreas(snapshot);
  // Shapes without text are left out: the curve's own (drawn before) are such shapes.
  const taken: Rect[] = [
    ...snapshot.regions.filter((region) => region.label !== '').map((region) => region.rect),
    ...snapshot.notes.map((note) => ({
      left: note.x - NOTE_SIZE.width / 2,
      right: note.x + NOTE_SIZE.width / 2,
      top: note.y - NOTE_SIZE.height / 2,
      bottom: note.y + NOTE_SIZE.height / 2,
    })),
  ];
  return curves.map((curve) => {
    const area = areas.get(curve.map) ?? bounds(taken) ?? { left: 0, top: 0, right: 0, bottom: 0 };
    const width = Math.max(MIN_WIDTH, area.right - area.left);
    const height = TITLE_HEIGHT + CURVE_PLOT_HEIGHT + LABEL_GAP + LABEL_LINES * CURVE_LINE_HEIGHT;
    let box: Rect = { left: area.left, right: area.left + width, top: area.bottom + CURVE_GAP, bottom: 0 };
    box = { ...box, bottom: box.top + height };
    // Down past whatever lies there, until the box is free (each step moves below one obstacle).
    for (let blocked = taken.find((rect) => overlaps(rect, box)); blocked; ) {
      const top = blocked.bottom + CURVE_GAP;
      box = { ...box, top, bottom: top + height };
      blocked = taken.find((rect) => overlaps(rect, box));
    }
    taken.push(box);
    return partsIn(box, curve, titleOf(curve.map));
  });
}

function partsIn(box: Rect, curve: EmotionCurve, title: string): CurvePart[] {
  const width = box.right - box.left;
  const parts: CurvePart[] = [
    {
      kind: 'text',
      role: 'title',
      x: box.left + width / 2,
      y: box.top + CURVE_LINE_HEIGHT / 2,
      width,
      lines: [title],
    },
  ];
  const plotTop = box.top + TITLE_HEIGHT;
  const zero = plotTop + CURVE_PLOT_HEIGHT / 2;
  parts.push({
    kind: 'shape',
    role: 'axis',
    shape: 'rectangle',
    x: box.left + width / 2,
    y: zero,
    width,
    height: CURVE_AXIS_WIDTH,
    rotation: 0,
    fill: CURVE_FILLS.axis,
  });
  const stages = curve.stages;
  const largest = Math.max(1, ...stages.map((point) => Math.abs(point.net)));
  const step = width / Math.max(1, stages.length);
  const reach = (CURVE_PLOT_HEIGHT - CURVE_POINT_SIZE) / 2;
  const points = stages.map((point, index) => ({
    point,
    x: box.left + step * (index + 0.5),
    y: zero - (point.net / largest) * reach,
  }));
  points.forEach((at, index) => {
    const next = points[index + 1];
    if (!next) return;
    const dx = next.x - at.x;
    const dy = next.y - at.y;
    parts.push({
      kind: 'shape',
      role: 'line',
      shape: 'rectangle',
      x: (at.x + next.x) / 2,
      y: (at.y + next.y) / 2,
      width: Math.hypot(dx, dy),
      height: CURVE_LINE_WIDTH,
      rotation: (Math.atan2(dy, dx) * 180) / Math.PI,
      fill: CURVE_FILLS.line,
    });
  });
  const labelTop = plotTop + CURVE_PLOT_HEIGHT + LABEL_GAP;
  for (const { point, x, y } of points) {
    parts.push({
      kind: 'shape',
      role: 'point',
      shape: 'circle',
      x,
      y,
      width: CURVE_POINT_SIZE,
      height: CURVE_POINT_SIZE,
      rotation: 0,
      fill: ZONE_COLOURS[netTone(point.net)].ink,
    });
    const lines = [point.stage ?? '', signedNumber(point.net)];
    parts.push({
      kind: 'text',
      role: 'label',
      x,
      y: labelTop + (lines.length * CURVE_LINE_HEIGHT) / 2,
      width: Math.max(CURVE_POINT_SIZE, step - 20),
      lines,
    });
  }
  return parts;
}

// Each map's frames by title; the notes outside every map belong to the phases outside every map.
function mapAreas(snapshot: BoardSnapshot): ReadonlyMap<string | null, Rect> {
  const roles = regionRoles(snapshot.regions, snapshot.words);
  const maps = new Map<string | null, Rect>();
  const mapRects: Rect[] = [];
  const phaseRects: Rect[] = [];
  snapshot.regions.forEach((region, index) => {
    const role = roles[index];
    if (role?.kind === 'map') {
      maps.set(role.map, union(maps.get(role.map), region.rect));
      mapRects.push(region.rect);
    }
    if (role?.kind === 'phase') phaseRects.push(region.rect);
  });
  const loose = bounds(phaseRects.filter((rect) => !mapRects.some((map) => contains(map, rect))));
  if (loose) maps.set(null, loose);
  return maps;
}

function union(a: Rect | undefined, b: Rect): Rect {
  if (!a) return b;
  return {
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  };
}

function bounds(rects: readonly Rect[]): Rect | null {
  return rects.reduce<Rect | null>((sum, rect) => union(sum ?? undefined, rect), null);
}

const overlaps = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
