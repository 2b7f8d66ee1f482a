// An in-memory Miro board for tests and the local playground, typed against the Web SDK's own
// types so an SDK change breaks the build. `createSimulatedMiro()` gives one user's session:
// `board` is what the app receives instead of `miro.board`; `control` drives the board from
// outside (loading files, another user's edits, knobs and counters) without latency, credits
// or failures. Each SDK feature is a file of its own: items.ts, frames.ts, metadata.ts,
// storage.ts, viewport.ts, ui-events.ts, notifications.ts.
import type { Notifications } from '@mirohq/websdk-types/stable/features/notifications';
import type { Storage } from '@mirohq/websdk-types/stable/features/storage';
import type { BoardUI } from '@mirohq/websdk-types/stable/features/ui';
import type { Viewport } from '@mirohq/websdk-types/stable/features/viewport';
import type { BoardApi } from '../miro/board-api.ts';
import { type BoardState, createBoardState } from './board-state.ts';
import { createCallGate, type SimulatorOptions } from './call-gate.ts';
import {
  createControl,
  type NotificationRecord,
  type PanelRecord,
  type SimulatorControl,
} from './control.ts';
import { createItemCalls } from './items.ts';
import type { ItemHost } from './live-items.ts';
import { createAppDataCalls } from './metadata.ts';
import type { Actor } from './new-records.ts';
import { createNotifications } from './notifications.ts';
import { createStorage } from './storage.ts';
import { createEvents, createUi } from './ui-events.ts';
import { createViewport } from './viewport.ts';

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

const APP_USER_ID = '3458764517517819000';

/** A simulated board session, e.g. `const { board, control } = createSimulatedMiro({ seed: 7, failureRate: 0.1 })`. */
export function createSimulatedMiro(options: SessionOptions = {}): SimulatedMiro {
  const state = options.store ?? createBoardState();
  const gate = createCallGate(options);
  const actor: Actor = { userId: options.userId ?? APP_USER_ID, now: () => gate.options().now() };
  const host: ItemHost = { state, actor, call: gate.run };
  const events = createEvents(host);
  const notifications: NotificationRecord[] = [];
  const panels: PanelRecord[] = [];
  const viewport = createViewport(state, gate);

  const board: BoardApi = {
    ...createItemCalls(host, gate, events),
    ...createAppDataCalls(state, gate),
    // The SDK's feature classes also declare a protected internal commander that only Miro's
    // own objects have; `Public<...>` checks everything else, so these casts only add that
    // hidden field's name.
    viewport: viewport.api as Viewport,
    ui: createUi(gate, events, panels) as BoardUI,
    notifications: createNotifications(gate, notifications, events.changed) as Notifications,
    storage: createStorage(state, gate, events.valueHandlers) as Storage,
  };

  const control = createControl({
    state,
    gate,
    selection: events.selection,
    notifications,
    panels,
    subscribers: events.subscribers,
    emit: events.emit,
    emitSelection: events.emitSelection,
    view: viewport.view,
  });
  return { board, control };
}
