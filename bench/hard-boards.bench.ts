// The boards that used to be super-linear (issue 15), each against a plain board of the same size:
// the same numbers of notes and regions laid out as a map. Interleaved runs, medians, ratios.
// Goal: each at most 4× its plain board.
import { describe, expect, it } from 'vitest';
import { readBoard } from '../src/core/snapshot.ts';
import { tallyBoard } from '../src/core/tally.ts';
import { type GoalId, reportGoal } from './goals.ts';

const RUNS = 7;
const GOAL = 4;

type Item = Record<string, unknown>;

function frame(id: string, title: string, x: number, y: number, width: number, height: number): Item {
  return { type: 'frame', id, title, x, y, width, height, relativeTo: 'canvas_center', parentId: null };
}
function shape(id: string, content: string, x: number, y: number, width: number, height: number): Item {
  return {
    type: 'shape',
    id,
    shape: 'rectangle',
    content,
    x,
    y,
    width,
    height,
    relativeTo: 'canvas_center',
    parentId: null,
    style: { fillColor: '#f5f6f8' },
  };
}
function note(index: number, x: number, y: number): Item {
  return {
    type: 'sticky_note',
    id: String(3458764564249021000 + index),
    content: '<p>Fast &amp; friendly</p>',
    x,
    y,
    width: 199,
    height: 228,
    relativeTo: 'canvas_center',
    parentId: null,
    style: { fillColor: 'green' },
    tagIds: [],
  };
}

// A plain board of `frames` frames and `shapes` shapes in a grid of cells, `notes` notes spread over them.
function plain(frames: number, shapes: number, notes: number): Item[] {
  const items: Item[] = [];
  const side = Math.ceil(Math.sqrt(frames + shapes));
  const cell = (index: number): [number, number] => [(index % side) * 1000, Math.floor(index / side) * 1000];
  for (let i = 0; i < frames; i++) items.push(frame(`f${i}`, `Touchpoint ${i}`, ...cell(i), 900, 900));
  for (let i = 0; i < shapes; i++)
    items.push(shape(`s${i}`, `<p>Zone ${i}</p>`, ...cell(frames + i), 900, 900));
  for (let i = 0; i < notes; i++) items.push(note(i, ...cell(i % (frames + shapes))));
  return items;
}

const CASES: readonly { id: GoalId; name: string; board: () => Item[]; plain: () => Item[] }[] = [
  {
    id: 'long-titles',
    name: 'frame titles of a + 5,000 ! + a (300 shapes, 2,000 notes)',
    board: () => {
      const items = plain(0, 300, 2000);
      for (const item of items) if (item.type === 'shape') item.content = `a${'!'.repeat(5000)}a`;
      return items;
    },
    plain: () => plain(0, 300, 2000),
  },
  {
    id: 'nested-phases',
    name: '400 nested phase frames around 10,000 notes',
    board: () => {
      const items: Item[] = [];
      const titles = ['Before purchase', 'During purchase', 'After purchase'];
      for (let i = 0; i < 400; i++)
        items.push(frame(`f${i}`, titles[i % 3] as string, 0, 0, 80_000 - i * 150, 80_000 - i * 150));
      for (let i = 0; i < 10_000; i++) items.push(note(i, (i % 100) * 10, Math.floor(i / 100) * 10));
      return items;
    },
    plain: () => {
      const items = plain(400, 0, 10_000);
      const titles = ['Before purchase', 'During purchase', 'After purchase'];
      items.forEach((item, index) => {
        if (item.type === 'frame') item.title = titles[index % 3];
      });
      return items;
    },
  },
  {
    id: 'wide-shapes',
    name: '5,000 shapes each covering 30% of the board, 50,000 notes',
    board: () => {
      const items: Item[] = [];
      for (let i = 0; i < 5000; i++)
        items.push(shape(`s${i}`, '<p>Zone</p>', (i % 71) * 100, Math.floor(i / 71) * 100, 55_000, 55_000));
      for (let i = 0; i < 50_000; i++)
        items.push(note(i, (i % 250) * 400 - 50_000, Math.floor(i / 250) * 400 - 40_000));
      return items;
    },
    plain: () => plain(0, 5000, 50_000),
  },
  {
    id: 'one-spot',
    name: '50,000 notes on one spot inside 2,000 shapes',
    board: () => {
      const items: Item[] = [];
      for (let i = 0; i < 2000; i++) items.push(shape(`s${i}`, '<p>Zone</p>', i, i, 5000 + i, 5000 + i));
      for (let i = 0; i < 50_000; i++) items.push(note(i, 1000, 1000));
      return items;
    },
    plain: () => plain(0, 2000, 50_000),
  },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function timeScore(text: string): number {
  const started = performance.now();
  tallyBoard(readBoard(JSON.parse(text)));
  return performance.now() - started;
}

describe('hard boards vs plain boards of the same size', () => {
  it.each(CASES)('$name', ({ id, name, board, plain: plainBoard }) => {
    const hard = JSON.stringify(board());
    const easy = JSON.stringify(plainBoard());
    expect(tallyBoard(readBoard(JSON.parse(hard))).notes).toBe(tallyBoard(readBoard(JSON.parse(easy))).notes);
    const hardTimes: number[] = [];
    const easyTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      easyTimes.push(timeScore(easy));
      hardTimes.push(timeScore(hard));
    }
    const ratio = median(hardTimes) / median(easyTimes);
    reportGoal(
      id,
      ratio,
      `${median(hardTimes).toFixed(0)} vs ${median(easyTimes).toFixed(0)} ms, medians of ${RUNS}`,
    );
    console.log(
      `${name}: ${ratio.toFixed(1)}× a plain board (goal ≤ ${GOAL}×; ${median(hardTimes).toFixed(0)} vs ${median(easyTimes).toFixed(0)} ms, median of ${RUNS}) ${ratio <= GOAL ? 'met' : 'NOT MET'}`,
    );
  });
});
