// The simulated board's stored form: plain, readonly records in exactly the shape
// `miro.board.get()` items have once serialised (form 1 of docs/scoring.md). The rules that make
// a real board reject a change live here too, so every path (SDK call, another user's edit,
// loading a file) obeys the same facts.

import type {
  Frame,
  Json,
  Shape,
  StickyNote,
  StickyNoteColorType,
  Tag,
  Text,
  WidgetPropsOnly,
} from '@mirohq/websdk-types';
import { STICKY_COLOURS as CORE_STICKY_COLOURS } from '../core/model.ts';

/** A stored sticky note, e.g. `{ type: 'sticky_note', id: '3458764564249021457', x: 0, y: 0, ... }`. */
export type StickyRecord = Readonly<
  Omit<WidgetPropsOnly<StickyNote>, 'connectorIds' | 'linkedTo' | 'groupId'>
>;
/** A stored frame; `childrenIds` is derived from the children's `parentId` whenever it is read. */
export type FrameRecord = Readonly<Omit<WidgetPropsOnly<Frame>, 'connectorIds' | 'linkedTo' | 'groupId'>>;
/** A stored shape. */
export type ShapeRecord = Readonly<Omit<WidgetPropsOnly<Shape>, 'connectorIds' | 'linkedTo' | 'groupId'>>;
/** A stored text item. */
export type TextRecord = Readonly<Omit<WidgetPropsOnly<Text>, 'connectorIds' | 'linkedTo' | 'groupId'>>;
/** A stored tag. */
export type TagRecord = Readonly<WidgetPropsOnly<Tag>>;

/** Any item with a place on the board. */
export type PlacedRecord = StickyRecord | FrameRecord | ShapeRecord | TextRecord;
/** Anything the simulated board stores. */
export type ItemRecord = PlacedRecord | TagRecord;

/** App metadata of one item, e.g. `{ touchpointTally: { v: 1, r: 'zone' } }`. */
export type Metadata = Readonly<Record<string, Json>>;

/** The 16 sticky note colours; typed as the SDK's, so a colour the SDK drops breaks the build. */
export const STICKY_COLOURS: readonly StickyNoteColorType[] = CORE_STICKY_COLOURS;

/** Tag colours: not the sticky colours (no orange, pinks or light blue; magenta instead). */
export const TAG_COLOURS: readonly Tag['color'][] = [
  'red',
  'magenta',
  'violet',
  'light_green',
  'green',
  'dark_green',
  'cyan',
  'blue',
  'dark_blue',
  'yellow',
  'gray',
  'black',
  'dark_gray',
];

/** Miro's limits, as the Web SDK reference and Miro's changelog state them. */
export const LIMITS = {
  tagsPerItem: 8,
  tagsPerBoard: 100,
  tagTitleLength: 120,
  metadataBytes: 256,
  appDataBytes: 512,
  frameMinSize: 100,
  stickyContentLength: 6000,
  notificationLength: 80,
} as const;

// A sticky note's reported height includes its shadow: 228 for the default widths of both
// shapes (Web SDK reference, "Sticky note"), so the aspect ratio is fixed per shape.
const STICKY_DEFAULT_WIDTH = { square: 199, rectangle: 350 } as const;
const STICKY_DEFAULT_HEIGHT = 228;

/** The size a sticky note reports for a requested width or height, e.g. square, width 199 → 199 × 228. */
export function stickySize(
  shape: StickyRecord['shape'],
  request: { readonly width?: number | undefined; readonly height?: number | undefined },
): { width: number; height: number } {
  const defaultWidth = STICKY_DEFAULT_WIDTH[shape];
  if (request.width !== undefined && request.height !== undefined) {
    throw new Error('A sticky note takes width or height, not both: its aspect ratio is fixed.');
  }
  if (request.height !== undefined) {
    positive('height', request.height);
    return {
      width: hundredths((request.height * defaultWidth) / STICKY_DEFAULT_HEIGHT),
      height: request.height,
    };
  }
  const width = request.width ?? defaultWidth;
  positive('width', width);
  return { width, height: hundredths((width * STICKY_DEFAULT_HEIGHT) / defaultWidth) };
}

// Sizes are reported to the hundredth, so 199 → 228 exactly rather than 228.00000000000003.
function hundredths(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Throws unless `value` is a finite number above zero. */
export function positive(field: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${field} must be a positive number, got ${value}.`);
}

/** Throws unless `value` is a finite number. */
export function finite(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`${field} must be a finite number, got ${String(value)}.`);
  }
  return value;
}

/** Throws unless the colour is one of the 16 sticky note colours. */
export function checkStickyColour(colour: string): StickyNoteColorType {
  const found = STICKY_COLOURS.find((known) => known === colour);
  if (!found)
    throw new Error(`Invalid sticky note fillColor "${colour}": use one of ${STICKY_COLOURS.join(', ')}.`);
  return found;
}

/** Throws unless the colour is a tag colour. */
export function checkTagColour(colour: string): Tag['color'] {
  const found = TAG_COLOURS.find((known) => known === colour);
  if (!found) throw new Error(`Invalid tag color "${colour}": use one of ${TAG_COLOURS.join(', ')}.`);
  return found;
}

/** Throws unless the frame is at least 100 × 100. */
export function checkFrameSize(width: number, height: number): void {
  positive('width', width);
  positive('height', height);
  if (width < LIMITS.frameMinSize || height < LIMITS.frameMinSize) {
    throw new Error(
      `A frame is at least ${LIMITS.frameMinSize} × ${LIMITS.frameMinSize}, got ${width} × ${height}.`,
    );
  }
}

/** The UTF-8 size of a JSON value as Miro counts it against metadata and app data limits. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** A deep copy of a JSON value; also rejects what JSON cannot carry (functions, cycles, NaN). */
export function cloneJson<T>(value: T, what = 'value'): T {
  if (value === undefined) return value;
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new Error(`${what} is not JSON-serialisable: ${(error as Error).message}`);
  }
  if (text === undefined) throw new Error(`${what} is not JSON-serialisable.`);
  return JSON.parse(text) as T;
}

/** An axis-aligned rectangle in board coordinates. */
export interface BoardRect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The rectangle of a centre and size. */
export function rectAround(x: number, y: number, width: number, height: number): BoardRect {
  return { left: x - width / 2, top: y - height / 2, right: x + width / 2, bottom: y + height / 2 };
}

/** True when `inner` lies inside `outer` (edges may touch). */
export function contains(outer: BoardRect, inner: BoardRect): boolean {
  return (
    inner.left >= outer.left &&
    inner.right <= outer.right &&
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom
  );
}

/** True when two rectangles share some area (touching edges do not overlap). */
export function overlaps(a: BoardRect, b: BoardRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
