// The changes a board accepts, whoever makes them: the app through the SDK, another user
// through the control, or a file being loaded. Each one validates first and commits only
// when every rule holds, so a rejected change leaves the board untouched, then announces
// what changed.

import type { StickyNoteShape } from '@mirohq/websdk-types';
import { unreachable } from '../core/unreachable.ts';
import { announce, type BoardState, boardCentre, boardRect, childrenOf, placed } from './board-state.ts';
import { reparented } from './frames.ts';
import {
  type Actor,
  checkTagIds,
  checkTagTitle,
  existing,
  type Loose,
  modified,
  SHAPE_NAMES,
  stickyContent,
  style,
  text,
  textHeight,
} from './new-records.ts';
import {
  checkFrameSize,
  checkStickyColour,
  checkTagColour,
  contains,
  type FrameRecord,
  finite,
  type ItemRecord,
  type PlacedRecord,
  positive,
  rectAround,
  type ShapeRecord,
  type StickyRecord,
  stickySize,
  type TextRecord,
} from './records.ts';

/** How strictly a move is judged: the SDK rejects what a person dragging on the board may do. */
export type EditMode = 'sdk' | 'user';

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

/** Moves items to the front or back of the layer order. */
export function reorder(state: BoardState, ids: readonly string[], to: 'front' | 'back'): void {
  const moving = ids.map((id) => existing(state, id));
  const rest = [...state.records.values()].filter((record) => !ids.includes(record.id));
  const order = to === 'back' ? [...moving, ...rest] : [...rest, ...moving];
  state.records = new Map(order.map((record) => [record.id, record]));
  announce(state, { kind: 'order' });
}
