// Frames and their children: where a dropped item lands, `frame.add` and `frame.remove`.

import { announce, type BoardState, boardRect, placed } from './board-state.ts';
import { type Actor, existingPlaced, modified } from './new-records.ts';
import { contains, type FrameRecord, type PlacedRecord } from './records.ts';

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
