// A board file, in any of docs/scoring.md's three forms, read into one snapshot of plain records in
// board coordinates. Everything after this point never looks at the raw JSON again.
import type { Rect } from './model.ts';
import { readTeamWords, type TeamWords } from './team-words.ts';
import { MARK_KEY, readMark, type TemplateMark } from './template-mark.ts';
import { htmlToText } from './text.ts';

/** A sticky note, centre in board coordinates; e.g. `{ id: '345…', text: 'Slow checkout', x: 120, y: 80, colour: 'red', tags: ['Negative'] }`. */
export interface Note {
  readonly id: string;
  readonly text: string;
  /** Centre, board coordinates; `NaN` when the file gives no position (such a note lies in no region). */
  readonly x: number;
  readonly y: number;
  readonly colour: string | null;
  /** Titles of its tags, in `tagIds` order; ids of tags not in the file are dropped. */
  readonly tags: readonly string[];
}

/** Which kind of board item a region is. */
export type RegionKind = 'frame' | 'shape';

/** A frame or shape with a non-zero area; e.g. a frame titled `'Before purchase'`. */
export interface Region {
  readonly id: string;
  readonly kind: RegionKind;
  /** The frame's title or the shape's text, decoded. */
  readonly label: string;
  readonly rect: Rect;
  /** Width × height, as the file gives them: the edges' difference can be off in the last bit, and equal areas must tie. */
  readonly area: number;
  /** The app's own identity for a template part, when the item carries a readable one. */
  readonly mark: TemplateMark | null;
}

/** Template marks present on the board that this release could not read. */
export interface UnreadableMarks {
  /** Written by a newer release of the app: the panel should say so. */
  readonly newer: number;
  readonly invalid: number;
}

/** Everything scoring needs from a board: its notes and its regions, in file order. */
export interface BoardSnapshot {
  readonly notes: readonly Note[];
  readonly regions: readonly Region[];
  /** Absent means none; readBoard always fills it in. */
  readonly unreadableMarks?: UnreadableMarks;
  /** The team's own words the board carries (a form-3 file's `words`); absent means none. */
  readonly words?: TeamWords;
}

/** A board file that is none of the accepted forms; the message is one sentence for a user. */
export class BoardFormatError extends Error {
  override readonly name = 'BoardFormatError';
}

type Json = Record<string, unknown>;

interface Placed {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Reads a parsed board file (Web SDK items, REST pages, or `{ items, tags, words }`) into a snapshot; throws BoardFormatError otherwise, also for bad `words`. */
export function readBoard(json: unknown): BoardSnapshot {
  const { items, tags } = itemsAndTags(json);
  const snapshot = snapshotOf(items, tags);
  const words = wordsOf(json);
  return words ? { ...snapshot, words } : snapshot;
}

// Only form 3 carries words; `"words"` present but unreadable makes the file a bad board file.
function wordsOf(json: unknown): TeamWords | null {
  if (!isObject(json) || Array.isArray(json.data) || !Object.hasOwn(json, 'words')) return null;
  const reading = readTeamWords(json.words, 'The board\'s "words"');
  if (reading.kind === 'invalid') throw new BoardFormatError(reading.message);
  return reading.words;
}

function itemsAndTags(json: unknown): { items: readonly Json[]; tags: readonly unknown[] } {
  if (Array.isArray(json)) return { items: itemsOfList(json, 'The board'), tags: [] };
  if (isObject(json)) {
    if (Array.isArray(json.data)) return { items: itemsOfPage(json.data, 'The REST page'), tags: [] };
    if (Array.isArray(json.items)) {
      const tags = Array.isArray(json.tags) ? json.tags : [];
      return { items: itemsOfList(json.items, 'The "items" list'), tags };
    }
  }
  throw new BoardFormatError(
    'The file is not a board: expected an array of board items, a REST items page ({ "data": [...] }) or a list of them, or { "items": [...], "tags": [...], "words": {...} }.',
  );
}

// An array whose elements are all REST pages is a list of pages; any other array is a list of items.
function itemsOfList(list: readonly unknown[], where: string): readonly Json[] {
  const pages = list.length > 0 && list.every(isPage);
  if (!pages) {
    // docs/scoring.md: such an array is form 1, so a page inside it is an element that is no sticky
    // note: left out, neither unpacked nor an error.
    const items = itemsOfPage(list, where, isPage);
    const typed = (item: Json): boolean => typeof item.type === 'string';
    return items.every(typed) ? items : items.filter(typed);
  }
  return list.flatMap((page, index) =>
    itemsOfPage((page as Json).data as unknown[], `REST page ${index + 1}`),
  );
}

function isPage(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.data);
}

