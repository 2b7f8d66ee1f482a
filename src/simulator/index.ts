// An in-memory Miro board for tests and the local playground, typed against the Web SDK's own
// types so an SDK change breaks the build. `createSimulatedMiro()` gives one user's session:
// `board` is what the app receives instead of `miro.board`; `control` drives the board from
// outside (loading files, another user's edits, knobs and counters) without latency, credits
// or failures.

import type {
  AppCard,
  AppData,
  AppDataValue,
  BoardInfo,
  Card,
  Connector,
  Embed,
  Frame,
  Group,
  Image,
  Item,
  Json,
  OneOrMany,
  Preview,
  Rect,
  Shape,
  StickyNote,
  Tag,
  Text,
} from '@mirohq/websdk-types';
import type { QueryFilter, QueryReturn } from '@mirohq/websdk-types/core/builder/types';
import type { Notifications } from '@mirohq/websdk-types/stable/features/notifications';
import type { Storage } from '@mirohq/websdk-types/stable/features/storage';
import type { BoardUI } from '@mirohq/websdk-types/stable/features/ui';
import type { Viewport } from '@mirohq/websdk-types/stable/features/viewport';
import { unreachable } from '../core/unreachable.ts';
import type { BoardApi } from '../miro/board-api.ts';
import { removeItems, reorder } from './board-edits.ts';
import { type BoardChange, type BoardState, boardRect, createBoardState } from './board-state.ts';
import { CREDIT_COSTS, createCallGate, type SimulatorOptions } from './call-gate.ts';
import {
  createControl,
  type NotificationRecord,
  type PanelRecord,
  type SimulatorControl,
} from './control.ts';
import {
  type ItemHost,
  liveFrame,
  liveItem,
  liveShape,
  liveSticky,
  liveTag,
  liveText,
  type Public,
} from './live-items.ts';
import { setAppData } from './metadata.ts';
import {
  type Actor,
  existing,
  existingPlaced,
  insert,
  newFrameRecord,
  newShapeRecord,
  newStickyRecord,
  newTagRecord,
  newTextRecord,
} from './new-records.ts';
import { type BoardRect, cloneJson, type ItemRecord, LIMITS, overlaps, rectAround } from './records.ts';

export type { BoardState } from './board-state.ts';
export { createBoardState } from './board-state.ts';
export type { SimulatorOptions, SimulatorStats } from './call-gate.ts';
export { CREDIT_COSTS, seededRandom } from './call-gate.ts';
export type { NotificationRecord, PanelRecord, RenderedItem, SimulatorControl, UserEdit } from './control.ts';
export type { ItemRecord } from './records.ts';
export { LIMITS, STICKY_COLOURS, TAG_COLOURS } from './records.ts';

/** Options of one session, e.g. `{ store: other.control.store }` for a second user on the same board. */
export interface SessionOptions extends SimulatorOptions {
  /** The board to join; a new empty board when absent. */
  readonly store?: BoardState;
  /** This session's user id, written to `createdBy` / `modifiedBy`. */
  readonly userId?: string;
}

/** One user's view of a simulated board: `board` for the app, `control` for tests and the playground. */
export interface SimulatedMiro {
  readonly board: BoardApi;
  readonly control: SimulatorControl;
}

type Listener = (...args: never[]) => void;
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

const APP_USER_ID = '3458764517517819000';
const SCREEN = { width: 1280, height: 720 } as const;

