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
const PLACED_READ_ONLY = ['type', 'id', 'parentId', 'createdAt', 'createdBy', 'modifiedAt', 'modifiedBy'];
const READ_ONLY_FIELDS: Readonly<Record<ItemRecord['type'], ReadonlySet<string>>> = {
  sticky_note: new Set(PLACED_READ_ONLY),
  frame: new Set(PLACED_READ_ONLY),
  shape: new Set([...PLACED_READ_ONLY, 'width', 'height']),
  text: new Set([...PLACED_READ_ONLY, 'height']),
  tag: new Set(['type', 'id']),
};

/** The plain JSON form of a stored item, as `board.get()` items serialise (frames list their children). */
export function plainItem(state: BoardState, record: ItemRecord): ItemRecord {
  if (record.type !== 'frame') return cloneJson(record);
  return { ...cloneJson(record), childrenIds: childrenOf(state, record.id).map((child) => child.id) };
}

/** Copies a record's fields onto an item object, keeping the read-only ones read-only. */
function refresh(target: object, data: ItemRecord): void {
  const locked = READ_ONLY_FIELDS[data.type];
  const fields = data as unknown as Readonly<Record<string, unknown>>;
  const writable = target as Record<string, unknown>;
  // A record is a plain object: `for…in` walks its own fields. A writable field is a plain
  // assignment (as `defineProperty` with every flag set, and much cheaper on 50,000 notes).
  for (const key in fields) {
    const value = fields[key];
    if (locked.has(key)) {
      Object.defineProperty(target, key, { value, enumerable: true, writable: false, configurable: true });
    } else writable[key] = value;
  }
}

// The SDK's item classes keep their methods on the prototype and their fields on the object, so
// a `get` of 50,000 notes makes 50,000 objects of fields, not 50,000 sets of methods. Each
// session has its prototypes: a method finds the board through them and the item by its `id`.
const prototypes = new WeakMap<ItemHost, { readonly item: object; readonly frame: object }>();

function prototypesOf(host: ItemHost): { readonly item: object; readonly frame: object } {
  let known = prototypes.get(host);
  if (!known) {
    const item = itemMethods(host);
    known = { item, frame: Object.assign(Object.create(item) as object, frameMethods(host)) };
    prototypes.set(host, known);
  }
  return known;
}

/** What the methods know of the object they are called on: its id, read-only. */
type Self = { readonly id: string };

/** The methods of an SDK class, e.g. `MethodsOf<Frame>` has `add`, `sync`, `getMetadata`, … */
type MethodsOf<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? K : never]: T[K] };

function itemMethods(host: ItemHost) {
  const { state, actor } = host;
  function getMetadata(this: Self): Promise<AppData>;
  function getMetadata<T extends AppDataValue>(this: Self, key: string): Promise<T>;
  function getMetadata(this: Self, key?: string): Promise<AppData | AppDataValue | undefined> {
    const { id } = this;
    return host.call('getMetadata', CREDIT_COSTS.item, () => {
      existing(state, id);
      const metadata = cloneJson(state.metadata.get(id) ?? {});
      return key === undefined ? metadata : metadata[key];
    });
  }
  function setItemMetadata<T extends AppData>(this: Self, key: string, value: AppDataValue): Promise<T>;
  function setItemMetadata(this: Self, key: string, value: AppDataValue): Promise<AppData> {
    const { id } = this;
    return host.call('setMetadata', CREDIT_COSTS.item, () => cloneJson(setMetadata(state, id, key, value)));
  }
  return {
    sync(this: Self) {
      const { id } = this;
      return host.call('sync', CREDIT_COSTS.item, () => {
        const stored = existing(state, id);
        const next = synced(state, stored, this as Readonly<Record<string, unknown>>);
        commit(state, next, actor, 'sdk');
        refresh(this, plainItem(state, existing(state, id)));
      });
    },
    getMetadata,
    setMetadata: setItemMetadata,
    goToLink(this: Self) {
      const { id } = this;
      return host.call('goToLink', CREDIT_COSTS.item, () => {
        existing(state, id);
        return false;
      });
    },
    bringToFront(this: Self) {
      const { id } = this;
      return host.call('bringToFront', CREDIT_COSTS.item, () => reorder(state, [id], 'front'));
    },
    sendToBack(this: Self) {
      const { id } = this;
      return host.call('sendToBack', CREDIT_COSTS.item, () => reorder(state, [id], 'back'));
    },
    bringInFrontOf(this: Self, target: { id: string }) {
      const { id } = this;
      return host.call('bringInFrontOf', CREDIT_COSTS.item, () => layerNextTo(state, id, target.id, 1));
    },
    sendBehindOf(this: Self, target: { id: string }) {
      const { id } = this;
      return host.call('sendBehindOf', CREDIT_COSTS.item, () => layerNextTo(state, id, target.id, 0));
    },
    getLayerIndex(this: Self) {
      const { id } = this;
      return host.call('getLayerIndex', CREDIT_COSTS.item, () => {
        existing(state, id);
        return [...state.records.keys()].indexOf(id);
      });
    },
    // The simulator has no connectors.
    getConnectors(this: Self) {
      const { id } = this;
      return host.call('getConnectors', CREDIT_COSTS.item, (): Connector[] => {
        existing(state, id);
        return [];
      });
    },
    getAiContext(this: Self) {
      const { id } = this;
      return host.call('getAiContext', CREDIT_COSTS.item, () => {
        const record = existing(state, id);
        return 'content' in record ? record.content : record.type === 'frame' ? record.title : '';
      });
    },
  } satisfies MethodsOf<Public<StickyNote>> & MethodsOf<Public<Shape>> & MethodsOf<Public<Text>>;
}

