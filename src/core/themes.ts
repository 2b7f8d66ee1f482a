// Themes: the notes of one row and sentiment grouped by the meaningful words they share, so a team
// sees *why* a touchpoint is weak ("late delivery · 4"), not only that it is.
import type { Language, Sentiment } from './model.ts';
import { languageEvidence, mostSaid, noteLanguage } from './note-language.ts';
import type { Note } from './snapshot.ts';
import type { Stemmers } from './stemmers.ts';
import { STOP_WORDS } from './stop-words.ts';
import type { Tally, TallyRow } from './tally.ts';

/** Notes that share a meaningful word, named by its most frequent forms as written; e.g. `{ theme: 'late delivery', notes: ['3458…', '3459…'] }`. */
export interface Theme {
  readonly theme: string;
  /** Ids of its notes, in reading order. */
  readonly notes: readonly string[];
}

/** A row's themes per sentiment, largest first. */
export type RowThemes = Readonly<Record<Sentiment, readonly Theme[]>>;

/** The words of one note, each with its stem and its place on the note. */
interface NoteWords {
  readonly id: string;
  readonly index: number;
  /** Stem → the form written first on this note, lowercase, and its position among the note's words. */
  readonly words: ReadonlyMap<string, { readonly form: string; readonly position: number }>;
}

// Beside the stem that founds a theme, the name takes the stem most of its notes share, if at least half do.
const NAME_SHARE = 0.5;

/** A note's meaningful words: split into words, stop words dropped, stemmed in the note's language (`fallback` when its text does not say). */
export function noteStems(
  text: string,
  stemmers: Stemmers,
  fallback: Language = 'en',
): readonly { readonly form: string; readonly stem: string }[] {
  return stemsIn(text, noteLanguage(text, fallback), stemmers);
}

function stemsIn(
  text: string,
  language: Language,
  stemmers: Stemmers,
): readonly { readonly form: string; readonly stem: string }[] {
  const stops = STOP_WORDS[language];
  const result: { form: string; stem: string }[] = [];
  for (const match of text.toLowerCase().matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) {
    const form = match[0].replace(/’/g, "'");
    if (form.length < 2 || stops.has(form)) continue;
    const stem = stemmers[language](STEM_INPUT[language](form));
    if (stem.length < 2) continue;
    result.push({ form, stem });
  }
  return result;
}

// A word as each language's stemmer knows it: the Polish stemmer knows words without their
// diacritics ("dostawą" → "dostawa" → "dostaw"); Russian "ё" is written "е" as often as not.
const STEM_INPUT: Readonly<Record<Language, (form: string) => string>> = {
  en: (form) => form,
  ru: (form) => form.replace(/ё/g, 'е'),
  pl: (form) => form.replace(/ł/g, 'l').normalize('NFD').replace(/\p{M}/gu, ''),
};

/**
 * Groups notes, given in reading order, into themes: the stem shared by the most notes not yet in
 * a theme founds the next theme with all of them (ties: the stem whose first such note comes first),
 * until no stem is shared by two notes, or `limit` themes are found. Notes in no theme are left
 * out. Largest theme first, then by first note; e.g. "Delivery was late", "Late delivery again",
 * "Rude courier" → one theme `late delivery` with the first two.
 */
export function groupThemes(
  notes: readonly Pick<Note, 'id' | 'text'>[],
  stemmers: Stemmers,
  limit = Number.POSITIVE_INFINITY,
): readonly Theme[] {
  // A note too short to tell its language ("Uszkodzona paczka") is read in the others' language.
  const said = notes.map((note) => languageEvidence(note.text));
  const fallback = mostSaid(said);
  const read: NoteWords[] = notes.map((note, index) => {
    const words = new Map<string, { form: string; position: number }>();
    stemsIn(note.text, said[index] ?? fallback, stemmers).forEach(({ form, stem }, position) => {
      if (!words.has(stem)) words.set(stem, { form, position });
    });
    return { id: note.id, index, words };
  });

  const themes: { readonly members: readonly NoteWords[]; readonly founder: string }[] = [];
  let open = read.filter((note) => note.words.size > 0);
  // A founder's count among the open notes never grows as notes leave, so themes come out largest
  // first (ties by first note): the first `limit` found are the largest `limit`.
  while (themes.length < limit) {
    const counts = new Map<string, { count: number; first: number }>();
    for (const note of open) {
      for (const stem of note.words.keys()) {
        const known = counts.get(stem);
        if (known) known.count++;
        else counts.set(stem, { count: 1, first: note.index });
      }
    }
    let founder: string | null = null;
    let best = { count: 1, first: Number.MAX_SAFE_INTEGER };
    for (const [stem, entry] of counts) {
      if (
        entry.count > best.count ||
        (entry.count === best.count && entry.count > 1 && entry.first < best.first)
      ) {
        founder = stem;
        best = entry;
      }
    }
    if (founder === null) break;
    const stem = founder;
    themes.push({ members: open.filter((note) => note.words.has(stem)), founder: stem });
    open = open.filter((note) => !note.words.has(stem));
  }

  return themes
    .map(({ members, founder }) => ({
      theme: themeName(members, founder),
      notes: members.map((note) => note.id),
      first: members[0]?.index ?? 0,
    }))
    .sort((a, b) => b.notes.length - a.notes.length || a.first - b.first)
    .map(({ theme, notes: ids }) => ({ theme, notes: ids }));
}