/** A simulated board session, e.g. `const { board, control } = createSimulatedMiro({ seed: 7, failureRate: 0.1 })`. */
export function createSimulatedMiro(options: SessionOptions = {}): SimulatedMiro {
  const state = options.store ?? createBoardState();
  const gate = createCallGate(options);
  const actor: Actor = { userId: options.userId ?? APP_USER_ID, now: () => gate.options().now() };
  const host: ItemHost = { state, actor, call: gate.run };
  const handlers = new Map<string, Set<Listener>>();
  const valueHandlers = new Map<string, Set<(value: Json | undefined, version: string) => void>>();
  const selection = new Set<string>();
  const notifications: NotificationRecord[] = [];
  const panels: PanelRecord[] = [];
  const subscribers = new Set<() => void>();

  function emit(event: string, ...args: unknown[]): void {
    for (const handler of [...(handlers.get(event) ?? [])]) {
      (handler as (...values: unknown[]) => void)(...args);
    }
  }

  function emitItems(event: string, records: readonly ItemRecord[]): void {
    // Miro's item events carry board items; tags are not board items.
    const items = records.filter((record) => record.type !== 'tag').map((record) => liveItem(host, record));
    if (items.length > 0) emit(event, { items });
  }

  function onChange(change: BoardChange): void {
    switch (change.kind) {
      case 'create':
        emitItems('items:create', change.records);
        break;
      case 'update':
        emitItems('experimental:items:update', change.records);
        break;
      case 'delete': {
        emitItems('items:delete', change.records);
        const wasSelected = change.records.some((record) => selection.delete(record.id));
        if (wasSelected) emitSelection();
        break;
      }
      case 'storage':
        for (const handler of [...(valueHandlers.get(storageKey(change.collection, change.key)) ?? [])]) {
          handler(cloneJson(change.value), change.version);
        }
        break;
      case 'load':
        // To the app, a board replaced by a file is every item deleted and new ones created.
        selection.clear();
        emitItems('items:delete', change.removed);
        emitItems('items:create', change.added);
        break;
      case 'order':
      case 'app-data':
        break;
      default:
        unreachable(change);
    }
    for (const subscriber of [...subscribers]) subscriber();
  }
  state.listeners.add(onChange);

  function selectedItems(): Item[] {
    return [...selection].flatMap((id) => {
      const record = state.records.get(id);
      return record ? [liveItem(host, record)] : [];
    });
  }

  function emitSelection(): void {
    emit('selection:update', { items: selectedItems() });
  }

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
    return gate.run('get', cost, () => matching(filter).map((record) => liveItem(host, record)));
  }
  function select<F extends Filter>(filter?: F): Promise<QueryReturn<ClientItem, F>>;
  function select(filter?: Filter): Promise<Item[]> {
    return gate.run('select', CREDIT_COSTS.item, () => {
      const chosen = matching(filter).filter((record) => record.type !== 'tag');
      for (const record of chosen) selection.add(record.id);
      emitSelection();
      return chosen.map((record) => liveItem(host, record));
    });
  }
  function deselect<F extends Filter>(filter?: F): Promise<QueryReturn<ClientItem, F>>;
  function deselect(filter?: Filter): Promise<Item[]> {
    return gate.run('deselect', CREDIT_COSTS.item, () => {
      const chosen = matching(filter).filter((record) => selection.has(record.id));
      for (const record of chosen) selection.delete(record.id);
      emitSelection();
      return chosen.map((record) => liveItem(host, record));
    });
  }
  function getAppData<K extends string | undefined = undefined>(
    key?: K,
  ): Promise<K extends string ? AppDataValue : AppData>;
  function getAppData(key?: string): Promise<AppDataValue | AppData> {
    return gate.run('getAppData', CREDIT_COSTS.item, () => {
      const data = cloneJson(state.appData) as AppData;
      return key === undefined ? data : (data[key] ?? null);
    });
  }
  function setBoardAppData<D extends AppData>(key: string, value: AppDataValue): Promise<D>;
  function setBoardAppData(key: string, value: AppDataValue): Promise<AppData> {
    return gate.run(
      'setAppData',
      CREDIT_COSTS.item,
      () => cloneJson(setAppData(state, key, value)) as AppData,
    );
  }

  const ids = (items: OneOrMany<{ id: string }>): string[] =>
    (Array.isArray(items) ? items : [items]).map((item) => item.id);

  // What the user sees: the board rectangle on their screen. Miro shows a requested rectangle
  // whole, at the screen's aspect ratio; the playground draws exactly this rectangle.
  const view = {
    screen: { ...SCREEN } as { width: number; height: number },
    rect: { x: -SCREEN.width / 2, y: -SCREEN.height / 2, ...SCREEN } as Rect,
  };
  function showRect(wanted: Rect): void {
    const scale = Math.max(wanted.width / view.screen.width, wanted.height / view.screen.height);
    const width = view.screen.width * scale;
    const height = view.screen.height * scale;
    view.rect = {
      x: wanted.x + wanted.width / 2 - width / 2,
      y: wanted.y + wanted.height / 2 - height / 2,
      width,
      height,
    };
    for (const subscriber of [...viewSubscribers]) subscriber();
  }
  const viewSubscribers = new Set<() => void>();

  const viewportApi: Public<Viewport> = {
    get: () => gate.run('viewport.get', CREDIT_COSTS.free, () => ({ ...view.rect })),
    set: (setOptions) =>
      gate.run('viewport.set', CREDIT_COSTS.free, () => {
        const { x, y, width, height } = setOptions.viewport;
        if (!(width > 0 && height > 0)) throw new Error('A viewport needs a positive width and height.');
        const padding = setOptions.padding ?? { top: 0, left: 0, bottom: 0, right: 0 };
        showRect({
          x: x - padding.left,
          y: y - padding.top,
          width: width + padding.left + padding.right,
          height: height + padding.top + padding.bottom,
        });
        return { ...view.rect };
      }),
    zoomTo: (items) =>
      gate.run('viewport.zoomTo', CREDIT_COSTS.free, () => {
        const rects = ids(items).map((id) => boardRect(state, existingPlaced(state, id)));
        if (rects.length === 0) return;
        const left = Math.min(...rects.map((rect) => rect.left));
        const top = Math.min(...rects.map((rect) => rect.top));
        const right = Math.max(...rects.map((rect) => rect.right));
        const bottom = Math.max(...rects.map((rect) => rect.bottom));
        // A margin around the items, as Miro's zoomTo leaves one.
        const width = (right - left) * 1.1;
        const height = (bottom - top) * 1.1;
        showRect({ x: (left + right) / 2 - width / 2, y: (top + bottom) / 2 - height / 2, width, height });
      }),
    getZoom: () => gate.run('viewport.getZoom', CREDIT_COSTS.free, () => view.screen.width / view.rect.width),
    setZoom: (zoom) =>
      gate.run('viewport.setZoom', CREDIT_COSTS.free, () => {
        if (!(zoom > 0)) throw new Error('Zoom must be positive.');
        const centreX = view.rect.x + view.rect.width / 2;
        const centreY = view.rect.y + view.rect.height / 2;
        const width = view.screen.width / zoom;
        const height = view.screen.height / zoom;
        showRect({ x: centreX - width / 2, y: centreY - height / 2, width, height });
      }),
  };

  function panelData<Data = unknown>(): Promise<Data | undefined>;
  function panelData(): Promise<unknown> {
    return gate.run('ui.getPanelData', CREDIT_COSTS.free, () => cloneJson(panels.at(-1)?.data));
  }

  const ui: Public<BoardUI> = {
    openPanel: (panel) =>
      gate.run('ui.openPanel', CREDIT_COSTS.free, () => {
        panels.push(cloneJson(panel));
        for (const subscriber of [...subscribers]) subscriber();
        return { waitForClose: () => Promise.resolve(undefined) };
      }),
    getPanelData: panelData,
    canOpenPanel: () => gate.run('ui.canOpenPanel', CREDIT_COSTS.free, () => true),
    closePanel: () => gate.run('ui.closePanel', CREDIT_COSTS.free, () => undefined),
    openModal: () =>
      gate.run('ui.openModal', CREDIT_COSTS.free, () => ({ waitForClose: () => Promise.resolve(undefined) })),
    getModalData: () => gate.run('ui.getModalData', CREDIT_COSTS.free, () => undefined),
    closeModal: () => gate.run('ui.closeModal', CREDIT_COSTS.free, () => undefined),
    canOpenModal: () => gate.run('ui.canOpenModal', CREDIT_COSTS.free, () => true),
    // Registering a handler is local to the panel: no latency, credits or failures.
    on: async (event, handler) => {
      const set = handlers.get(event) ?? new Set();
      set.add(handler);
      handlers.set(event, set);
    },
    off: async (event, handler) => {
      handlers.get(event)?.delete(handler);
    },
  };

  const notificationsApi: Public<Notifications> = {
    showInfo: (message) => notify('info', message),
    showError: (message) => notify('error', message),
    show: ({ type, message }) => notify(type === 'error' ? 'error' : 'info', message),
  };
  function notify(type: 'info' | 'error', message: string): Promise<void> {
    return gate.run(`notifications.${type}`, CREDIT_COSTS.free, () => {
      if (typeof message !== 'string' || message.trim() === '')
        throw new Error('A notification needs a message.');
      // Miro refuses a longer message (Web SDK reference, "Notifications").
      if ([...message].length > LIMITS.notificationLength)
        throw new Error(
          `A notification message has at most ${LIMITS.notificationLength} characters, got ${[...message].length}.`,
        );
      notifications.push({ type, message });
      for (const subscriber of [...subscribers]) subscriber();
    });
  }

  // A collection's values are whatever JSON was stored; the SDK lets the caller name the
  // type it expects (`get<T>`, `onValue<T>`), as it would for values from the network.
  type ValueHandler = (value: Json | undefined, version: string) => void;
  function collection(name: string): ReturnType<Storage['collection']> {
    function getValue<T extends Json>(key: string): Promise<T | undefined>;
    function getValue(key: string): Promise<Json | undefined> {
      return gate.run('storage.get', CREDIT_COSTS.item, () =>
        cloneJson(state.storage.get(name)?.get(key)?.value),
      );
    }
    return {
      set: (key, value) =>
        gate.run('storage.set', CREDIT_COSTS.item, () =>
          writeStorage(state, name, key, cloneJson(value, 'storage value')),
        ),
      get: getValue,
      remove: (key) =>
        gate.run('storage.remove', CREDIT_COSTS.item, () => writeStorage(state, name, key, undefined)),
      // Registering a handler is local to the panel, like ui.on.
      onValue: async (key, handler) => {
        const id = storageKey(name, key);
        const set = valueHandlers.get(id) ?? new Set();
        set.add(handler as ValueHandler);
        valueHandlers.set(id, set);
      },
      offValue: async (key, handler) => {
        valueHandlers.get(storageKey(name, key))?.delete(handler as ValueHandler);
      },
    };
  }
  const storage: Public<Storage> = { collection };

  const board: BoardApi = {
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
    getSelection: () => gate.run('getSelection', CREDIT_COSTS.item, selectedItems),
    select,
    deselect,
    setAppData: setBoardAppData,
    getAppData,
    getInfo: () => gate.run('getInfo', CREDIT_COSTS.item, (): BoardInfo => ({ ...state.info })),
    sendToBack: (items) =>
      gate.run('sendToBack', CREDIT_COSTS.item, () => reorder(state, ids(items), 'back')),
    bringToFront: (items) =>
      gate.run('bringToFront', CREDIT_COSTS.item, () => reorder(state, ids(items), 'front')),
    findEmptySpace: (dimensions) =>
      gate.run('findEmptySpace', CREDIT_COSTS.item, () => findEmptySpace(state, dimensions)),
    // The SDK's feature classes also declare a protected internal commander that only Miro's
    // own objects have; `Public<...>` above checks everything else, so these casts only
    // add that hidden field's name.
    viewport: viewportApi as Viewport,
    ui: ui as BoardUI,
    notifications: notificationsApi as Notifications,
    storage: storage as Storage,
  };

  const control = createControl({
    state,
    gate,
    selection,
    notifications,
    panels,
    subscribers,
    emit,
    emitSelection,
    view: {
      get: () => ({ ...view.rect }),
      show: showRect,
      subscribe(listener) {
        viewSubscribers.add(listener);
        return () => viewSubscribers.delete(listener);
      },
      setScreen(size) {
        if (!(size.width > 0 && size.height > 0)) return;
        // The same zoom and centre on a screen of another size.
        const zoom = view.screen.width / view.rect.width;
        const centreX = view.rect.x + view.rect.width / 2;
        const centreY = view.rect.y + view.rect.height / 2;
        view.screen = { width: size.width, height: size.height };
        const width = size.width / zoom;
        const height = size.height / zoom;
        showRect({ x: centreX - width / 2, y: centreY - height / 2, width, height });
      },
    },
  });
  return { board, control };
}

function storageKey(collection: string, key: string): string {
  return JSON.stringify([collection, key]);
}

function writeStorage(state: BoardState, collection: string, key: string, value: Json | undefined): void {
  const values = state.storage.get(collection) ?? new Map();
  state.storageVersion += 1;
  const version = String(state.storageVersion);
  if (value === undefined) values.delete(key);
  else values.set(key, { value, version });
  state.storage.set(collection, values);
  for (const listener of [...state.listeners]) listener({ kind: 'storage', collection, key, value, version });
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