function layerNextTo(state: BoardState, id: string, targetId: string, offset: 0 | 1): void {
  existing(state, id);
  existing(state, targetId);
  const order = [...state.records.keys()].filter((key) => key !== id);
  order.splice(order.indexOf(targetId) + offset, 0, id);
  state.records = new Map(order.map((key) => [key, existing(state, key)]));
}

function frameMethods(host: ItemHost) {
  const { state, actor } = host;
  // Generic in the SDK's signature; the object handed back is a fresh snapshot of the same kind.
  async function add<T extends ContainableItem>(this: Self, item: T): Promise<T> {
    const { id } = this;
    const next = await host.call('frame.add', CREDIT_COSTS.item, () => addToFrame(state, id, item.id, actor));
    refresh(item, plainItem(state, next));
    return item;
  }
  async function remove<T extends ContainableItem>(this: Self, item: T): Promise<void> {
    const { id } = this;
    const next = await host.call('frame.remove', CREDIT_COSTS.item, () =>
      removeFromFrame(state, id, item.id, actor),
    );
    refresh(item, plainItem(state, next));
  }
  return {
    add,
    remove,
    getChildren(this: Self) {
      const { id } = this;
      return host.call('frame.getChildren', CREDIT_COSTS.item, (): ContainableItem[] => {
        existingPlaced(state, id);
        return childrenOf(state, id).map((child) => livePlaced(host, child));
      });
    },
  } satisfies Omit<MethodsOf<Public<Frame>>, keyof MethodsOf<Public<StickyNote>>>;
}

// Each object is its record's fields on the session's prototype; `as` below is the one honest
// cast: the SDK classes also declare an internal, protected context field that no object outside
// the SDK can have; the methods are checked against the SDK's types above (`satisfies`).
function liveObject(host: ItemHost, record: StickyRecord | FrameRecord | ShapeRecord | TextRecord): object {
  const known = prototypesOf(host);
  const item = Object.create(record.type === 'frame' ? known.frame : known.item) as object;
  refresh(item, record.type === 'frame' ? plainItem(host.state, record) : record);
  return item;
}

/** A sticky note as the SDK hands it out: fields plus `sync`, metadata and layer calls. */
export function liveSticky(host: ItemHost, record: StickyRecord): StickyNote {
  return liveObject(host, record) as StickyNote;
}

/** A frame as the SDK hands it out, with `add`, `remove` and `getChildren`. */
export function liveFrame(host: ItemHost, record: FrameRecord): Frame {
  return liveObject(host, record) as Frame;
}

/** A shape as the SDK hands it out (its size is read-only after creation). */
export function liveShape(host: ItemHost, record: ShapeRecord): Shape {
  return liveObject(host, record) as Shape;
}

/** A text item as the SDK hands it out. */
export function liveText(host: ItemHost, record: TextRecord): Text {
  return liveObject(host, record) as Text;
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
