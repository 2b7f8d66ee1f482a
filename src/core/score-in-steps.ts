// Scoring a board a slice of notes at a time, for a caller on a page's main thread that must let
// the page answer between slices (the panel: a 50,000-note board read and tallied at once froze it
// for a second). Every note is read and placed on its own, from the regions alone, so reading and
// placing the notes in slices and tallying them all at the end gives exactly what `readBoard` and
// `tallyBoard` give at once (tests/core/score-in-steps.test.ts holds them to it). The one exception
// is a broken file that names a sticky note as an item's parent (Miro never does): a place then
// depends on a note, so such a board is read in one step.
import { notePlacer } from './classify.ts';
import { idOf, isObject, parentIdOf } from './item-places.ts';
import type { ColourMap } from './model.ts';
import { type NoteColumns, noteColumns, snapshotOfColumns } from './note-columns.ts';
import type { Outcome, Spot } from './note-places.ts';
import { type BoardSnapshot, readBoard } from './snapshot.ts';
import { type Tally, tallyPlaces } from './tally.ts';
import type { TeamWords } from './team-words.ts';

/** How far a scoring in steps is: notes read and placed, of the board's notes; e.g. `{ done: 8000, total: 50000 }`. */
export interface ScoringProgress {
  readonly done: number;
  readonly total: number;
}

/** A board in form 3 of docs/scoring.md, as the board adapter reads it, with the words to score it by. */
export interface SteppedBoard {
  readonly items: readonly object[];
  readonly tags: readonly object[];
  readonly words: TeamWords;
  /** The colour map in force (see `tallyBoard`). */
  readonly colours: ColourMap;
}

/** Notes per step: a few milliseconds of work on a laptop. */
const SLICE = 2000;

/**
 * The snapshot (with `words`) and tally of `tallyBoard(readBoard(board), colours, words)`, in
 * steps: each `next()` does one slice of the work and yields how far it is. E.g.
 * `for (let step = steps.next(); !step.done; step = steps.next()) await nextTask()`.
 */
export function* scoreInSteps(
  board: SteppedBoard,
  slice = SLICE,
): Generator<ScoringProgress, { readonly snapshot: BoardSnapshot; readonly tally: Tally }> {
  const notes: object[] = [];
  const others: object[] = [];
  for (const item of board.items)
    ((item as { readonly type?: unknown }).type === 'sticky_note' ? notes : others).push(item);
  const total = notes.length;
  // Sorting a 50,000-note board's items and looking for a note named as a parent are tens of ms
  // each in a browser: a step each.
  yield { done: 0, total };
  if (namesANoteAsParent(board.items, notes)) {
    yield { done: 0, total };
    const snapshot: BoardSnapshot = {
      ...readBoard({ items: board.items, tags: board.tags }),
      words: board.words,
    };
    const places = notePlacer(snapshot, board.colours, board.words)(snapshot);
    yield { done: total, total };
    return { snapshot, tally: tallyPlaces(snapshot, places) };
  }
  // The regions, and everything a note's place may depend on (its frame and theirs), read once.
  const base: BoardSnapshot = { ...readBoard({ items: others, tags: board.tags }), words: board.words };
  yield { done: 0, total };
  const place = notePlacer(base, board.colours, board.words);
  // The slices' notes stay in columns, as readBoard reads them: no object per note while scoring.
  const read: NoteColumns[] = [];
  const spots: Spot[] = [];
  const outcomes: Outcome[] = [];
  for (let start = 0; start < total; start += slice) {
    const part = readBoard({ items: [...others, ...notes.slice(start, start + slice)], tags: board.tags });
    read.push(noteColumns(part));
    yield { done: start, total };
    const places = place(part);
    spots.push(...places.spots);
    outcomes.push(...places.outcomes);
    yield { done: Math.min(total, start + slice), total };
  }
  const columns = joinedColumns(read);
  yield { done: total, total };
  const { notes: _regionsOnly, ...rest } = base;
  const snapshot = snapshotOfColumns(columns, rest);
  return {
    snapshot,
    tally: tallyPlaces(snapshot, { ids: columns.ids, notes: () => snapshot.notes, spots, outcomes }),
  };
}

/** The notes of several slices, one after the other, in one set of columns. */
function joinedColumns(parts: readonly NoteColumns[]): NoteColumns {
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  const xs = new Float64Array(length);
  const ys = new Float64Array(length);
  let at = 0;
  for (const part of parts) {
    xs.set(part.xs, at);
    ys.set(part.ys, at);
    at += part.length;
  }
  return {
    length,
    ids: parts.flatMap((part) => part.ids),
    texts: parts.flatMap((part) => part.texts),
    xs,
    ys,
    colours: parts.flatMap((part) => part.colours),
    tags: parts.flatMap((part) => part.tags),
  };
}

/** Whether any item names a sticky note's id as its parent, so that a place depends on a note. */
function namesANoteAsParent(items: readonly object[], notes: readonly object[]): boolean {
  // The ids named as parents are few (the frames that hold notes): each note is looked up among
  // them, not the other way round (a set of 50,000 note ids).
  const parentIds = new Set<string>();
  for (const item of items) if (isObject(item)) parentIds.add(parentIdOf(item));
  parentIds.delete('');
  if (parentIds.size === 0) return false;
  return notes.some((note) => isObject(note) && parentIds.has(idOf(note.id)));
}