function itemsOfPage(
  list: readonly unknown[],
  where: string,
  skip: (value: unknown) => boolean = () => false,
): readonly Json[] {
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    if ((!isObject(item) || typeof item.type !== 'string') && !skip(item)) {
      throw new BoardFormatError(
        `${where} holds something that is not a board item at position ${index + 1} (every item needs a "type").`,
      );
    }
  }
  return list as readonly Json[];
}

function snapshotOf(items: readonly Json[], tagList: readonly unknown[]): BoardSnapshot {
  const tagTitles = new Map<string, string>();
  for (const tag of tagList) {
    if (isObject(tag)) addTag(tagTitles, tag);
  }
  // Only items some other item names as its parent are looked up by id: a few hundred, not 50,000.
  const parentIds = new Set<string>();
  for (const item of items) {
    if (item.type === 'tag') addTag(tagTitles, item);
    const parentId = parentIdOf(item);
    if (parentId !== '') parentIds.add(parentId);
  }
  const byId = new Map<string, Json>();
  for (const item of items) {
    const id = idOf(item.id);
    if (parentIds.has(id)) byId.set(id, item);
  }

  const placed = new Map<Json, Placed>();
  const notes: Note[] = [];
  const regions: Region[] = [];
  let newer = 0;
  let invalid = 0;
  for (const item of items) {
    const type = item.type;
    if (type === 'sticky_note') {
      // Notes are most of a board: their centre is worked out without intermediate objects.
      const parent = parentPlaceOf(item, byId, placed);
      const position = objectOf(item.position);
      let x = numberOf(item.x ?? position.x);
      let y = numberOf(item.y ?? position.y);
      const relativeTo = parent ? relativeToOf(item) : 'canvas_center';
      if (parent && relativeTo === 'parent_center') {
        x += parent.x;
        y += parent.y;
      } else if (parent && relativeTo !== 'canvas_center') {
        x += parent.x - parent.width / 2;
        y += parent.y - parent.height / 2;
      }
      notes.push({
        id: idOf(item.id),
        text: htmlToText(stringOf(item.content ?? dataOf(item).content)),
        x,
        y,
        colour: colourOf(item),
        tags: tagsOf(item, tagTitles),
      });
    } else if (type === 'frame' || type === 'shape') {
      const place = placeOf(item, byId, placed);
      const halfWidth = place.width / 2;
      const halfHeight = place.height / 2;
      // NaN fails both comparisons, so an item without a position or size is no region; nor is one
      // whose edges lie beyond the finite (huge coordinates and sizes added up).
      if (!(halfWidth > 0 && halfHeight > 0 && Number.isFinite(place.x) && Number.isFinite(place.y)))
        continue;
      if (!(Number.isFinite(place.x + halfWidth) && Number.isFinite(place.x - halfWidth))) continue;
      if (!(Number.isFinite(place.y + halfHeight) && Number.isFinite(place.y - halfHeight))) continue;
      const reading = readMark(metadataOf(item));
      if (reading.kind === 'unreadable') {
        if (reading.reason === 'newer') newer++;
        else invalid++;
      }
      const data = dataOf(item);
      const label = type === 'frame' ? (item.title ?? data.title) : (item.content ?? data.content);
      regions.push({
        id: idOf(item.id),
        kind: type,
        label: htmlToText(stringOf(label)),
        area: place.width * place.height,
        rect: {
          left: place.x - halfWidth,
          top: place.y - halfHeight,
          right: place.x + halfWidth,
          bottom: place.y + halfHeight,
        },
        mark: reading.kind === 'mark' ? reading.mark : null,
      });
    }
  }
  return { notes, regions, unreadableMarks: { newer, invalid } };
}

// Board coordinates of an item's centre and its size, resolving parents (nested frames).
function placeOf(item: Json, byId: ReadonlyMap<string, Json>, placed: Map<Json, Placed>): Placed {
  const known = placed.get(item);
  if (known) return known;
  const parent = parentPlaceOf(item, byId, placed);
  // In a parent cycle (a broken file) placing the parents has placed this item already.
  const placedWithParents = placed.get(item);
  if (placedWithParents) return placedWithParents;
  const own = ownGeometry(item);
  return parent ? placeInParent(own, parent, relativeToOf(item)) : own;
}

