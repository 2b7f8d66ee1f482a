// What the team could tell the app so that more notes count, read from what could not be
// counted: the labelled frames and shapes that hold notes outside every phase (each could be a
// stage, or a region to ignore), and the colours of notes without a sentiment. The panel offers
// one click for each; the choice becomes one of the team's words (src/core/team-words.ts).

import { createRegionIndex } from './region-index.ts';
import { readingRanks, regionRoles } from './region-roles.ts';
import type { BoardSnapshot, Note } from './snapshot.ts';
import type { Tally } from './tally.ts';
import { NO_TEAM_WORDS, type TeamWords } from './team-words.ts';

/** A label that holds notes outside every phase and no placed note, e.g. a column "Рекомендации" nobody told the app about. */
export interface StageSuggestion {
  /** As written on the board, e.g. `'Рекомендации'`. */
  readonly label: string;
  /** The notes outside every phase it holds. */
  readonly noteIds: readonly string[];
}

/** A colour of notes with no sentiment, e.g. `{ colour: 'yellow', noteIds: [...] }`. */
export interface ColourSuggestion {
  readonly colour: string;
  readonly noteIds: readonly string[];
}

/** What the panel offers, most notes first. */
export interface CountSuggestions {
  readonly stages: readonly StageSuggestion[];
  readonly colours: readonly ColourSuggestion[];
}

/**
 * The suggestions for a scored board. A frame or shape is a stage candidate when its label names
 * no phase, sentiment or ignored word, it holds a note outside every phase, and no note inside it
 * has a phase (a row crossing known stages is a touchpoint, not a stage). Ties keep reading order.
 * Example: a column "Рекомендации" with 4 notes → `{ stages: [{ label: 'Рекомендации', noteIds: [4 ids] }], colours: [...] }`.
 */
export function countSuggestions(
  snapshot: BoardSnapshot,
  tally: Tally,
  words: TeamWords = snapshot.words ?? NO_TEAM_WORDS,
): CountSuggestions {
  const colours = new Map<string, string[]>();
  const outside: Note[] = [];
  for (const placement of tally.placements) {
    if (placement.kind !== 'unassigned') continue;
    const { note, reason } = placement;
    if (reason === 'no-phase') outside.push(note);
    else if (reason === 'no-sentiment' && note.colour !== null) {
      const list = colours.get(note.colour) ?? [];
      list.push(note.id);
      colours.set(note.colour, list);
    }
  }
  const colourList = [...colours]
    .sort(([, a], [, b]) => b.length - a.length)
    .map(([colour, noteIds]) => ({ colour, noteIds }));
  return { stages: stageSuggestions(snapshot, tally, words, outside), colours: colourList };
}

// The labels holding notes outside every phase (`outside`), unless a note with a phase, or any
// other note with text, lies in one of their regions. Most boards have no such note: then no
// region is looked at.
function stageSuggestions(
  snapshot: BoardSnapshot,
  tally: Tally,
  words: TeamWords,
  outside: readonly Note[],
): StageSuggestion[] {
  if (outside.length === 0) return [];
  const roles = regionRoles(snapshot.regions, words);
  const ranks = readingRanks(snapshot.regions);
  const candidates = snapshot.regions
    .map((region, index) => ({ region, role: roles[index], rank: ranks[index] ?? 0 }))
    .filter(({ role }) => role?.kind === 'touchpoint' || role?.kind === 'map');
  const index = createRegionIndex(candidates.map(({ region }) => region.rect));
  // A note inside several regions of one label is listed once for it (`listed`, not a search of
  // the list: a label can hold thousands of notes).
  const byLabel = new Map<string, { rank: number; noteIds: string[]; listed: Set<string> }>();
  for (const note of outside) {
    for (const hit of index.containing(note.x, note.y)) {
      const candidate = candidates[hit];
      if (!candidate) continue;
      const label = candidate.region.label;
      let entry = byLabel.get(label);
      if (!entry) {
        entry = { rank: candidate.rank, noteIds: [], listed: new Set() };
        byLabel.set(label, entry);
      }
      entry.rank = Math.min(entry.rank, candidate.rank);
      if (!entry.listed.has(note.id)) {
        entry.listed.add(note.id);
        entry.noteIds.push(note.id);
      }
    }
  }
  // Only the regions of those labels are asked about the other notes.
  const labelled = candidates.filter(({ region }) => byLabel.has(region.label));
  const labelledIndex = createRegionIndex(labelled.map(({ region }) => region.rect));
  const placed = new Set<string>();
  for (const placement of tally.placements) {
    if (placement.kind === 'unassigned' && (placement.reason === 'empty' || placement.reason === 'no-phase'))
      continue;
    for (const hit of labelledIndex.containing(placement.note.x, placement.note.y)) {
      const region = labelled[hit]?.region;
      if (region) placed.add(region.label);
    }
  }
  return [...byLabel]
    .filter(([label]) => !placed.has(label))
    .sort(([, a], [, b]) => b.noteIds.length - a.noteIds.length || a.rank - b.rank)
    .map(([label, entry]) => ({ label, noteIds: entry.noteIds }));
}
