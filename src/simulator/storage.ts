// `miro.board.storage`: the board's collections of values, with versions and `onValue` handlers,
// shared by every session on the board.
import type { Json } from '@mirohq/websdk-types';
import type { Storage } from '@mirohq/websdk-types/stable/features/storage';
import type { BoardState } from './board-state.ts';
import { type CallGate, CREDIT_COSTS } from './call-gate.ts';
import type { Public } from './live-items.ts';
import { cloneJson } from './records.ts';

/** A handler of a stored value's changes. */
export type ValueHandler = (value: Json | undefined, version: string) => void;

/** The storage API of one session; `valueHandlers` are this session's `onValue` handlers by `storageKey`. */
export function createStorage(
  state: BoardState,
  gate: CallGate,
  valueHandlers: Map<string, Set<ValueHandler>>,
): Public<Storage> {
  // A collection's values are whatever JSON was stored; the SDK lets the caller name the
  // type it expects (`get<T>`, `onValue<T>`), as it would for values from the network.
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
  return { collection };
}

/** The key of one value of one collection among a session's handlers. */
export function storageKey(collection: string, key: string): string {
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
