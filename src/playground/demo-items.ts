// The pieces the demo boards are made of, in board-file form (what `miro.board.get()` returns,
// plus the app's metadata per item): ids as Miro writes them, sticky notes, a workshop's phrases.
import type { Rect, Sentiment } from '../core/model.ts';
import { NOTE_SIZE } from '../core/template-layout.ts';

/** A board file: the items of a board as the simulator loads them and the command line reads them. */
export type BoardFile = Record<string, unknown>[];

/** Ids as Miro writes them: long strings of digits. */
export function idMaker(start: bigint): () => string {
  let next = start;
  return () => {
    next += 1n;
    return next.toString();
  };
}

/** What notes on a demo board say, by the sentiment they express; some with HTML as Miro stores it. */
export const PHRASES: Readonly<Record<Sentiment, readonly string[]>> = {
  positive: [
    'Friendly and quick',
    'Found it <strong>easily</strong>',
    'Clear prices',
    'Helpful advice',
    'Felt welcome',
    'Fast &amp; free',
  ],
  neutral: [
    'As expected',
    'Nothing special',
    'Took a while to find',
    'Standard process',
    'OK, not memorable',
  ],
  negative: [
    'Waited too long',
    'Confusing steps',
    'Hidden fees',
    'Nobody answered',
    'Broke after a week',
    '<p>Had to ask twice</p><p>still no answer</p>',
  ],
};

/** A sticky note at board position (x, y), inside `frame` when given (stored relative to its top-left), e.g. a yellow note at the map's right. */
export function note(
  id: string,
  frame: ({ id: string } & Rect) | null,
  x: number,
  y: number,
  text: string,
  colour: string,
  tagIds: readonly string[] = [],
  width: number = NOTE_SIZE.width,
): Record<string, unknown> {
  const content = text === '' ? '' : text.startsWith('<p>') ? text : `<p>${text}</p>`;
  return {
    type: 'sticky_note',
    id,
    parentId: frame ? frame.id : null,
    x: frame ? x - frame.left : x,
    y: frame ? y - frame.top : y,
    relativeTo: frame ? 'parent_top_left' : 'canvas_center',
    width,
    height: Math.round((width * NOTE_SIZE.height) / NOTE_SIZE.width),
    shape: 'square',
    content,
    style: { fillColor: colour, textAlign: 'center', textAlignVertical: 'middle' },
    tagIds: [...tagIds],
  };
}
