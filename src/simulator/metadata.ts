// What this app stores on the board: an item's metadata and the board's app data, each within
// Miro's limits.

import type { AppData, AppDataValue, Json } from '@mirohq/websdk-types';
import type { BoardApi } from '../miro/board-api.ts';
import { announce, type BoardState } from './board-state.ts';
import { type CallGate, CREDIT_COSTS } from './call-gate.ts';
import { existing } from './new-records.ts';
import { cloneJson, jsonBytes, LIMITS, type Metadata } from './records.ts';

/** `item.setMetadata(key, value)`: at most 256 bytes of this app's metadata per item. */
export function setMetadata(state: BoardState, id: string, key: string, value: Json): Metadata {
  existing(state, id);
  const next: Record<string, Json> = { ...(state.metadata.get(id) ?? {}) };
  if (value === null) delete next[key];
  else next[key] = cloneJson(value, 'metadata value');
  const bytes = jsonBytes(next);
  if (bytes > LIMITS.metadataBytes) {
    throw new Error(
      `Metadata of item ${id} would take ${bytes} bytes: the limit is ${LIMITS.metadataBytes} bytes per item.`,
    );
  }
  state.metadata.set(id, next);
  return next;
}

/** `board.setAppData(key, value)`: at most 512 bytes per board per app. */
export function setAppData(state: BoardState, key: string, value: Json): Metadata {
  const next: Record<string, Json> = { ...state.appData };
  if (value === null) delete next[key];
  else next[key] = cloneJson(value, 'app data value');
  const bytes = jsonBytes(next);
  if (bytes > LIMITS.appDataBytes) {
    throw new Error(
      `App data would take ${bytes} bytes: the limit is ${LIMITS.appDataBytes} bytes per board.`,
    );
  }
  state.appData = next;
  announce(state, { kind: 'app-data' });
  return next;
}

/** `board.getAppData` and `board.setAppData` of one session, through its gate. */
export function createAppDataCalls(
  state: BoardState,
  gate: CallGate,
): Pick<BoardApi, 'getAppData' | 'setAppData'> {
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
  return { getAppData, setAppData: setBoardAppData };
}
