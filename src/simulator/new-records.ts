// The items a board makes (sticky notes, frames, shapes, texts, tags) as the SDK's create calls
// make them: validated, defaults filled, stamped with who made them; and the lookups every edit
// starts from.

import type { RelativeTo, StickyNoteShape } from '@mirohq/websdk-types';
import { announce, type BoardState, newId } from './board-state.ts';
import {
  checkFrameSize,
  checkStickyColour,
  checkTagColour,
  cloneJson,
  type FrameRecord,
  finite,
  type ItemRecord,
  LIMITS,
  type PlacedRecord,
  positive,
  type ShapeRecord,
  type StickyRecord,
  stickySize,
  type TagRecord,
  type TextRecord,
} from './records.ts';

/** Who makes a change and when, for `createdBy` / `modifiedBy` and the timestamps. */
export interface Actor {
  readonly userId: string;
  readonly now: () => number;
}

/** Props as a caller gives them, checked field by field. */
export type Loose = Readonly<Record<string, unknown>>;

/** The 21 shape names of the stable Web SDK. */
export const SHAPE_NAMES: readonly string[] = [
  'rectangle',
  'circle',
  'triangle',
  'wedge_round_rectangle_callout',
  'round_rectangle',
  'rhombus',
  'parallelogram',
  'star',
  'right_arrow',
  'left_arrow',
  'pentagon',
  'hexagon',
  'octagon',
  'trapezoid',
  'flow_chart_predefined_process',
  'left_right_arrow',
  'cloud',
  'left_brace',
  'right_brace',
  'cross',
  'can',
];

const SHAPE_STYLE: ShapeRecord['style'] = {
  color: '#1a1a1a',
  fillColor: 'transparent',
  fillOpacity: 1,
  fontFamily: 'open_sans',
  fontSize: 14,
  textAlign: 'center',
  textAlignVertical: 'middle',
  borderStyle: 'normal',
  borderOpacity: 1,
  borderColor: '#1a1a1a',
  borderWidth: 2,
};

const TEXT_STYLE: TextRecord['style'] = {
  color: '#1a1a1a',
  fillColor: 'transparent',
  fillOpacity: 1,
  fontFamily: 'open_sans',
  fontSize: 14,
  textAlign: 'left',
};

function stamp(actor: Actor): string {
  return new Date(actor.now()).toISOString();
}

export function text(field: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string') throw new Error(`${field} must be a string.`);
  return value;
}

// The tags Miro keeps in a sticky note's content (Web SDK reference, "StickyNote").
const STICKY_TAGS = new Set(['p', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'br']);

/** A sticky note's content as Miro keeps it: over 6,000 characters is refused, other tags are stripped (their text stays). */
export function stickyContent(value: unknown): string {
  const content = text('content', value, '');
  if (content.length > LIMITS.stickyContentLength) {
    throw new Error(
      `A sticky note's content has at most ${LIMITS.stickyContentLength} characters, got ${content.length}.`,
    );
  }
  return content.replace(/<\/?([A-Za-z][\w:-]*)\b[^>]*>/g, (tag, name: string) =>
    STICKY_TAGS.has(name.toLowerCase()) ? tag : '',
  );
}

export function style<T extends object>(base: T, patch: unknown): T {
  if (patch === undefined) return base;
  if (typeof patch !== 'object' || patch === null) throw new Error('style must be an object.');
  return { ...base, ...cloneJson(patch, 'style') };
}

export function checkTagIds(state: BoardState, tagIds: unknown): string[] {
  if (tagIds === undefined) return [];
  if (!Array.isArray(tagIds) || tagIds.some((id) => typeof id !== 'string')) {
    throw new Error('tagIds must be an array of tag ids.');
  }
  const ids = tagIds as string[];
  if (ids.length > LIMITS.tagsPerItem) {
    throw new Error(`An item can carry at most ${LIMITS.tagsPerItem} tags, got ${ids.length}.`);
  }
  if (new Set(ids).size !== ids.length) throw new Error('tagIds lists the same tag twice.');
  for (const id of ids) {
    if (state.records.get(id)?.type !== 'tag') throw new Error(`Tag ${id} does not exist on this board.`);
  }
  return [...ids];
}

function checkNoParent(props: Loose): void {
  if (props.parentId !== undefined && props.parentId !== null) {
    throw new Error('Creating an item with a parentId is not supported: create it, then frame.add(item).');
  }
}

function base(state: BoardState, props: Loose, actor: Actor) {
  checkNoParent(props);
  const at = stamp(actor);
  return {
    id: newId(state),
    x: props.x === undefined ? 0 : finite('x', props.x),
    y: props.y === undefined ? 0 : finite('y', props.y),
    origin: 'center' as const,
    relativeTo: 'canvas_center' as RelativeTo,
    parentId: null,
    createdAt: at,
    createdBy: actor.userId,
    modifiedAt: at,
    modifiedBy: actor.userId,
  };
}

/** The record a `createStickyNote(props)` call makes, validated. */
export function newStickyRecord(state: BoardState, props: Loose, actor: Actor): StickyRecord {
  const shape = (props.shape ?? 'square') as StickyNoteShape;
  if (shape !== 'square' && shape !== 'rectangle')
    throw new Error(`Invalid sticky note shape "${String(shape)}".`);
  const size = stickySize(shape, {
    width: props.width as number | undefined,
    height: props.height as number | undefined,
  });
  const noteStyle = style<StickyRecord['style']>(
    { fillColor: 'light_yellow', textAlign: 'center', textAlignVertical: 'middle' },
    props.style,
  );
  checkStickyColour(noteStyle.fillColor);
  return {
    type: 'sticky_note',
    ...base(state, props, actor),
    ...size,
    shape,
    content: stickyContent(props.content ?? ''),
    style: noteStyle,
    tagIds: checkTagIds(state, props.tagIds),
  };
}

