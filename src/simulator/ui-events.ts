// Events and the panel: what the app hears (`items:create`, `selection:update`, …, through
// `ui.on`), the selection, and `miro.board.ui` (panels and modals).
import type { Item } from '@mirohq/websdk-types';
import type { BoardUI } from '@mirohq/websdk-types/stable/features/ui';
import { unreachable } from '../core/unreachable.ts';
import type { BoardChange } from './board-state.ts';
import { type CallGate, CREDIT_COSTS } from './call-gate.ts';
import type { PanelRecord } from './control.ts';
import { type ItemHost, liveItem, type Public } from './live-items.ts';
import { cloneJson, type ItemRecord } from './records.ts';
import { storageKey, type ValueHandler } from './storage.ts';

type Listener = (...args: never[]) => void;

/** One session's events: its handlers, its selection and whoever watches it (the playground). */
export interface SessionEvents {
  readonly handlers: Map<string, Set<Listener>>;
  readonly valueHandlers: Map<string, Set<ValueHandler>>;
  readonly selection: Set<string>;
  readonly subscribers: Set<() => void>;
  emit(event: string, ...args: unknown[]): void;
  emitSelection(): void;
  selectedItems(): Item[];
  /** Tells the subscribers that something they show changed. */
  changed(): void;
}

/** The events of one session, turning every change of the board into the SDK's events. */
export function createEvents(host: ItemHost): SessionEvents {
  const { state } = host;
  const handlers = new Map<string, Set<Listener>>();
  const valueHandlers = new Map<string, Set<ValueHandler>>();
  const selection = new Set<string>();
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
  function selectedItems(): Item[] {
    return [...selection].flatMap((id) => {
      const record = state.records.get(id);
      return record ? [liveItem(host, record)] : [];
    });
  }
  function emitSelection(): void {
    emit('selection:update', { items: selectedItems() });
  }
  function changed(): void {
    for (const subscriber of [...subscribers]) subscriber();
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
    changed();
  }
  state.listeners.add(onChange);

  return { handlers, valueHandlers, selection, subscribers, emit, emitSelection, selectedItems, changed };
}

/** `miro.board.ui` of one session: panels opened go to `panels`. */
export function createUi(gate: CallGate, events: SessionEvents, panels: PanelRecord[]): Public<BoardUI> {
  function panelData<Data = unknown>(): Promise<Data | undefined>;
  function panelData(): Promise<unknown> {
    return gate.run('ui.getPanelData', CREDIT_COSTS.free, () => cloneJson(panels.at(-1)?.data));
  }
  return {
    openPanel: (panel) =>
      gate.run('ui.openPanel', CREDIT_COSTS.free, () => {
        panels.push(cloneJson(panel));
        events.changed();
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
      const set = events.handlers.get(event) ?? new Set();
      set.add(handler);
      events.handlers.set(event, set);
    },
    off: async (event, handler) => {
      events.handlers.get(event)?.delete(handler);
    },
  };
}
