// A simulated board as a file: an array of plain items in the form `miro.board.get()` returns
// them (form 1 of docs/scoring.md), tags as items of type 'tag', and per item an optional
// `metadata` object holding this app's metadata. The same files are test fixtures,
// playground boards and input to the command-line scorer.
import type { Json } from '@mirohq/websdk-types';
import { announce, type BoardState, placed, reserveId } from './board-state.ts';
import { plainItem } from './live-items.ts';
import {
  type Actor,
  newFrameRecord,
  newShapeRecord,
  newStickyRecord,
  newTagRecord,
  newTextRecord,
} from './new-records.ts';
import {
  checkFrameSize,
  cloneJson,
  type ItemRecord,
  jsonBytes,
  LIMITS,
  type Metadata,
  type PlacedRecord,
} from './records.ts';

/** One item of a board file: a plain item plus, optionally, this app's metadata. */
export type BoardFileItem = ItemRecord & { readonly metadata?: Metadata };

type Raw = Record<string, unknown>;

/** The item types the simulator models; a file item of any other type is refused. */
export const BOARD_FILE_TYPES = ['sticky_note', 'frame', 'shape', 'text', 'tag'] as const;

function describe(index: number, raw: Raw): string {
  return `Item ${index}${typeof raw.id === 'string' ? ` (${raw.id})` : ''}`;
}

/** Replaces the board's items with those of a file; on any invalid item the board stays as it was. */
export function loadBoard(state: BoardState, json: unknown, actor: Actor): void {
  if (!Array.isArray(json))
    throw new Error('A board file is an array of items, as miro.board.get() returns them.');
  const before = { records: state.records, metadata: new Map(state.metadata), nextId: state.nextId };
  state.records = new Map();
  state.metadata.clear();
  try {
    const raws = json.map(fileItem);
    for (const raw of raws) if (typeof raw.id === 'string') reserveId(state, raw.id);
    const loaded: ItemRecord[] = new Array(raws.length);
    // Tags first, so the notes' tagIds can be checked against them.
    const tagsFirst = [...raws.keys()].sort(
      (a, b) => Number(raws[b]?.type === 'tag') - Number(raws[a]?.type === 'tag'),
    );
    for (const index of tagsFirst) {
      const raw = raws[index] ?? {};
      const label = describe(index, raw);
      const record = loadItem(state, raw, actor, label);
      if (state.records.has(record.id)) throw new Error(`${label}: the id ${record.id} is used twice.`);
      state.records.set(record.id, record);
      loaded[index] = record;
      if (raw.metadata !== undefined) state.metadata.set(record.id, loadMetadata(raw.metadata, label));
    }
    // Keep the file's order: it is the layer order, back to front.
    state.records = new Map(loaded.map((record) => [record.id, record]));
    for (const record of state.records.values()) checkParent(state, record);
  } catch (error) {
    state.records = before.records;
    state.metadata.clear();
    for (const [id, metadata] of before.metadata) state.metadata.set(id, metadata);
    state.nextId = before.nextId;
    throw error;
  }
  announce(state, {
    kind: 'load',
    removed: [...before.records.values()],
    added: [...state.records.values()],
  });
}

function fileItem(raw: unknown, index: number): Raw {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error(`Item ${index} is not an object.`);
  const item = raw as Raw;
  if (!BOARD_FILE_TYPES.some((known) => known === item.type)) {
    throw new Error(
      `${describe(index, item)} has type "${String(item.type)}", which the simulator does not model.`,
    );
  }
  if (item.id !== undefined && typeof item.id !== 'string') {
    throw new Error(`${describe(index, item)} has an id that is not a string.`);
  }
  return item;
}

function loadItem(state: BoardState, raw: Raw, actor: Actor, label: string): ItemRecord {
  const { metadata: _metadata, parentId, width, height, childrenIds: _children, ...rest } = raw;
  try {
    if (raw.type !== 'tag' && (typeof raw.x !== 'number' || typeof raw.y !== 'number')) {
      throw new Error(
        'x and y must be numbers: the simulator loads items as the Web SDK gives them, not in the REST form (position, geometry).',
      );
    }
    const given = cloneJson(rest, 'item') as Raw;
    // Fixtures may name tags that are not on the board (scoring ignores them); a real board
    // never holds such ids, so they are dropped rather than kept dangling.
    if (Array.isArray(given.tagIds)) {
      given.tagIds = given.tagIds.filter((id) => state.records.get(String(id))?.type === 'tag');
    }
    // The record Miro would make from these fields (validated, defaults filled, styles
    // merged), then every other field of the file as it is, so nothing is lost on save.
    const fresh = freshRecord(state, raw.type, given, actor);
    if (fresh.type === 'tag') return { ...fresh, ...(given as object), color: fresh.color } as ItemRecord;
    const record = { ...fresh, ...(given as object), style: fresh.style } as ItemRecord;
    const sized = {
      ...record,
      ...(width === undefined ? {} : { width }),
      ...(height === undefined ? {} : { height }),
      parentId: parentId ?? null,
      relativeTo: raw.relativeTo ?? (parentId ? 'parent_top_left' : 'canvas_center'),
    } as PlacedRecord;
    if (
      typeof sized.width !== 'number' ||
      typeof sized.height !== 'number' ||
      !(sized.width > 0 && sized.height > 0)
    ) {
      throw new Error('width and height must be positive numbers.');
    }
    if (sized.type === 'frame') {
      checkFrameSize(sized.width, sized.height);
      return { ...sized, childrenIds: [] };
    }
    return sized;
  } catch (error) {
    throw new Error(`${label}: ${(error as Error).message}`);
  }
}

function freshRecord(state: BoardState, type: unknown, given: Raw, actor: Actor): ItemRecord {
  switch (type) {
    case 'tag':
      return newTagRecord(state, given);
    case 'sticky_note':
      return newStickyRecord(state, given, actor);
    case 'frame':
      return newFrameRecord(state, given, actor);
    case 'shape':
      return newShapeRecord(state, given, actor);
    default:
      return newTextRecord(state, given, actor);
  }
}

function loadMetadata(raw: unknown, label: string): Metadata {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error(`${label}: metadata must be an object.`);
  const metadata = cloneJson(raw as Record<string, Json>, 'metadata');
  const bytes = jsonBytes(metadata);
  if (bytes > LIMITS.metadataBytes) {
    throw new Error(`${label}: metadata takes ${bytes} bytes, over the limit of ${LIMITS.metadataBytes}.`);
  }
  return metadata;
}

function checkParent(state: BoardState, record: ItemRecord): void {
  if (record.type === 'tag' || record.parentId === null) return;
  const parent = placed(state, record.parentId);
  if (parent?.type !== 'frame')
    throw new Error(`Item ${record.id}: its parent ${record.parentId} is not a frame on this board.`);
  for (let ancestor: PlacedRecord | undefined = parent; ancestor; ) {
    if (ancestor.id === record.id) throw new Error(`Item ${record.id} is its own ancestor.`);
    ancestor = ancestor.parentId === null ? undefined : placed(state, ancestor.parentId);
  }
}

/** The board as a file, in layer order; `loadBoard(state, saveBoard(state))` changes nothing. */
export function saveBoard(state: BoardState): BoardFileItem[] {
  return [...state.records.values()].map((record) => {
    const metadata = state.metadata.get(record.id);
    const plain = plainItem(state, record);
    return metadata && Object.keys(metadata).length > 0 ? { ...plain, metadata: cloneJson(metadata) } : plain;
  });
}
