// The three forms a board file comes in (docs/scoring.md "Board files"): an array of Web SDK items,
// a REST items page or a list of them, or { items, tags, words }; anything else is refused in one
// sentence for a user.
import { isObject, type Json } from './item-places.ts';
import { readTeamWords, type TeamWords } from './team-words.ts';

/** A board file that is none of the accepted forms; the message is one sentence for a user. */
export class BoardFormatError extends Error {
  override readonly name = 'BoardFormatError';
}

// Only form 3 carries words; `"words"` present but unreadable makes the file a bad board file.
/** The team's words a board file carries, or null; throws BoardFormatError for unreadable ones. */
export function wordsOf(json: unknown): TeamWords | null {
  if (!isObject(json) || Array.isArray(json.data) || !Object.hasOwn(json, 'words')) return null;
  const reading = readTeamWords(json.words, 'The board\'s "words"');
  if (reading.kind === 'invalid') throw new BoardFormatError(reading.message);
  return reading.words;
}

/**
 * A board file's items, in file order, and its tag list; throws BoardFormatError for a file of no
 * accepted form. An element of a form-1 array without a "type" (a REST page inside it) is no board
 * item: the caller leaves it out.
 */
export function itemsAndTags(json: unknown): { items: readonly Json[]; tags: readonly unknown[] } {
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
    return itemsOfPage(list, where, isPage);
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
