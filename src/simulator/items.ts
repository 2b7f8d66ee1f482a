// The board's items through the SDK: `get` with its filters, `getById`, the create calls,
// `remove`, the selection, the layer order, `getInfo` and `findEmptySpace`.
import type {
  AppCard,
  BoardInfo,
  Card,
  Connector,
  Embed,
  Frame,
  Group,
  Image,
  Item,
  Preview,
  Rect,
  Shape,
  StickyNote,
  Tag,
  Text,
} from '@mirohq/websdk-types';
import type { QueryFilter, QueryReturn } from '@mirohq/websdk-types/core/builder/types';
import type { BoardApi } from '../miro/board-api.ts';
import { removeItems, reorder } from './board-edits.ts';
import { type BoardState, boardRect } from './board-state.ts';
import { type CallGate, CREDIT_COSTS } from './call-gate.ts';
import {
  type ItemHost,
  liveFrame,
  liveItem,
  liveShape,
  liveSticky,
  liveTag,
  liveText,
} from './live-items.ts';
import {
  existing,
  insert,
  newFrameRecord,
  newShapeRecord,
  newStickyRecord,
  newTagRecord,
  newTextRecord,
} from './new-records.ts';
import { type BoardRect, type ItemRecord, overlaps, rectAround } from './records.ts';
import type { SessionEvents } from './ui-events.ts';
import { idsOf } from './viewport.ts';

// The item kinds the stable board client is built from (its `get` filter is typed over them).
type ClientItem =
  | Connector
  | Card
  | AppCard
  | Tag
  | Embed
  | Image
  | Preview
  | Shape
  | StickyNote
  | Text
  | Frame
  | Group;
type Filter = QueryFilter<ClientItem>;

// The longest the simulator works on one answer before letting the page run (a browser counts a
// task of 50 ms as long).
const SLICE_MS = 25;

/** The item calls of one session's board. */
export type ItemCalls = Omit<
  BoardApi,
  'getAppData' | 'setAppData' | 'viewport' | 'ui' | 'notifications' | 'storage'
>;

