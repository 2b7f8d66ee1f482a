// The item objects the simulated board hands out: the SDK's fields as own properties (so
// they serialise like Miro's) plus its methods. Like Miro's, each object is a snapshot: it
// changes the board only through `sync()` and friends, and fails once the item is gone.

import type {
  AppData,
  AppDataValue,
  Connector,
  ContainableItem,
  Frame,
  Item,
  Shape,
  StickyNote,
  Tag,
  Text,
} from '@mirohq/websdk-types';
import { unreachable } from '../core/unreachable.ts';
import { commit, reorder, synced } from './board-edits.ts';
import { type BoardState, childrenOf } from './board-state.ts';
import { CREDIT_COSTS } from './call-gate.ts';
import { addToFrame, removeFromFrame } from './frames.ts';
import { setMetadata } from './metadata.ts';
import { type Actor, existing, existingPlaced } from './new-records.ts';
import {
  cloneJson,
  type FrameRecord,
  type ItemRecord,
  type PlacedRecord,
  type ShapeRecord,
  type StickyRecord,
  type TagRecord,
  type TextRecord,
} from './records.ts';

/** The public surface of an SDK class: its fields and methods, without the SDK's internal context. */
export type Public<T> = Pick<T, keyof T>;

/** What item objects need from the session that made them. */
export interface ItemHost {
  readonly state: BoardState;
  readonly actor: Actor;
  call<T>(method: string, credits: number, action: () => T | Promise<T>): Promise<T>;
}

// Fields the SDK declares read-only; on the objects they cannot be assigned, so code that
// tries (e.g. setting parentId instead of calling frame.add) fails loudly here too.
const READ_ONLY_FIELDS: Readonly<Record<ItemRecord['type'], readonly string[]>> = {
  sticky_note: ['type', 'id', 'parentId', 'createdAt', 'createdBy', 'modifiedAt', 'modifiedBy'],
  frame: ['type', 'id', 'parentId', 'createdAt', 'createdBy', 'modifiedAt', 'modifiedBy'],
  shape: ['type', 'id', 'parentId', 'createdAt', 'createdBy', 'modifiedAt', 'modifiedBy', 'width', 'height'],
  text: ['type', 'id', 'parentId', 'createdAt', 'createdBy', 'modifiedAt', 'modifiedBy', 'height'],
  tag: ['type', 'id'],
};

/** The plain JSON form of a stored item, as `board.get()` items serialise (frames list their children). */
export function plainItem(state: BoardState, record: ItemRecord): ItemRecord {
  if (record.type !== 'frame') return cloneJson(record);
  return { ...cloneJson(record), childrenIds: childrenOf(state, record.id).map((child) => child.id) };
}

