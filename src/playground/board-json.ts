// The playground's Save board JSON and Load board JSON: form 3 of docs/scoring.md, the board's
// items with the board's words, so the command line scores a saved file as the panel scored the
// board, and loading that file gives back the same board with the same words.
import { NO_TEAM_WORDS, readTeamWords, type TeamWords, teamWordsJson } from '../core/team-words.ts';
import { loadBoardWords, saveBoardWords } from '../miro/board-words.ts';
import { BOARD_FILE_TYPES } from '../simulator/board-file.ts';
import { createSimulatedMiro, type SimulatedMiro } from '../simulator/index.ts';
import { fileItems, isObject, sdkItem } from './rest-items.ts';

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

/** Why items of a file were left off the board, and how many, e.g. `{ reason: 'with zero size', count: 2 }`. */
export interface SkippedItems {
  readonly reason: string;
  readonly count: number;
}

// The file's items and words: an array of items or REST pages, a REST page (forms 1 and 2) have no
// words; `{ items, tags, words }` (form 3, also as `touchpoint-tally fetch` writes it) has its own
// or none. Bad words are refused before anything on the board changes.
function itemsAndWords(json: unknown): { items: unknown[]; words: TeamWords } {
  const items = fileItems(json);
  if (items === null) {
    throw new Error(
      'A board file is an array of items, a REST items page ({ "data": [...] }) or a list of them, or { "items": [...], "tags": [...], "words": {...} }.',
    );
  }
  if (!isObject(json) || !Object.hasOwn(json, 'words') || Array.isArray(json.data)) {
    return { items, words: NO_TEAM_WORDS };
  }
  const reading = readTeamWords(json.words, 'The board\'s "words"');
  if (reading.kind === 'invalid') throw new Error(reading.message);
  return { items, words: reading.words };
}

/**
 * Puts a parsed board file on the simulated board: its items replace the board's, and its words
 * (none when the file has none) become the board's words, as a teammate's panel would read them.
 * Items the simulator refuses, as Miro would (no type, zero size, a parent not on the board, …),
 * are left off and counted in the result. Throws, changing nothing, when the file is no board
 * file; throws when the words cannot be stored.
 */
export async function loadBoardJson(
  { board, control }: SimulatedMiro,
  json: unknown,
): Promise<readonly SkippedItems[]> {
  const { items, words } = itemsAndWords(json);
  const skipped = new Map<string, number>();
  const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  let kept = items.flatMap((item): Record<string, unknown>[] => {
    if (!isObject(item) || typeof item.type !== 'string') {
      skip('with no type');
      return [];
    }
    if (!BOARD_FILE_TYPES.some((type) => type === item.type)) {
      skip(`of a type the simulator does not model (${String(item.type)})`);
      return [];
    }
    const converted = sdkItem(item);
    if (zeroSized(converted)) {
      skip('with zero size');
      return [];
    }
    return [converted];
  });
  kept = withParents(kept, skip);
  try {
    control.load(kept);
  } catch {
    // Some item is refused for a reason of its own (a colour Miro does not have, …): each is tried alone.
    kept = withParents(
      kept.filter((item) => {
        const refusal = refusalOf(item, kept);
        if (refusal !== null) skip(refusal);
        return refusal === null;
      }),
      skip,
    );
    control.load(kept);
  }
  const stored = await saveBoardWords(board, words);
  if (stored.kind === 'failed') throw new Error(`the board's words could not be stored: ${stored.message}`);
  if (stored.kind === 'newer')
    throw new Error("the board's words were written by a newer release and are kept");
  return [...skipped].map(([reason, count]) => ({ reason, count }));
}

/** What the playground says of the items left off, e.g. `'3 items were left off, as Miro would refuse them: 2 with zero size, 1 whose parent is not on the board.'`; null when none was. */
export function skippedMessage(skipped: readonly SkippedItems[]): string | null {
  const total = skipped.reduce((sum, { count }) => sum + count, 0);
  if (total === 0) return null;
  const reasons = skipped.map(({ reason, count }) => `${count} ${reason}`).join(', ');
  return `${total} ${total === 1 ? 'item was' : 'items were'} left off, as Miro would refuse ${total === 1 ? 'it' : 'them'}: ${reasons}.`;
}

function zeroSized(item: Record<string, unknown>): boolean {
  if (item.type === 'tag') return false;
  return [item.width, item.height].some((size) => size !== undefined && !(Number(size) > 0));
}

// An item whose parent is not a frame kept on the board is left off, and so are its own children.
function withParents(
  items: readonly Record<string, unknown>[],
  skip: (reason: string) => void,
): Record<string, unknown>[] {
  let kept = [...items];
  for (;;) {
    const frames = new Set(kept.filter((item) => item.type === 'frame').map((item) => item.id));
    const next = kept.filter((item) => {
      const orphan = item.parentId !== undefined && item.parentId !== null && !frames.has(item.parentId);
      if (orphan) skip('whose parent is not on the board');
      return !orphan;
    });
    if (next.length === kept.length) return next;
    kept = next;
  }
}

// Why the simulator refuses one item on its own (with the file's tags, which notes name): its
// message without the item's label, e.g. 'Invalid sticky note shape "circle".'; null if it loads.
function refusalOf(item: Record<string, unknown>, items: readonly Record<string, unknown>[]): string | null {
  const tags = item.type === 'tag' ? [] : items.filter((other) => other.type === 'tag');
  try {
    const { relativeTo: _relativeTo, ...alone } = item;
    createSimulatedMiro().control.load([...tags, { ...alone, parentId: null }]);
    return null;
  } catch (error) {
    const message = (error as Error).message.replace(/^Item \d+(?: \([^)]*\))?:?\s*/, '');
    return `refused (${message.replace(/\.$/, '')})`;
  }
}
