// The playground's Save board JSON and Load board JSON: form 3 of docs/scoring.md, the board's
// items with the board's words, so the command line scores a saved file as the panel scored the
// board, and loading that file gives back the same board with the same words.
import { NO_TEAM_WORDS, readTeamWords, type TeamWords, teamWordsJson } from '../core/team-words.ts';
import { loadBoardWords, saveBoardWords } from '../miro/board-words.ts';
import type { SimulatedMiro } from '../simulator/index.ts';

/** A board file as Save board JSON writes it: `{ items: [...], words: {...} }`. */
export interface PlaygroundBoardFile {
  readonly items: readonly unknown[];
  readonly words: Record<string, unknown>;
}

/** The simulated board as a form-3 file, with the words stored on the board (none when they cannot be read). */
export async function boardJsonOf({ board, control }: SimulatedMiro): Promise<PlaygroundBoardFile> {
  const reading = await loadBoardWords(board);
  return {
    items: control.save(),
    words: teamWordsJson(reading.kind === 'words' ? reading.words : NO_TEAM_WORDS),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The file's items and words: an array of items (form 1) has no words, `{ items, tags, words }`
// (form 3) has its own or none. Bad words are refused before anything on the board changes.
function itemsAndWords(json: unknown): { items: unknown[]; words: TeamWords } {
  if (Array.isArray(json)) return { items: json, words: NO_TEAM_WORDS };
  if (isObject(json) && Array.isArray(json.items)) {
    // Form 3 may list its tags apart from the items; the board holds them as items of type tag.
    const tags = Array.isArray(json.tags)
      ? json.tags.map((tag) => (isObject(tag) && tag.type === undefined ? { ...tag, type: 'tag' } : tag))
      : [];
    if (!Object.hasOwn(json, 'words')) return { items: [...tags, ...json.items], words: NO_TEAM_WORDS };
    const reading = readTeamWords(json.words, 'The board\'s "words"');
    if (reading.kind === 'invalid') throw new Error(reading.message);
    return { items: [...tags, ...json.items], words: reading.words };
  }
  throw new Error('A board file is an array of items, or { "items": [...], "tags": [...], "words": {...} }.');
}

/**
 * Puts a parsed board file on the simulated board: its items replace the board's, and its words
 * (none when the file has none) become the board's words, as a teammate's panel would read them.
 * Throws, changing nothing, when the file is no board file; throws when the words cannot be stored.
 */
export async function loadBoardJson({ board, control }: SimulatedMiro, json: unknown): Promise<void> {
  const { items, words } = itemsAndWords(json);
  control.load(items);
  const stored = await saveBoardWords(board, words);
  if (stored.kind === 'failed') throw new Error(`the board's words could not be stored: ${stored.message}`);
  if (stored.kind === 'newer')
    throw new Error("the board's words were written by a newer release and are kept");
}