/** The item calls of one session: each goes through the session's gate (latency, credits, failures). */
export function createItemCalls(host: ItemHost, gate: CallGate, events: SessionEvents): ItemCalls {
  const { state, actor } = host;
  const { selection } = events;

  function matching(filter: Filter | undefined): ItemRecord[] {
    const records = [...state.records.values()];
    if (filter === undefined) return records;
    if ('id' in filter) {
      const ids = typeof filter.id === 'string' ? [filter.id] : filter.id;
      return ids.flatMap((id) => {
        const record = state.records.get(id);
        return record ? [record] : [];
      });
    }
    const types =
      filter.type === undefined ? undefined : typeof filter.type === 'string' ? [filter.type] : filter.type;
    const tags =
      'tags' in filter && filter.tags !== undefined
        ? typeof filter.tags === 'string'
          ? [filter.tags]
          : filter.tags
        : undefined;
    return records.filter(
      (record) =>
        (types === undefined || types.includes(record.type)) &&
        (tags === undefined ||
          (record.type === 'sticky_note' && record.tagIds.some((id) => tags.includes(id)))),
    );
  }

  // The SDK declares these generic in their filter; the implementations return the matching
  // items, which is what each overload promises for its filter.
  function getItems<F extends Filter>(filter?: F): Promise<QueryReturn<ClientItem, F>>;
  function getItems(filter?: Filter): Promise<Item[]> {
    const cost = filter === undefined ? CREDIT_COSTS.unfilteredGet : CREDIT_COSTS.filteredGet;
    return gate.run('get', cost, () => liveItems(matching(filter)));
  }
  // Miro builds a large answer outside the panel's page; the simulator runs in the page, so it
  // builds one a slice at a time: reading a 50,000-note board must not freeze the playground.
  async function liveItems(records: readonly ItemRecord[]): Promise<Item[]> {
    const items: Item[] = [];
    let since = performance.now();
    for (const record of records) {
      items.push(liveItem(host, record));
      if (items.length % 500 === 0 && performance.now() - since > SLICE_MS) {
        await gate.options().sleep(0);
        since = performance.now();
      }
    }
    return items;
  }
  function select<F extends Filter>(filter?: F): Promise<QueryReturn<ClientItem, F>>;
  function select(filter?: Filter): Promise<Item[]> {
    return gate.run('select', CREDIT_COSTS.item, () => {
      const chosen = matching(filter).filter((record) => record.type !== 'tag');
      for (const record of chosen) selection.add(record.id);
      events.emitSelection();
      return chosen.map((record) => liveItem(host, record));
    });
  }
  function deselect<F extends Filter>(filter?: F): Promise<QueryReturn<ClientItem, F>>;
  function deselect(filter?: Filter): Promise<Item[]> {
    return gate.run('deselect', CREDIT_COSTS.item, () => {
      const chosen = matching(filter).filter((record) => selection.has(record.id));
      for (const record of chosen) selection.delete(record.id);
      events.emitSelection();
      return chosen.map((record) => liveItem(host, record));
    });
  }

  return {
    get: getItems,
    getById: (id) => gate.run('getById', CREDIT_COSTS.item, () => liveItem(host, existing(state, id))),
    createStickyNote: (props) =>
      gate.run('createStickyNote', CREDIT_COSTS.item, () => {
        const record = newStickyRecord(state, props ?? {}, actor);
        insert(state, [record]);
        return liveSticky(host, record);
      }),
    createFrame: (props) =>
      gate.run('createFrame', CREDIT_COSTS.item, () => {
        const record = newFrameRecord(state, props ?? {}, actor);
        insert(state, [record]);
        return liveFrame(host, record);
      }),
    createShape: (props) =>
      gate.run('createShape', CREDIT_COSTS.item, () => {
        const record = newShapeRecord(state, props ?? {}, actor);
        insert(state, [record]);
        return liveShape(host, record);
      }),
    createText: (props) =>
      gate.run('createText', CREDIT_COSTS.item, () => {
        const record = newTextRecord(state, props ?? {}, actor);
        insert(state, [record]);
        return liveText(host, record);
      }),
    createTag: (props) =>
      gate.run('createTag', CREDIT_COSTS.item, () => {
        const record = newTagRecord(state, props ?? {});
        insert(state, [record]);
        return liveTag(host, record);
      }),
    remove: (item) => gate.run('remove', CREDIT_COSTS.item, () => void removeItems(state, [item.id])),
    getSelection: () => gate.run('getSelection', CREDIT_COSTS.item, events.selectedItems),
    select,
    deselect,
    getInfo: () => gate.run('getInfo', CREDIT_COSTS.item, (): BoardInfo => ({ ...state.info })),
    sendToBack: (items) =>
      gate.run('sendToBack', CREDIT_COSTS.item, () => reorder(state, idsOf(items), 'back')),
    bringToFront: (items) =>
      gate.run('bringToFront', CREDIT_COSTS.item, () => reorder(state, idsOf(items), 'front')),
    findEmptySpace: (dimensions) =>
      gate.run('findEmptySpace', CREDIT_COSTS.item, () => findEmptySpace(state, dimensions)),
  };
}

/** The free rectangle nearest to the requested centre, searched ring by ring on a grid. */
function findEmptySpace(state: BoardState, wanted: Rect & { offset?: number }): Rect {
  const offset = wanted.offset ?? 0;
  if (!(wanted.width > 0 && wanted.height > 0))
    throw new Error('findEmptySpace needs a positive width and height.');
  const occupied: BoardRect[] = [];
  for (const record of state.records.values())
    if (record.type !== 'tag') occupied.push(boardRect(state, record));
  const stepX = (wanted.width + offset) / 2;
  const stepY = (wanted.height + offset) / 2;
  for (let ring = 0; ring < 400; ring += 1) {
    const candidates: { x: number; y: number }[] = [];
    for (let i = -ring; i <= ring; i += 1) {
      for (let j = -ring; j <= ring; j += 1) {
        if (Math.max(Math.abs(i), Math.abs(j)) === ring)
          candidates.push({ x: wanted.x + i * stepX, y: wanted.y + j * stepY });
      }
    }
    candidates.sort(
      (a, b) => Math.hypot(a.x - wanted.x, a.y - wanted.y) - Math.hypot(b.x - wanted.x, b.y - wanted.y),
    );
    for (const candidate of candidates) {
      const area = rectAround(
        candidate.x,
        candidate.y,
        wanted.width + 2 * offset,
        wanted.height + 2 * offset,
      );
      if (!occupied.some((rect) => overlaps(rect, area))) {
        return { x: candidate.x, y: candidate.y, width: wanted.width, height: wanted.height };
      }
    }
  }
  throw new Error('No empty space found near the requested point.');
}
