// Where a board file's items are: centres and sizes in board coordinates, resolving each item's
// parents (nested frames; docs/scoring.md "Positions"), and the readers of an item's raw fields,
// which a file may give in any of its three forms.
import { MARK_KEY } from './template-mark.ts';

/** A parsed JSON object of a board file. */
export type Json = Record<string, unknown>;

/** An item's centre and size, in board coordinates once placed. */
export interface Placed {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Items named as some item's parent, by id, and the places of those already placed. */
export interface Parents {
  readonly byId: ReadonlyMap<string, Json>;
  readonly placed: Map<Json, Placed>;
}

// Board coordinates of an item's centre and its size, resolving parents (nested frames).
export function placeOf(item: Json, parents: Parents): Placed {
  const known = parents.placed.get(item);
  if (known) return known;
  const parent = parentPlaceOf(item, parents);
  // In a parent cycle (a broken file) placing the parents has placed this item already.
  const placedWithParents = parents.placed.get(item);
  if (placedWithParents) return placedWithParents;
  const own = ownGeometry(item);
  return parent ? placeInParent(own, parent, relativeToOf(item)) : own;
}

// Where an item's parent is on the board, if the file has it; parents are placed once, memoised.
function parentPlaceOf(item: Json, parents: Parents): Placed | undefined {
  return placeById(parentIdOf(item), parents);
}

/** Where the parent with this id is on the board, if the file has it. */
export function placeById(id: string, parents: Parents): Placed | undefined {
  const parentItem = parents.byId.get(id);
  if (!parentItem) return undefined;
  return parents.placed.get(parentItem) ?? placeAncestors(parentItem, parents);
}

// Walks up to the first ancestor already placed or without a parent in the file, then places
// the chain top-down; iterative, so a deep nesting cannot overflow the stack.
function placeAncestors(item: Json, { byId, placed }: Parents): Placed {
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

export function parentIdOf(item: Json): string {
  if (item.parentId !== undefined && item.parentId !== null) return idOf(item.parentId);
  return idOf(objectOf(item.parent).id);
}

export function relativeToOf(item: Json): string {
  return stringOf(item.relativeTo ?? objectOf(item.position).relativeTo);
}

export function metadataOf(item: Json): unknown {
  return objectOf(item.metadata)[MARK_KEY];
}

export function dataOf(item: Json): Json {
  return objectOf(item.data);
}

export function objectOf(value: unknown): Json {
  return isObject(value) ? value : EMPTY;
}

const EMPTY: Json = Object.freeze({});

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function idOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

export function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

// REST sometimes sends numbers as strings ("fontSize": "21"); anything else unreadable is NaN,
// and so is a number beyond the finite (`1e999` in JSON, "Infinity"): no place on a board.
export function numberOf(value: unknown): number {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : Number.NaN;
  return Number.isFinite(number) ? number : Number.NaN;
}
