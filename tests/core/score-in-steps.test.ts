import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOUR_MAP } from '../../src/core/model.ts';
import { type SteppedBoard, scoreInSteps } from '../../src/core/score-in-steps.ts';
import { readBoard } from '../../src/core/snapshot.ts';
import { tallyBoard } from '../../src/core/tally.ts';
import { NO_TEAM_WORDS, readTeamWords } from '../../src/core/team-words.ts';
import { DEMO_BOARDS, demoBoard } from '../../src/playground/demo-boards.ts';
import { generatedBoard } from '../fixtures/generated/generated-board.ts';

const BOARDS = new URL('../fixtures/boards/', import.meta.url);

// The boards the panel could read: lists of Web SDK items and `{ items, tags, words }` files.
function steppedBoard(json: unknown): SteppedBoard | null {
  const file = json as { items?: object[]; tags?: object[]; words?: unknown };
  const items = Array.isArray(json) ? (json as object[]) : file.items;
  const pages = Array.isArray(json) && json.length > 0 && json.every((page) => Array.isArray(page?.data));
  if (!items || pages) return null;
  const reading = file.words === undefined ? null : readTeamWords(file.words, 'words');
  const words = reading?.kind === 'words' ? reading.words : NO_TEAM_WORDS;
  return { items, tags: file.tags ?? [], words, colours: { ...DEFAULT_COLOUR_MAP, yellow: 'neutral' } };
}

function generated(notes: number): SteppedBoard {
  const board = steppedBoard(generatedBoard(notes, { awkward: true }));
  if (!board) throw new Error('a generated board is a list of Web SDK items');
  return board;
}

function atOnce(board: SteppedBoard) {
  const snapshot = { ...readBoard({ items: board.items, tags: board.tags }), words: board.words };
  return { snapshot, tally: tallyBoard(snapshot, board.colours, board.words) };
}

function inSteps(board: SteppedBoard, slice: number) {
  const steps = scoreInSteps(board, slice);
  const seen: number[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value, seen };
    seen.push(step.value.done);
  }
}

const fixtures = readdirSync(BOARDS)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.expected.json'))
  .flatMap((name) => {
    const board = steppedBoard(JSON.parse(readFileSync(new URL(name, BOARDS), 'utf8')));
    return board ? [[name, board] as const] : [];
  });
const boards: (readonly [string, SteppedBoard])[] = [
  ...fixtures,
  ...DEMO_BOARDS.map((name) => [`demo board ${name}`, steppedBoard(demoBoard(name))] as const).flatMap(
    ([name, board]) => (board ? [[name, board] as const] : []),
  ),
  ['generated board of 3,000 awkward notes', generated(3000)],
];

describe('scoring in steps', () => {
  it('reads the fixtures the panel could read, and the demo and generated boards', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
    expect(boards.length).toBeGreaterThanOrEqual(fixtures.length + DEMO_BOARDS.length);
  });

  it.each(boards)('gives the snapshot and tally of scoring at once: %s', (_, board) => {
    const expected = atOnce(board);
    // One note a step only on small boards: every step reads the regions again.
    const slices = board.items.length < 500 ? [1, 7, 2000] : [499, 2000];
    for (const slice of slices) expect(inSteps(board, slice).result).toEqual(expected);
  });

  it('reads a broken file that names a sticky note as a parent as scoring at once does', () => {
    // A frame and a note share the id 'p' and a note names 'p' as its parent: the child's place
    // depends on which of the two comes last, so the notes cannot be read apart from the others.
    const frame = { type: 'frame', id: 'p', title: 'Website', x: 1000, y: 1000, width: 400, height: 400 };
    const parentNote = { type: 'sticky_note', id: 'p', content: 'p', x: 0, y: 100, width: 200, height: 200 };
    const child = {
      type: 'sticky_note',
      id: 'c',
      content: 'c',
      parentId: 'p',
      relativeTo: 'parent_center',
      x: 5,
      y: 5,
      width: 200,
      height: 200,
    };
    for (const items of [
      [frame, parentNote, child],
      [parentNote, frame, child],
    ]) {
      const board: SteppedBoard = { items, tags: [], words: NO_TEAM_WORDS, colours: DEFAULT_COLOUR_MAP };
      expect(inSteps(board, 1).result).toEqual(atOnce(board));
    }
  });

  it('says how far it is, from none of the notes to all of them, never going back', () => {
    const board = generated(3000);
    const { result, seen } = inSteps(board, 500);
    const notes = result.snapshot.notes.length;
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(notes);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // The items sorted, the regions read, a step per slice read and per slice placed, the slices'
    // notes joined: the page can answer between any two.
    expect(seen.length).toBe(3 + 2 * Math.ceil(notes / 500));
  });
});
