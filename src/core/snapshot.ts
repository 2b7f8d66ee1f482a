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
  const snapshot = snapshotOf(items, tags);
  const words = wordsOf(json);
  return words ? { ...snapshot, words } : snapshot;
}

type NoteDraft = { -readonly [Field in keyof Note]: Note[Field] };

// Notes are most of a board: one pass over the file reads each into its record, text decoded,
// with no object in between. What a note takes from items later in the file (its parent's place,
// its tags' titles) is filled in after that pass, for the notes that have a parent or tags.
function snapshotOf(items: readonly Json[], tagList: readonly unknown[]): BoardSnapshot {
  const tagTitles = new Map<string, string>();
  for (const tag of tagList) {
    if (isObject(tag)) addTag(tagTitles, tag);
  }
  const notes: NoteDraft[] = [];
  const regionItems: Json[] = [];
  // Items some other item names as its parent: only those are looked up by id. Of several items
  // with one id, the last in the file counts.
  const parentIds = new Set<string>();
  const byId = new Map<string, Json>();
  const byIdAt = new Map<string, number>();
  const noteAt: number[] = [];
  // The notes with a parent or tags, by index into notes, and what they need.
  const pending: number[] = [];
  const pendingParent: string[] = [];
  const pendingRelativeTo: string[] = [];
  const pendingTags: (readonly unknown[] | null)[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as Json;
    const type = item.type;
    if (typeof type !== 'string') continue;
    const parentId = parentIdOf(item);
    if (parentId !== '') parentIds.add(parentId);
    if (type !== 'sticky_note') {
      if (type === 'tag') addTag(tagTitles, item);
      else if (type === 'frame' || type === 'shape') regionItems.push(item);
      const id = idOf(item.id);
      if (id !== '') {
        byId.set(id, item);
        byIdAt.set(id, index);
      }
      continue;
    }
    const position = objectOf(item.position);
    const tagIds = item.tagIds ?? dataOf(item).tagIds;
    const tagged = Array.isArray(tagIds) && tagIds.length > 0;
    if (parentId !== '' || tagged) {
      pending.push(notes.length);
      pendingParent.push(parentId);
      pendingRelativeTo.push(parentId !== '' ? relativeToOf(item) : '');
      pendingTags.push(tagged ? tagIds : null);
    }
    noteAt.push(index);
    notes.push({
      id: idOf(item.id),
      text: htmlToText(stringOf(item.content ?? dataOf(item).content)),
      x: numberOf(item.x ?? position.x),
      y: numberOf(item.y ?? position.y),
      colour: colourOf(item),
      tags: NO_TAGS,
    });
  }
  // A note that is some item's parent (a broken file) counts if it comes after the others of its id.
  if (parentIds.size > 0) {
    notes.forEach((note, at) => {
      const index = noteAt[at] as number;
      if (parentIds.has(note.id) && (byIdAt.get(note.id) ?? -1) < index) {
        byId.set(note.id, items[index] as Json);
        byIdAt.set(note.id, index);
      }
    });
  }
  const parents: Parents = { byId, placed: new Map<Json, Placed>() };

  pending.forEach((at, index) => {
    const note = notes[at] as NoteDraft;
    const tagIds = pendingTags[index];
    if (tagIds) note.tags = tagTitlesOf(tagIds, tagTitles);
    const parent = placeById(pendingParent[index] as string, parents);
    if (!parent) return;
    const relativeTo = pendingRelativeTo[index];
    if (relativeTo === 'parent_center') {
      note.x += parent.x;
      note.y += parent.y;
    } else if (relativeTo !== 'canvas_center') {
      note.x += parent.x - parent.width / 2;
      note.y += parent.y - parent.height / 2;
    }
  });

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
  return { notes, regions, unreadableMarks: { newer, invalid } };
}

function colourOf(item: Json): string | null {
  const colour = objectOf(item.style).fillColor;
  return typeof colour === 'string' && colour !== '' ? colour : null;
}

const NO_TAGS: readonly string[] = Object.freeze([]);

function tagTitlesOf(ids: readonly unknown[], tagTitles: ReadonlyMap<string, string>): readonly string[] {
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
