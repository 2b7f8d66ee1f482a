// The changes a board accepts, whoever makes them: the app through the SDK, another user
// through the control, or a file being loaded. Each one validates first and commits only
// when every rule holds, so a rejected change leaves the board untouched, then announces
// what changed.

import type { Json, RelativeTo, StickyNoteShape } from '@mirohq/websdk-types';
import { unreachable } from '../core/unreachable.ts';
import {
  announce,
  type BoardState,
  boardCentre,
  boardRect,
  childrenOf,
  newId,
  placed,
} from './board-state.ts';
import {
  checkFrameSize,
  checkStickyColour,
  checkTagColour,
  cloneJson,
  contains,
  type FrameRecord,
  finite,
  type ItemRecord,
  jsonBytes,
  LIMITS,
  type Metadata,
  type PlacedRecord,
  positive,
  rectAround,
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

/** How strictly a move is judged: the SDK rejects what a person dragging on the board may do. */
export type EditMode = 'sdk' | 'user';

type Loose = Readonly<Record<string, unknown>>;

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

function text(field: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string') throw new Error(`${field} must be a string.`);
  return value;
}

// The tags Miro keeps in a sticky note's content (Web SDK reference, "StickyNote").
const STICKY_TAGS = new Set(['p', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'br']);

/** A sticky note's content as Miro keeps it: over 6,000 characters is refused, other tags are stripped (their text stays). */
function stickyContent(value: unknown): string {
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

function style<T extends object>(base: T, patch: unknown): T {
  if (patch === undefined) return base;
  if (typeof patch !== 'object' || patch === null) throw new Error('style must be an object.');
  return { ...base, ...cloneJson(patch, 'style') };
}

function checkTagIds(state: BoardState, tagIds: unknown): string[] {
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
function textHeight(content: string, width: number, fontSize: number): number {
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

function checkTagTitle(state: BoardState, title: string, exceptId?: string): void {
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

function modified<T extends PlacedRecord>(record: T, actor: Actor): T {
  return { ...record, modifiedAt: stamp(actor), modifiedBy: actor.userId };
}

// The fields an SDK `sync()` may change, per kind; anything else (ids, parentId, stamps,
// childrenIds) keeps its stored value whatever the item object says.
function syncedSticky(state: BoardState, stored: StickyRecord, next: Loose): StickyRecord {
  const shape = (next.shape ?? stored.shape) as StickyNoteShape;
  if (shape !== 'square' && shape !== 'rectangle')
    throw new Error(`Invalid sticky note shape "${String(shape)}".`);
  const widthChanged = next.width !== undefined && next.width !== stored.width;
  const heightChanged = next.height !== undefined && next.height !== stored.height;
  const size = stickySize(shape, {
    width: widthChanged ? finite('width', next.width) : heightChanged ? undefined : stored.width,
    height: heightChanged ? finite('height', next.height) : undefined,
  });
  const noteStyle = style(stored.style, next.style);
  checkStickyColour(noteStyle.fillColor);
  return {
    ...stored,
    ...size,
    x: finite('x', next.x ?? stored.x),
    y: finite('y', next.y ?? stored.y),
    shape,
    content: next.content === undefined ? stored.content : stickyContent(next.content),
    style: noteStyle,
    tagIds: next.tagIds === undefined ? stored.tagIds : checkTagIds(state, next.tagIds),
  };
}

function syncedFrame(stored: FrameRecord, next: Loose): FrameRecord {
  const width = finite('width', next.width ?? stored.width);
  const height = finite('height', next.height ?? stored.height);
  checkFrameSize(width, height);
  return {
    ...stored,
    x: finite('x', next.x ?? stored.x),
    y: finite('y', next.y ?? stored.y),
    width,
    height,
    title: text('title', next.title, stored.title),
    showContent: next.showContent === undefined ? stored.showContent : Boolean(next.showContent),
    style: style(stored.style, next.style),
  };
}

function syncedShape(stored: ShapeRecord, next: Loose): ShapeRecord {
  if ((next.width ?? stored.width) !== stored.width || (next.height ?? stored.height) !== stored.height) {
    throw new Error("A shape's width and height are read-only after creation: create it at its final size.");
  }
  const shape = text('shape', next.shape, stored.shape);
  if (!SHAPE_NAMES.includes(shape)) throw new Error(`Invalid shape "${shape}".`);
  return {
    ...stored,
    x: finite('x', next.x ?? stored.x),
    y: finite('y', next.y ?? stored.y),
    rotation: finite('rotation', next.rotation ?? stored.rotation),
    content: text('content', next.content, stored.content),
    shape: shape as ShapeRecord['shape'],
    style: style(stored.style, next.style),
  };
}

function syncedText(stored: TextRecord, next: Loose): TextRecord {
  const width = finite('width', next.width ?? stored.width);
  positive('width', width);
  const textStyle = style(stored.style, next.style);
  const content = text('content', next.content, stored.content);
  return {
    ...stored,
    x: finite('x', next.x ?? stored.x),
    y: finite('y', next.y ?? stored.y),
    width,
    height: textHeight(content, width, textStyle.fontSize),
    rotation: finite('rotation', next.rotation ?? stored.rotation),
    content,
    style: textStyle,
  };
}

/** The stored record with an item object's editable fields applied, validated (not yet committed). */
export function synced(state: BoardState, stored: ItemRecord, next: Loose): ItemRecord {
  switch (stored.type) {
    case 'sticky_note':
      return syncedSticky(state, stored, next);
    case 'frame':
      return syncedFrame(stored, next);
    case 'shape':
      return syncedShape(stored, next);
    case 'text':
      return syncedText(stored, next);
    case 'tag': {
      const title = text('title', next.title, stored.title);
      if (title !== stored.title) checkTagTitle(state, title, stored.id);
      return { ...stored, title, color: checkTagColour(text('color', next.color, stored.color)) };
    }
    default:
      return unreachable(stored);
  }
}

/**
 * Commits a changed record. A frame that moves carries its children; a frame resized so a
 * child would fall outside is rejected (Web SDK reference, "Frame"). In `sdk` mode a child
 * moved outside its frame is rejected; in `user` mode (a person dragging) it leaves the frame
 * and lands in the smallest frame under its centre, as on a real board.
 */
export function commit(state: BoardState, next: ItemRecord, actor: Actor, mode: EditMode): void {
  const stored = existing(state, next.id);
  if (next.type === 'tag' || stored.type === 'tag') {
    state.records.set(next.id, next);
    announce(state, { kind: 'update', records: [next] });
    return;
  }
  let record: PlacedRecord = modified(next, actor);
  const changed: PlacedRecord[] = [];
  const children = record.type === 'frame' ? childrenOf(state, record.id) : [];
  if (record.type === 'frame' && stored.type === 'frame' && children.length > 0) {
    const before = boardCentre(state, stored);
    const oldLeft = before.x - stored.width / 2;
    const oldTop = before.y - stored.height / 2;
    const parentShift = {
      x: record.x - stored.x,
      y: record.y - stored.y,
    };
    const newLeft = oldLeft + parentShift.x + (stored.width - record.width) / 2;
    const newTop = oldTop + parentShift.y + (stored.height - record.height) / 2;
    const frameRect = rectAround(
      newLeft + record.width / 2,
      newTop + record.height / 2,
      record.width,
      record.height,
    );
    for (const child of children) {
      const childRect = boardRect(state, child);
      const moved = {
        left: childRect.left + parentShift.x,
        right: childRect.right + parentShift.x,
        top: childRect.top + parentShift.y,
        bottom: childRect.bottom + parentShift.y,
      };
      if (!contains(frameRect, moved)) {
        throw new Error(
          `Frame ${record.id} cannot be resized: child ${child.id} would fall outside it. Remove the child from the frame first.`,
        );
      }
      if (
        child.relativeTo !== 'parent_center' &&
        (newLeft !== oldLeft + parentShift.x || newTop !== oldTop + parentShift.y)
      ) {
        changed.push({
          ...child,
          x: child.x + oldLeft + parentShift.x - newLeft,
          y: child.y + oldTop + parentShift.y - newTop,
        });
      }
    }
  }
  if (
    record.parentId !== null &&
    (record.x !== stored.x ||
      record.y !== stored.y ||
      record.width !== stored.width ||
      record.height !== stored.height)
  ) {
    const parent = placed(state, record.parentId);
    if (parent) {
      const inside = contains(boardRect(state, parent), boardRect(state, record));
      if (!inside && mode === 'sdk') {
        throw new Error(
          `Item ${record.id} would fall outside its parent frame ${parent.id}: remove it from the frame first.`,
        );
      }
      if (!inside) record = reparented(state, record);
    }
  } else if (mode === 'user' && record.type !== 'frame' && record.parentId === null) {
    record = reparented(state, record);
  }
  state.records.set(record.id, record);
  for (const child of changed) state.records.set(child.id, child);
  announce(state, { kind: 'update', records: [record, ...changed] });
}

/** Where a person's drop lands: the smallest frame containing the whole item, else the canvas. */
export function reparented<T extends PlacedRecord>(state: BoardState, record: T): T {
  const rect = boardRect(state, record);
  let best: FrameRecord | undefined;
  for (const candidate of state.records.values()) {
    if (candidate.type !== 'frame' || candidate.id === record.id) continue;
    if (!contains(boardRect(state, candidate), rect)) continue;
    if (!best || candidate.width * candidate.height < best.width * best.height) best = candidate;
  }
  return placeIn(state, record, rect, best);
}

function placeIn<T extends PlacedRecord>(
  state: BoardState,
  record: T,
  rect: ReturnType<typeof boardRect>,
  frame: FrameRecord | undefined,
): T {
  const centreX = (rect.left + rect.right) / 2;
  const centreY = (rect.top + rect.bottom) / 2;
  if (!frame) return { ...record, parentId: null, relativeTo: 'canvas_center', x: centreX, y: centreY };
  const frameRect = boardRect(state, frame);
  return {
    ...record,
    parentId: frame.id,
    relativeTo: 'parent_top_left',
    x: centreX - frameRect.left,
    y: centreY - frameRect.top,
  };
}

/** `frame.add(item)`: the item becomes a child without moving; it must already lie inside. */
export function addToFrame(state: BoardState, frameId: string, itemId: string, actor: Actor): PlacedRecord {
  const frame = existingPlaced(state, frameId);
  if (frame.type !== 'frame') throw new Error(`Item ${frameId} is not a frame.`);
  const item = existingPlaced(state, itemId);
  for (let ancestor: PlacedRecord | undefined = frame; ancestor; ) {
    if (ancestor.id === item.id)
      throw new Error('A frame cannot be added to itself or to a frame inside it.');
    ancestor = ancestor.parentId === null ? undefined : placed(state, ancestor.parentId);
  }
  const rect = boardRect(state, item);
  if (!contains(boardRect(state, frame), rect)) {
    throw new Error(
      `Item ${itemId} does not lie inside frame ${frameId}: frame.add does not move items, position it inside the frame first.`,
    );
  }
  const next = modified(placeIn(state, item, rect, frame), actor);
  state.records.set(next.id, next);
  announce(state, { kind: 'update', records: [next] });
  return next;
}

/** `frame.remove(item)`: the child goes back to the canvas where it is. */
export function removeFromFrame(
  state: BoardState,
  frameId: string,
  itemId: string,
  actor: Actor,
): PlacedRecord {
  const frame = existingPlaced(state, frameId);
  if (frame.type !== 'frame') throw new Error(`Item ${frameId} is not a frame.`);
  const item = existingPlaced(state, itemId);
  if (item.parentId !== frameId) throw new Error(`Item ${itemId} is not a child of frame ${frameId}.`);
  const next = modified(placeIn(state, item, boardRect(state, item), undefined), actor);
  state.records.set(next.id, next);
  announce(state, { kind: 'update', records: [next] });
  return next;
}

/** Deletes items (a frame takes its children with it, as on the board) and announces them. */
export function removeItems(state: BoardState, ids: readonly string[]): readonly ItemRecord[] {
  const doomed = new Set<string>();
  const visit = (id: string) => {
    if (doomed.has(id)) return;
    doomed.add(id);
    for (const child of childrenOf(state, id)) visit(child.id);
  };
  for (const id of ids) {
    existing(state, id);
    visit(id);
  }
  const removed = [...doomed].map((id) => existing(state, id));
  for (const id of doomed) {
    state.records.delete(id);
    state.metadata.delete(id);
  }
  const untagged: ItemRecord[] = [];
  if (removed.some((record) => record.type === 'tag')) {
    for (const record of state.records.values()) {
      if (record.type === 'sticky_note' && record.tagIds.some((id) => doomed.has(id))) {
        const next = { ...record, tagIds: record.tagIds.filter((id) => !doomed.has(id)) };
        state.records.set(next.id, next);
        untagged.push(next);
      }
    }
  }
  announce(state, { kind: 'delete', records: removed });
  if (untagged.length > 0) announce(state, { kind: 'update', records: untagged });
  return removed;
}

/** `item.setMetadata(key, value)`: at most 256 bytes of this app's metadata per item. */
export function setMetadata(state: BoardState, id: string, key: string, value: Json): Metadata {
  existing(state, id);
  const next: Record<string, Json> = { ...(state.metadata.get(id) ?? {}) };
  if (value === null) delete next[key];
  else next[key] = cloneJson(value, 'metadata value');
  const bytes = jsonBytes(next);
  if (bytes > LIMITS.metadataBytes) {
    throw new Error(
      `Metadata of item ${id} would take ${bytes} bytes: the limit is ${LIMITS.metadataBytes} bytes per item.`,
    );
  }
  state.metadata.set(id, next);
  return next;
}

/** `board.setAppData(key, value)`: at most 512 bytes per board per app. */
export function setAppData(state: BoardState, key: string, value: Json): Metadata {
  const next: Record<string, Json> = { ...state.appData };
  if (value === null) delete next[key];
  else next[key] = cloneJson(value, 'app data value');
  const bytes = jsonBytes(next);
  if (bytes > LIMITS.appDataBytes) {
    throw new Error(
      `App data would take ${bytes} bytes: the limit is ${LIMITS.appDataBytes} bytes per board.`,
    );
  }
  state.appData = next;
  announce(state, { kind: 'app-data' });
  return next;
}

/** Moves items to the front or back of the layer order. */
export function reorder(state: BoardState, ids: readonly string[], to: 'front' | 'back'): void {
  const moving = ids.map((id) => existing(state, id));
  const rest = [...state.records.values()].filter((record) => !ids.includes(record.id));
  const order = to === 'back' ? [...moving, ...rest] : [...rest, ...moving];
  state.records = new Map(order.map((record) => [record.id, record]));
  announce(state, { kind: 'order' });
}
