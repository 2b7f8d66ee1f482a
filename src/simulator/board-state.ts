// One simulated board shared by everyone looking at it: its items, tags, metadata, app data
// and storage collections. Each SimulatedMiro built on the same state is one user's session
// (its own panel, selection and knobs); every change is announced to all of them, as Miro
// announces another user's edits.
import type { BoardInfo, Json, SupportedLanguages } from '@mirohq/websdk-types';
import { type BoardRect, type ItemRecord, type Metadata, type PlacedRecord, rectAround } from './records.ts';

/** What changed on the board, announced to every session. */
export type BoardChange =
  | { readonly kind: 'create'; readonly records: readonly ItemRecord[] }
  | { readonly kind: 'update'; readonly records: readonly ItemRecord[] }
  | { readonly kind: 'delete'; readonly records: readonly ItemRecord[] }
  | { readonly kind: 'order' }
  | { readonly kind: 'app-data' }
  | {
      readonly kind: 'storage';
      readonly collection: string;
      readonly key: string;
      readonly value: Json | undefined;
      readonly version: string;
    }
  /** The whole board replaced by a file: every item before is gone, every item after is new. */
  | { readonly kind: 'load'; readonly removed: readonly ItemRecord[]; readonly added: readonly ItemRecord[] };

/** The board every session of one simulated board shares; create it with `createBoardState`. */
export interface BoardState {
  /** Items and tags in layer order, back to front. */
  records: Map<string, ItemRecord>;
  readonly metadata: Map<string, Metadata>;
  appData: Readonly<Record<string, Json>>;
  readonly storage: Map<string, Map<string, { readonly value: Json; readonly version: string }>>;
  readonly info: BoardInfo;
  /** The next id to hand out, as a number so ids stay long digit strings like Miro's. */
  nextId: bigint;
  storageVersion: number;
  readonly listeners: Set<(change: BoardChange) => void>;
}

// Real item ids are 19-digit numbers such as 3458764564249021457.
const FIRST_ID = 3458764600000000001n;

/** A new empty board, e.g. `createBoardState({ locale: 'de' })` for a German board. */
export function createBoardState(
  options: {
    readonly boardId?: string;
    readonly locale?: SupportedLanguages;
    readonly createdAt?: string;
  } = {},
): BoardState {
  const createdAt = options.createdAt ?? '2024-01-01T00:00:00.000Z';
  return {
    records: new Map(),
    metadata: new Map(),
    appData: {},
    storage: new Map(),
    info: {
      id: options.boardId ?? 'uXjVSimulated=',
      locale: options.locale ?? 'en',
      createdAt,
      updatedAt: createdAt,
    },
    nextId: FIRST_ID,
    storageVersion: 0,
    listeners: new Set(),
  };
}

/** A fresh id, never used on this board. */
export function newId(state: BoardState): string {
  const id = state.nextId;
  // Miro's ids are not consecutive; a stride keeps tests from assuming they are.
  state.nextId += 17n;
  return id.toString();
}

/** Makes sure later ids never collide with `id` (used when loading a board). */
export function reserveId(state: BoardState, id: string): void {
  if (!/^\d+$/.test(id)) return;
  const taken = BigInt(id);
  if (taken >= state.nextId) state.nextId = taken + 17n;
}

/** Announces a change to every session; a listener that throws does not stop the others. */
export function announce(state: BoardState, change: BoardChange): void {
  for (const listener of [...state.listeners]) {
    try {
      listener(change);
    } catch (error) {
      // A broken panel handler must not undo a board change; surface it the way a browser would.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/** The placed item with this id, or undefined when it is not (or no longer) on the board. */
export function placed(state: BoardState, id: string): PlacedRecord | undefined {
  const record = state.records.get(id);
  return record && record.type !== 'tag' ? record : undefined;
}

/** The children of a frame, in layer order. */
export function childrenOf(state: BoardState, frameId: string): PlacedRecord[] {
  const children: PlacedRecord[] = [];
  for (const record of state.records.values()) {
    if (record.type !== 'tag' && record.parentId === frameId) children.push(record);
  }
  return children;
}

/** An item's centre in board coordinates, following its parents (frames nest). */
export function boardCentre(state: BoardState, record: PlacedRecord): { x: number; y: number } {
  if (record.parentId === null) return { x: record.x, y: record.y };
  const parent = placed(state, record.parentId);
  if (!parent) return { x: record.x, y: record.y };
  const origin = boardCentre(state, parent);
  if (record.relativeTo === 'parent_center') return { x: origin.x + record.x, y: origin.y + record.y };
  return { x: origin.x - parent.width / 2 + record.x, y: origin.y - parent.height / 2 + record.y };
}

/** An item's rectangle in board coordinates. */
export function boardRect(state: BoardState, record: PlacedRecord): BoardRect {
  const centre = boardCentre(state, record);
  return rectAround(centre.x, centre.y, record.width, record.height);
}
