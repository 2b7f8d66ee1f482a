// The part of the Miro Web SDK the app uses, named from the SDK's own types: when the SDK
// changes, the compiler points at every place that depends on it. The panel passes
// `miro.board`; tests and the playground pass the simulator's board.
import type { Board, Frame, Item, Shape, StickyNote, Tag, Text } from '@mirohq/websdk-types';

/** The Web SDK board methods the app calls, e.g. `readBoardItems(miro.board)`. */
export type BoardApi = Pick<
  Board,
  | 'get'
  | 'getById'
  | 'createFrame'
  | 'createShape'
  | 'createStickyNote'
  | 'createText'
  | 'createTag'
  | 'remove'
  | 'getSelection'
  | 'select'
  | 'deselect'
  | 'setAppData'
  | 'getAppData'
  | 'getInfo'
  | 'sendToBack'
  | 'bringToFront'
  | 'findEmptySpace'
  | 'viewport'
  | 'ui'
  | 'notifications'
  | 'storage'
>;

/** Anything `board.get()` may return: board items and tags. */
export type BoardItem = Item;

// A `type` check alone does not narrow `Item`: its `Unsupported` member has `type: string`.
// Each guard checks a field only that kind has, so an unsupported item never passes.

/** True for a sticky note, e.g. to read its `content` and `style.fillColor`. */
export function isStickyNote(item: BoardItem): item is StickyNote {
  return item.type === 'sticky_note' && 'tagIds' in item;
}

/** True for a frame, e.g. to read its `title` and `childrenIds`. */
export function isFrame(item: BoardItem): item is Frame {
  return item.type === 'frame' && 'childrenIds' in item;
}

/** True for a shape, e.g. to read its `shape` and `content`. */
export function isShape(item: BoardItem): item is Shape {
  return item.type === 'shape' && 'content' in item;
}

/** True for a text item. */
export function isText(item: BoardItem): item is Text {
  return item.type === 'text' && 'content' in item;
}

/** True for a tag, e.g. to read its `title` and `color`. */
export function isTag(item: BoardItem): item is Tag {
  return item.type === 'tag' && 'title' in item;
}