/** Copies a record's fields onto an item object, keeping the read-only ones read-only. */
function refresh(target: object, data: ItemRecord): void {
  const locked = READ_ONLY_FIELDS[data.type];
  for (const [key, value] of Object.entries(data)) {
    if (locked.includes(key)) {
      Object.defineProperty(target, key, { value, enumerable: true, writable: false, configurable: true });
    } else {
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
}

function baseMethods(host: ItemHost, id: string, self: () => object) {
  const { state, actor } = host;
  function getMetadata(): Promise<AppData>;
  function getMetadata<T extends AppDataValue>(key: string): Promise<T>;
  function getMetadata(key?: string): Promise<AppData | AppDataValue | undefined> {
    return host.call('getMetadata', CREDIT_COSTS.item, () => {
      existing(state, id);
      const metadata = cloneJson(state.metadata.get(id) ?? {});
      return key === undefined ? metadata : metadata[key];
    });
  }
  function setItemMetadata<T extends AppData>(key: string, value: AppDataValue): Promise<T>;
  function setItemMetadata(key: string, value: AppDataValue): Promise<AppData> {
    return host.call('setMetadata', CREDIT_COSTS.item, () => cloneJson(setMetadata(state, id, key, value)));
  }
  return {
    sync: () =>
      host.call('sync', CREDIT_COSTS.item, () => {
        const stored = existing(state, id);
        const next = synced(state, stored, self() as Readonly<Record<string, unknown>>);
        commit(state, next, actor, 'sdk');
        refresh(self(), plainItem(state, existing(state, id)));
      }),
    getMetadata,
    setMetadata: setItemMetadata,
    goToLink: () =>
      host.call('goToLink', CREDIT_COSTS.item, () => {
        existing(state, id);
        return false;
      }),
    bringToFront: () => host.call('bringToFront', CREDIT_COSTS.item, () => reorder(state, [id], 'front')),
    sendToBack: () => host.call('sendToBack', CREDIT_COSTS.item, () => reorder(state, [id], 'back')),
    bringInFrontOf: (target: { id: string }) =>
      host.call('bringInFrontOf', CREDIT_COSTS.item, () => layerNextTo(state, id, target.id, 1)),
    sendBehindOf: (target: { id: string }) =>
      host.call('sendBehindOf', CREDIT_COSTS.item, () => layerNextTo(state, id, target.id, 0)),
    getLayerIndex: () =>
      host.call('getLayerIndex', CREDIT_COSTS.item, () => {
        existing(state, id);
        return [...state.records.keys()].indexOf(id);
      }),
    // The simulator has no connectors.
    getConnectors: () =>
      host.call('getConnectors', CREDIT_COSTS.item, (): Connector[] => {
        existing(state, id);
        return [];
      }),
    getAiContext: () =>
      host.call('getAiContext', CREDIT_COSTS.item, () => {
        const record = existing(state, id);
        return 'content' in record ? record.content : record.type === 'frame' ? record.title : '';
      }),
  };
}

function layerNextTo(state: BoardState, id: string, targetId: string, offset: 0 | 1): void {
  existing(state, id);
  existing(state, targetId);
  const order = [...state.records.keys()].filter((key) => key !== id);
  order.splice(order.indexOf(targetId) + offset, 0, id);
  state.records = new Map(order.map((key) => [key, existing(state, key)]));
}

function frameMethods(host: ItemHost, id: string) {
  const { state, actor } = host;
  // Generic in the SDK's signature; the object handed back is a fresh snapshot of the same kind.
  async function add<T extends ContainableItem>(item: T): Promise<T> {
    const next = await host.call('frame.add', CREDIT_COSTS.item, () => addToFrame(state, id, item.id, actor));
    refresh(item, plainItem(state, next));
    return item;
  }
  async function remove<T extends ContainableItem>(item: T): Promise<void> {
    const next = await host.call('frame.remove', CREDIT_COSTS.item, () =>
      removeFromFrame(state, id, item.id, actor),
    );
    refresh(item, plainItem(state, next));
  }
  return {
    add,
    remove,
    getChildren: () =>
      host.call('frame.getChildren', CREDIT_COSTS.item, (): ContainableItem[] => {
        existingPlaced(state, id);
        return childrenOf(state, id).map((child) => livePlaced(host, child));
      }),
  };
}

// Each object starts from its record's fields and gains the SDK's methods; `as` below is the
// one honest cast: the SDK classes also declare an internal, protected context field that no
// object outside the SDK can have, and everything public is checked by `Public<...>` above it.
/** A sticky note as the SDK hands it out: fields plus `sync`, metadata and layer calls. */
export function liveSticky(host: ItemHost, record: StickyRecord): StickyNote {
  const item = {} as Public<StickyNote>;
  refresh(item, record);
  Object.assign(
    item,
    baseMethods(host, record.id, () => item),
  );
  return item as StickyNote;
}

/** A frame as the SDK hands it out, with `add`, `remove` and `getChildren`. */
export function liveFrame(host: ItemHost, record: FrameRecord): Frame {
  const data = plainItem(host.state, record) as FrameRecord;
  const item: Public<Frame> = {
    ...data,
    ...baseMethods(host, record.id, () => item),
    ...frameMethods(host, record.id),
  };
  refresh(item, data);
  return item as Frame;
}

/** A shape as the SDK hands it out (its size is read-only after creation). */
export function liveShape(host: ItemHost, record: ShapeRecord): Shape {
  const item = {} as Public<Shape>;
  refresh(item, record);
  Object.assign(
    item,
    baseMethods(host, record.id, () => item),
  );
  return item as Shape;
}

/** A text item as the SDK hands it out. */
export function liveText(host: ItemHost, record: TextRecord): Text {
  const item = {} as Public<Text>;
  refresh(item, record);
  Object.assign(
    item,
    baseMethods(host, record.id, () => item),
  );
  return item as Text;
}

/** A tag as the SDK hands it out: title and colour, with `sync`. */
export function liveTag(host: ItemHost, record: TagRecord): Tag {
  const { state, actor } = host;
  const item: Public<Tag> = {
    ...cloneJson(record),
    sync: () =>
      host.call('sync', CREDIT_COSTS.item, () => {
        const next = synced(state, existing(state, record.id), item as Readonly<Record<string, unknown>>);
        commit(state, next, actor, 'sdk');
        refresh(item, existing(state, record.id));
      }),
  };
  refresh(item, record);
  return item as Tag;
}

/** An SDK-shaped object for a placed item. */
export function livePlaced(host: ItemHost, record: PlacedRecord): StickyNote | Frame | Shape | Text {
  switch (record.type) {
    case 'sticky_note':
      return liveSticky(host, record);
    case 'frame':
      return liveFrame(host, record);
    case 'shape':
      return liveShape(host, record);
    case 'text':
      return liveText(host, record);
    default:
      return unreachable(record);
  }
}

/** An SDK-shaped object for anything the board stores. */
export function liveItem(host: ItemHost, record: ItemRecord): Item {
  return record.type === 'tag' ? liveTag(host, record) : livePlaced(host, record);
}