// The founding stem and the one most shared beside it, each by its most frequent form.
function themeName(members: readonly NoteWords[], founder: string): string {
  const shared = new Map<string, { count: number; first: number }>();
  members.forEach((note, order) => {
    for (const stem of note.words.keys()) {
      const known = shared.get(stem);
      if (known) known.count++;
      else shared.set(stem, { count: 1, first: order });
    }
  });
  const companions = [...shared]
    .filter(([stem, { count }]) => stem !== founder && count >= 2 && count >= members.length * NAME_SHARE)
    .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
    .slice(0, 1)
    .map(([stem]) => stem);
  const words = [founder, ...companions].map((stem) => ({ stem, form: commonForm(members, stem) }));
  // Two words go in the order most notes that have both write them ("late delivery").
  const [first, second] = words;
  if (first && second) {
    let ahead = 0;
    for (const note of members) {
      const a = note.words.get(first.stem);
      const b = note.words.get(second.stem);
      if (a && b) ahead += a.position < b.position ? 1 : -1;
    }
    if (ahead < 0) return `${second.form} ${first.form}`;
    return `${first.form} ${second.form}`;
  }
  return first?.form ?? '';
}

// The form of a stem written on most of the notes (the first such note's, on a tie).
function commonForm(members: readonly NoteWords[], stem: string): string {
  const forms = new Map<string, number>();
  for (const note of members) {
    const word = note.words.get(stem);
    if (word) forms.set(word.form, (forms.get(word.form) ?? 0) + 1);
  }
  let form = '';
  let most = 0;
  for (const [candidate, count] of forms) {
    if (count > most) {
      form = candidate;
      most = count;
    }
  }
  return form;
}

/** Reading order of notes: top to bottom, then left to right, by centre; file order breaks ties. */
export function inReadingOrder<T extends Pick<Note, 'x' | 'y'>>(notes: readonly T[]): readonly T[] {
  return notes
    .map((note, index) => ({ note, index }))
    .sort((a, b) => a.note.y - b.note.y || a.note.x - b.note.x || a.index - b.index)
    .map(({ note }) => note);
}

/** The themes of every row of a tally, in row order: each sentiment's notes grouped by `groupThemes`, at most `limit` each. */
export function tallyThemes(
  tally: Tally,
  stemmers: Stemmers,
  limit = Number.POSITIVE_INFINITY,
): readonly RowThemes[] {
  const notesOf = rowNotes(tally);
  return tally.rows.map((row) => {
    const cell = notesOf(row);
    // The cell's own sentiments (the model's order), so this module needs nothing of the model's
    // at run time and its lazy chunk takes nothing out of the panel's first one.
    const themes = {} as Record<Sentiment, readonly Theme[]>;
    for (const [sentiment, notes] of Object.entries(cell) as [Sentiment, Note[]][]) {
      themes[sentiment] = groupThemes(inReadingOrder(notes), stemmers, limit);
    }
    return themes;
  });
}

/** The themes of one row's notes of one sentiment, e.g. `rowThemes(rowNotes(tally)(row).negative, stemmers, 3)`. */
export function rowThemes(notes: readonly Note[], stemmers: Stemmers, limit = Number.POSITIVE_INFINITY) {
  return groupThemes(inReadingOrder(notes), stemmers, limit);
}

/** Each row's counted notes by sentiment, in file order; e.g. `rowNotes(tally)(tally.rows[0]).negative`. */
export function rowNotes(tally: Tally): (row: TallyRow) => Readonly<Record<Sentiment, readonly Note[]>> {
  // Rows are one per (map, phase, stage, touchpoint): a placement finds its row by those, not by
  // note id (ids can repeat in a broken file). Looked up by touchpoint first: no key is built per note.
  type Cell = Pick<TallyRow, 'map' | 'phase' | 'stage'> & Record<Sentiment, Note[]>;
  const byTouchpoint = new Map<string, Cell[]>();
  const cellOf = (at: Pick<TallyRow, 'map' | 'phase' | 'stage' | 'touchpoint'>): Cell | undefined =>
    byTouchpoint
      .get(at.touchpoint)
      ?.find((cell) => cell.map === at.map && cell.phase === at.phase && cell.stage === at.stage);
  for (const { map, phase, stage, touchpoint } of tally.rows) {
    if (cellOf({ map, phase, stage, touchpoint })) continue;
    const cells = byTouchpoint.get(touchpoint) ?? [];
    cells.push({ map, phase, stage, positive: [], neutral: [], negative: [] });
    byTouchpoint.set(touchpoint, cells);
  }
  for (const placement of tally.placements) {
    if (placement.kind === 'counted') cellOf(placement)?.[placement.sentiment].push(placement.note);
  }
  const none = { positive: [], neutral: [], negative: [] };
  return (row) => {
    const cell = cellOf(row);
    return cell ? { positive: cell.positive, neutral: cell.neutral, negative: cell.negative } : none;
  };
}
