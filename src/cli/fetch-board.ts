// One Miro board read through the REST API into a form-3 board file: `{ board, items, tags }`,
// items as REST sends them but with numbers as numbers, and each sticky note's `tagIds` filled in.
import { runBounded } from '../miro/calls.ts';
import type { RestClient } from './rest-client.ts';

type Json = Record<string, unknown>;

/** A board's tag as the file lists it; e.g. `{ id: '3074457…', title: 'Pain point', fillColor: 'red' }`. */
export interface BoardTag {
  readonly id: string;
  readonly title: string;
  readonly fillColor: string;
}

/** A board file the command line writes and reads back (form 3, plus the board it came from). */
export interface FetchedBoard {
  readonly board: { readonly id: string; readonly name: string };
  readonly items: readonly Json[];
  readonly tags: readonly BoardTag[];
}

/** How a board's tags were resolved; the cheaper way is chosen per board (see `resolveTags`). */
export type TagReading = 'none' | 'per-tag' | 'per-note';

// REST v2's largest page for the items and the tags endpoints.
const PAGE = '50';
// Tag reads in flight at once: each is one short chain of pages, independent of the others.
const TAG_READS_AT_ONCE = 4;

/** Reads a board: its name, every item (cursor paging) and its tags; `onItems` hears the running count of items read. */
export async function fetchBoard(
  client: RestClient,
  boardId: string,
  onItems: (itemsRead: number) => void = () => {},
): Promise<FetchedBoard & { readonly tagReading: TagReading }> {
  const board = `/v2/boards/${encodeURIComponent(boardId)}`;
  const info = await client.get(board, {}, 1);
  const name = typeof info.name === 'string' ? info.name : '';

  // The cursor chain is the long wait; the board's tags are read beside it.
  const [items, tagPages] = await Promise.all([
    allItems(client, board, onItems),
    offsetPages(client, `${board}/tags`, {}),
  ]);
  const tags = tagPages.map(tagOf).filter((tag) => tag.id !== '');
  const notes = items.filter((item) => item.type === 'sticky_note');
  const { reading, tagIds } = await resolveTags(client, board, tags, notes);
  return {
    board: { id: boardId, name },
    items: items.map((item) => {
      const withNumbers = numbersAsNumbers(item);
      const ids = tagIds.get(idOf(item.id));
      return ids ? { ...withNumbers, tagIds: ids } : withNumbers;
    }),
    tags,
    tagReading: reading,
  };
}

// Every item of the board, 50 a page, following the cursor until there is none.
async function allItems(
  client: RestClient,
  board: string,
  onItems: (itemsRead: number) => void,
): Promise<Json[]> {
  const items: Json[] = [];
  const cursors = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await client.get(`${board}/items`, { limit: PAGE, cursor }, 2);
    const data = Array.isArray(page.data) ? page.data.filter(isObject) : [];
    items.push(...data);
    onItems(items.length);
    cursor =
      typeof page.cursor === 'string' && page.cursor !== '' && data.length > 0 ? page.cursor : undefined;
    // A cursor seen before would page forever: the board is read as far as it went.
    if (cursor !== undefined && cursors.has(cursor)) cursor = undefined;
    if (cursor !== undefined) cursors.add(cursor);
  } while (cursor !== undefined);
  return items;
}

// REST items carry no tagIds. Two ways to learn them:
//  - per tag: `GET /items?tag_id=` for each of the board's tags: one call per tag (plus one per
//    further 50 items with that tag), whatever the number of notes;
//  - per note: `GET /items/{id}/tags` for each sticky note: one call per note.
// Both are level 1. A workshop board has a handful of tags (at most 100 per board) and hundreds
// of notes, so per tag is far cheaper (1,000 notes, 6 tags: 6 calls instead of 1,000); per note
// wins only on a board with fewer notes than tags, and is used there. No tags: no call at all.
async function resolveTags(
  client: RestClient,
  board: string,
  tags: readonly BoardTag[],
  notes: readonly Json[],
): Promise<{ reading: TagReading; tagIds: ReadonlyMap<string, readonly string[]> }> {
  const tagIds = new Map<string, string[]>();
  const add = (itemId: string, tagId: string): void => {
    const known = tagIds.get(itemId);
    if (!known) tagIds.set(itemId, [tagId]);
    else if (!known.includes(tagId)) known.push(tagId);
  };
  if (tags.length === 0 || notes.length === 0) return { reading: 'none', tagIds };
  if (notes.length < tags.length) {
    const ids = notes.map((note) => idOf(note.id));
    const answers = await runBounded(
      ids.map((id) => () => client.get(`${board}/items/${encodeURIComponent(id)}/tags`, {}, 1)),
      TAG_READS_AT_ONCE,
    );
    answers.forEach((answer, index) => {
      const noteTags = Array.isArray(answer.tags) ? answer.tags : [];
      for (const tag of noteTags)
        if (isObject(tag) && idOf(tag.id) !== '') add(ids[index] ?? '', idOf(tag.id));
    });
    return { reading: 'per-note', tagIds };
  }
  const tagged = await runBounded(
    tags.map((tag) => () => offsetPages(client, `${board}/items`, { tag_id: tag.id })),
    TAG_READS_AT_ONCE,
  );
  // Added in the board's tag order, whichever read finished first.
  tags.forEach((tag, index) => {
    for (const item of tagged[index] ?? []) if (idOf(item.id) !== '') add(idOf(item.id), tag.id);
  });
  return { reading: 'per-tag', tagIds };
}

// The tags endpoints page by offset (limit 1–50): read until `total` is reached or a page is empty.
async function offsetPages(client: RestClient, path: string, query: Json): Promise<Json[]> {
  const all: Json[] = [];
  for (;;) {
    const page = await client.get(path, { ...stringsOf(query), limit: PAGE, offset: String(all.length) }, 1);
    const data = Array.isArray(page.data) ? page.data.filter(isObject) : [];
    all.push(...data);
    const total = typeof page.total === 'number' ? page.total : all.length;
    if (data.length === 0 || all.length >= total) return all;
  }
}

function tagOf(tag: Json): BoardTag {
  return {
    id: idOf(tag.id),
    title: typeof tag.title === 'string' ? tag.title : '',
    fillColor: typeof tag.fillColor === 'string' ? tag.fillColor : '',
  };
}

// REST sends some numbers as strings ("fontSize": "21", "width": "199.0"): the file has numbers.
// Only position, geometry and style hold numbers; ids and text stay strings, digits or not.
const NUMERIC = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const NUMBER_GROUPS = ['position', 'geometry', 'style'] as const;

function numbersAsNumbers(item: Json): Json {
  let copy: Json | null = null;
  for (const group of NUMBER_GROUPS) {
    const fields = item[group];
    if (!isObject(fields)) continue;
    const converted: Json = {};
    let changed = false;
    for (const [key, value] of Object.entries(fields)) {
      if (typeof value === 'string' && NUMERIC.test(value.trim())) {
        converted[key] = Number(value);
        changed = true;
      } else converted[key] = value;
    }
    if (!changed) continue;
    copy ??= { ...item };
    copy[group] = converted;
  }
  return copy ?? item;
}

function stringsOf(query: Json): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) if (typeof value === 'string') strings[key] = value;
  return strings;
}

function idOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
