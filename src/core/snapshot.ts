// A board file, in any of docs/scoring.md's three forms, read into one snapshot of plain records in
// board coordinates. Everything after this point never looks at the raw JSON again.
import { itemsAndTags, wordsOf } from './board-forms.ts';
import {
  dataOf,
  idOf,
  isObject,
  type Json,
  metadataOf,
  numberOf,
  objectOf,
  type Parents,
  type Placed,
  parentIdOf,
  placeById,
  placeOf,
  relativeToOf,
  stringOf,
} from './item-places.ts';
import type { Rect } from './model.ts';
import { type NoteColumns, snapshotOfColumns } from './note-columns.ts';
import type { TeamWords } from './team-words.ts';
import { readMark, type TemplateMark } from './template-mark.ts';
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

/** Reads a parsed board file (Web SDK items, REST pages, or `{ items, tags, words }`) into a snapshot; throws BoardFormatError otherwise, also for bad `words`. */
export function readBoard(json: unknown): BoardSnapshot {
  const { items, tags } = itemsAndTags(json);
  const { notes, regions, unreadableMarks } = snapshotOf(items, tags);
  const words = wordsOf(json);
  return snapshotOfColumns(notes, words ? { regions, unreadableMarks, words } : { regions, unreadableMarks });
}

// Notes are most of a board: a first pass over the file finds them and the items they may be
// placed in; then each note is read into the columns once, text decoded and its parent's place
// added, with no object in between. Each pass is a function of its own, so that each loop is
// compiled for what it reads (one compiled for the first pass would be thrown away at the next).
function snapshotOf(
  items: readonly Json[],
  tagList: readonly unknown[],
): { notes: NoteColumns; regions: readonly Region[]; unreadableMarks: UnreadableMarks } {
  const found = findItems(items, tagList);
  const parents: Parents = { byId: found.byId, placed: new Map<Json, Placed>() };
  return { notes: readNotes(items, found, parents), ...readRegions(found.regionItems, parents) };
}

interface FoundItems {
  readonly tagTitles: ReadonlyMap<string, string>;
  readonly regionItems: readonly Json[];
  /** The items named as some item's parent, by id. */
  readonly byId: ReadonlyMap<string, Json>;
  /** Indices of the notes among the items, the first `noteCount`. */
  readonly noteAt: Int32Array;
  readonly noteCount: number;
}

function findItems(items: readonly Json[], tagList: readonly unknown[]): FoundItems {
  const tagTitles = new Map<string, string>();
  for (const tag of tagList) {
    if (isObject(tag)) addTag(tagTitles, tag);
  }
  const regionItems: Json[] = [];
  // Items some other item names as its parent: only those are looked up by id. Of several items
  // with one id, the last in the file counts.
  const parentIds = new Set<string>();
  const byId = new Map<string, Json>();
  const byIdAt = new Map<string, number>();
  const noteAt = new Int32Array(items.length);
  let noteCount = 0;
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as Json;
    const type = item.type;
    if (typeof type !== 'string') continue;
    const parentId = parentIdOf(item);
    if (parentId !== '') parentIds.add(parentId);
    if (type === 'sticky_note') {
      noteAt[noteCount++] = index;
      continue;
    }
    if (type === 'tag') addTag(tagTitles, item);
    else if (type === 'frame' || type === 'shape') regionItems.push(item);
    const id = idOf(item.id);
    if (id !== '') {
      byId.set(id, item);
      byIdAt.set(id, index);
    }
  }
  if (parentIds.size > 0) notesAsParents(items, noteAt, noteCount, parentIds, byId, byIdAt);
  return { tagTitles, regionItems, byId, noteAt, noteCount };
}

// A note that is some item's parent (a broken file) counts if it comes after the others of its id.
function notesAsParents(
  items: readonly Json[],
  noteAt: Int32Array,
  noteCount: number,
  parentIds: ReadonlySet<string>,
  byId: Map<string, Json>,
  byIdAt: Map<string, number>,
): void {
  for (let at = 0; at < noteCount; at++) {
    const index = noteAt[at] as number;
    const item = items[index] as Json;
    const id = idOf(item.id);
    if (parentIds.has(id) && (byIdAt.get(id) ?? -1) < index) {
      byId.set(id, item);
      byIdAt.set(id, index);
    }
  }
}