/** The record a `createFrame(props)` call makes, validated (at least 100 × 100). */
export function newFrameRecord(state: BoardState, props: Loose, actor: Actor): FrameRecord {
  const width = props.width === undefined ? LIMITS.frameMinSize : finite('width', props.width);
  const height = props.height === undefined ? LIMITS.frameMinSize : finite('height', props.height);
  checkFrameSize(width, height);
  return {
    type: 'frame',
    ...base(state, props, actor),
    width,
    height,
    title: text('title', props.title, ''),
    showContent: props.showContent === undefined ? true : Boolean(props.showContent),
    childrenIds: [],
    style: style<FrameRecord['style']>({ fillColor: '#ffffff' }, props.style),
  };
}

/** The record a `createShape(props)` call makes, validated. */
export function newShapeRecord(state: BoardState, props: Loose, actor: Actor): ShapeRecord {
  const width = props.width === undefined ? 100 : finite('width', props.width);
  const height = props.height === undefined ? 100 : finite('height', props.height);
  positive('width', width);
  positive('height', height);
  const shape = text('shape', props.shape, 'rectangle');
  if (!SHAPE_NAMES.includes(shape)) throw new Error(`Invalid shape "${shape}".`);
  return {
    type: 'shape',
    ...base(state, props, actor),
    width,
    height,
    rotation: props.rotation === undefined ? 0 : finite('rotation', props.rotation),
    content: text('content', props.content, ''),
    shape: shape as ShapeRecord['shape'],
    style: style(SHAPE_STYLE, props.style),
  };
}

/**
 * A text item's height as Miro makes it: it follows the content, one line per paragraph and
 * more where a paragraph wraps at the item's width (about 0.55 em per character).
 */
export function textHeight(content: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * 0.55)));
  const lines = content
    .split(/<\/p>|<br\s*\/?>/i)
    // Only a length is wanted here: tags dropped, an entity counted as one character.
    .map((part) => part.replace(/<[^>]*>/g, '').replace(/&[#\w]+;/g, '_'))
    .filter((part) => part !== '')
    .reduce((sum, part) => sum + Math.ceil(part.length / perLine), 0);
  return Math.round(Math.max(1, lines) * fontSize * 1.4 * 100) / 100;
}

/** The record a `createText(props)` call makes, validated; its height follows its content. */
export function newTextRecord(state: BoardState, props: Loose, actor: Actor): TextRecord {
  const textStyle = style(TEXT_STYLE, props.style);
  const width = props.width === undefined ? 100 : finite('width', props.width);
  positive('width', width);
  if (props.height !== undefined) throw new Error("A text item's height is read-only: set its width.");
  return {
    type: 'text',
    ...base(state, props, actor),
    width,
    height: textHeight(text('content', props.content, ''), width, textStyle.fontSize),
    rotation: props.rotation === undefined ? 0 : finite('rotation', props.rotation),
    content: text('content', props.content, ''),
    style: textStyle,
  };
}

export function checkTagTitle(state: BoardState, title: string, exceptId?: string): void {
  if (title.trim() === '') throw new Error('A tag needs a title.');
  if (title.length > LIMITS.tagTitleLength) {
    throw new Error(`A tag title has at most ${LIMITS.tagTitleLength} characters, got ${title.length}.`);
  }
  for (const record of state.records.values()) {
    if (record.type === 'tag' && record.id !== exceptId && record.title === title) {
      throw new Error(`A tag titled "${title}" already exists on this board: tag titles are unique.`);
    }
  }
}

/** The record a `createTag(props)` call makes: unique title, a tag colour, at most 100 per board. */
export function newTagRecord(state: BoardState, props: Loose): TagRecord {
  const title = text('title', props.title, '');
  checkTagTitle(state, title);
  const tags = [...state.records.values()].filter((record) => record.type === 'tag').length;
  if (tags >= LIMITS.tagsPerBoard) throw new Error(`A board holds at most ${LIMITS.tagsPerBoard} tags.`);
  return { type: 'tag', id: newId(state), title, color: checkTagColour(text('color', props.color, 'red')) };
}

/** Adds new records on top of the board and announces them. */
export function insert(state: BoardState, records: readonly ItemRecord[]): void {
  for (const record of records) state.records.set(record.id, record);
  announce(state, { kind: 'create', records });
}

/** The record with this id, or an error saying it is gone (deleted, maybe by someone else). */
export function existing(state: BoardState, id: string): ItemRecord {
  const record = state.records.get(id);
  if (!record)
    throw new Error(`Item ${id} not found on the board: it may have been deleted by another user.`);
  return record;
}

/** Like `existing`, for items with a place on the board (not tags). */
export function existingPlaced(state: BoardState, id: string): PlacedRecord {
  const record = existing(state, id);
  if (record.type === 'tag') throw new Error(`Item ${id} is a tag, not a board item.`);
  return record;
}

export function modified<T extends PlacedRecord>(record: T, actor: Actor): T {
  return { ...record, modifiedAt: stamp(actor), modifiedBy: actor.userId };
}