// Where an item's parent is on the board, if the file has it; parents are placed once, memoised.
function parentPlaceOf(
  item: Json,
  byId: ReadonlyMap<string, Json>,
  placed: Map<Json, Placed>,
): Placed | undefined {
  const parentItem = byId.get(parentIdOf(item));
  if (!parentItem) return undefined;
  return placed.get(parentItem) ?? placeAncestors(parentItem, byId, placed);
}

// Walks up to the first ancestor already placed or without a parent in the file, then places
// the chain top-down; iterative, so a deep nesting cannot overflow the stack.
function placeAncestors(item: Json, byId: ReadonlyMap<string, Json>, placed: Map<Json, Placed>): Placed {
  const chain: Json[] = [];
  const seen = new Set<Json>();
  let current: Json | undefined = item;
  while (current && !placed.has(current) && !seen.has(current)) {
    seen.add(current);
    chain.push(current);
    current = byId.get(parentIdOf(current));
  }
  // A parent cycle is cut where it closes: that item counts as top-level.
  let parent: Placed | undefined = current ? placed.get(current) : undefined;
  for (let index = chain.length - 1; index >= 0; index--) {
    const child = chain[index] as Json;
    const own = ownGeometry(child);
    const place = parent ? placeInParent(own, parent, relativeToOf(child)) : own;
    placed.set(child, place);
    parent = place;
  }
  return placed.get(item) as Placed;
}

function placeInParent(own: Placed, parent: Placed, relativeTo: string): Placed {
  // canvas_center says in so many words that the coordinates are already board coordinates.
  if (relativeTo === 'canvas_center') return own;
  const [x, y] =
    relativeTo === 'parent_center'
      ? [parent.x, parent.y]
      : [parent.x - parent.width / 2, parent.y - parent.height / 2];
  return { x: x + own.x, y: y + own.y, width: own.width, height: own.height };
}

function ownGeometry(item: Json): Placed {
  const position = objectOf(item.position);
  const geometry = objectOf(item.geometry);
  return {
    x: numberOf(item.x ?? position.x),
    y: numberOf(item.y ?? position.y),
    width: numberOf(item.width ?? geometry.width),
    height: numberOf(item.height ?? geometry.height),
  };
}

function parentIdOf(item: Json): string {
  if (item.parentId !== undefined && item.parentId !== null) return idOf(item.parentId);
  return idOf(objectOf(item.parent).id);
}

function relativeToOf(item: Json): string {
  return stringOf(item.relativeTo ?? objectOf(item.position).relativeTo);
}

function colourOf(item: Json): string | null {
  const colour = objectOf(item.style).fillColor;
  return typeof colour === 'string' && colour !== '' ? colour : null;
}

const NO_TAGS: readonly string[] = Object.freeze([]);

function tagsOf(item: Json, tagTitles: ReadonlyMap<string, string>): readonly string[] {
  const ids = item.tagIds ?? dataOf(item).tagIds;
  if (!Array.isArray(ids) || ids.length === 0) return NO_TAGS;
  const titles: string[] = [];
  for (const id of ids) {
    const title = tagTitles.get(idOf(id));
    if (title !== undefined) titles.push(title);
  }
  return titles;
}

function addTag(tagTitles: Map<string, string>, tag: Json): void {
  const id = idOf(tag.id);
  const title = tag.title ?? dataOf(tag).title;
  if (id !== '' && typeof title === 'string') tagTitles.set(id, title.replace(/\s+/g, ' ').trim());
}

function metadataOf(item: Json): unknown {
  return objectOf(item.metadata)[MARK_KEY];
}

function dataOf(item: Json): Json {
  return objectOf(item.data);
}

function objectOf(value: unknown): Json {
  return isObject(value) ? value : EMPTY;
}

const EMPTY: Json = Object.freeze({});

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

// REST sometimes sends numbers as strings ("fontSize": "21"); anything else unreadable is NaN,
// and so is a number beyond the finite (`1e999` in JSON, "Infinity"): no place on a board.
function numberOf(value: unknown): number {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : Number.NaN;
  return Number.isFinite(number) ? number : Number.NaN;
}