function readNotes(items: readonly Json[], found: FoundItems, parents: Parents): NoteColumns {
  const { tagTitles, noteAt, noteCount } = found;
  const singleTags = new Map<string, readonly string[]>();
  const ids = new Array<string>(noteCount);
  const texts = new Array<string>(noteCount);
  const xs = new Float64Array(noteCount);
  const ys = new Float64Array(noteCount);
  const colours = new Array<string | null>(noteCount);
  const tags = new Array<readonly string[]>(noteCount);
  for (let at = 0; at < noteCount; at++) {
    const item = items[noteAt[at] as number] as Json;
    const position = objectOf(item.position);
    let x = numberOf(item.x ?? position.x);
    let y = numberOf(item.y ?? position.y);
    const parentId = parentIdOf(item);
    const parent = parentId === '' ? undefined : placeById(parentId, parents);
    if (parent) {
      const relativeTo = relativeToOf(item);
      if (relativeTo === 'parent_center') {
        x += parent.x;
        y += parent.y;
      } else if (relativeTo !== 'canvas_center') {
        x += parent.x - parent.width / 2;
        y += parent.y - parent.height / 2;
      }
    }
    const tagIds = item.tagIds ?? dataOf(item).tagIds;
    ids[at] = idOf(item.id);
    texts[at] = htmlToText(stringOf(item.content ?? dataOf(item).content));
    xs[at] = x;
    ys[at] = y;
    colours[at] = colourOf(item);
    tags[at] =
      Array.isArray(tagIds) && tagIds.length > 0 ? tagTitlesOf(tagIds, tagTitles, singleTags) : NO_TAGS;
  }
  return { length: noteCount, ids, texts, xs, ys, colours, tags };
}

function readRegions(
  regionItems: readonly Json[],
  parents: Parents,
): { regions: readonly Region[]; unreadableMarks: UnreadableMarks } {
  const regions: Region[] = [];
  let newer = 0;
  let invalid = 0;
  for (const item of regionItems) {
    const place = placeOf(item, parents);
    const halfWidth = place.width / 2;
    const halfHeight = place.height / 2;
    // NaN fails both comparisons, so an item without a position or size is no region; nor is one
    // whose edges lie beyond the finite (huge coordinates and sizes added up).
    if (!(halfWidth > 0 && halfHeight > 0 && Number.isFinite(place.x) && Number.isFinite(place.y))) continue;
    if (!(Number.isFinite(place.x + halfWidth) && Number.isFinite(place.x - halfWidth))) continue;
    if (!(Number.isFinite(place.y + halfHeight) && Number.isFinite(place.y - halfHeight))) continue;
    const reading = readMark(metadataOf(item));
    if (reading.kind === 'unreadable') {
      if (reading.reason === 'newer') newer++;
      else invalid++;
    }
    const data = dataOf(item);
    const kind = item.type === 'frame' ? 'frame' : 'shape';
    const label = kind === 'frame' ? (item.title ?? data.title) : (item.content ?? data.content);
    regions.push({
      id: idOf(item.id),
      kind,
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
  return { regions, unreadableMarks: { newer, invalid } };
}

function colourOf(item: Json): string | null {
  const colour = objectOf(item.style).fillColor;
  return typeof colour === 'string' && colour !== '' ? colour : null;
}

const NO_TAGS: readonly string[] = Object.freeze([]);

// A note's tag titles; the list of a single tag is made once and shared by its notes.
function tagTitlesOf(
  ids: readonly unknown[],
  tagTitles: ReadonlyMap<string, string>,
  single: Map<string, readonly string[]>,
): readonly string[] {
  if (ids.length !== 1) return titlesOf(ids, tagTitles);
  const id = idOf(ids[0]);
  let titles = single.get(id);
  if (!titles) {
    titles = Object.freeze(titlesOf(ids, tagTitles));
    single.set(id, titles);
  }
  return titles;
}

function titlesOf(ids: readonly unknown[], tagTitles: ReadonlyMap<string, string>): string[] {
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
