// A board's notes as readBoard reads them: in columns, one entry per note in file order, with no
// object per note (a 50,000-note board would make 50,000 records and 100,000 boxed coordinates
// that scoring never needs). A snapshot's `notes` are made from the columns when first read; the
// placer reads the columns.
import type { BoardSnapshot, Note } from './snapshot.ts';

/** A board's notes, a column per field of `Note`, entry `i` of each being note `i`'s. */
export interface NoteColumns {
  readonly length: number;
  readonly ids: readonly string[];
  readonly texts: readonly string[];
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly colours: readonly (string | null)[];
  readonly tags: readonly (readonly string[])[];
}

const columnsOf = new WeakMap<object, NoteColumns>();

/** A snapshot of these notes, its `notes` made from them when first read. */
export function snapshotOfColumns(columns: NoteColumns, rest: Omit<BoardSnapshot, 'notes'>): BoardSnapshot {
  const snapshot: BoardSnapshot = {
    get notes(): readonly Note[] {
      const notes = notesOf(columns);
      Object.defineProperty(this, 'notes', { value: notes, enumerable: true });
      return notes;
    },
    ...rest,
  };
  columnsOf.set(snapshot, columns);
  return snapshot;
}

/** The notes of a snapshot in columns: those it was read into, or else made from its `notes`. */
export function noteColumns(snapshot: Pick<BoardSnapshot, 'notes'>): NoteColumns {
  return columnsOf.get(snapshot) ?? columnsOfNotes(snapshot.notes);
}

function notesOf(columns: NoteColumns): Note[] {
  const notes = new Array<Note>(columns.length);
  for (let index = 0; index < notes.length; index++) {
    notes[index] = {
      id: columns.ids[index] as string,
      text: columns.texts[index] as string,
      x: columns.xs[index] as number,
      y: columns.ys[index] as number,
      colour: columns.colours[index] as string | null,
      tags: columns.tags[index] as readonly string[],
    };
  }
  return notes;
}

function columnsOfNotes(notes: readonly Note[]): NoteColumns {
  return {
    length: notes.length,
    ids: notes.map((note) => note.id),
    texts: notes.map((note) => note.text),
    xs: Float64Array.from(notes, (note) => note.x),
    ys: Float64Array.from(notes, (note) => note.y),
    colours: notes.map((note) => note.colour),
    tags: notes.map((note) => note.tags),
  };
}
