// The command line against a bare JSON.parse of the same file, both as whole node processes,
// interleaved. Goal (issue 15): at 50,000 notes the command line takes at most 1.5× the bare parse.
// Also: the output on a generated board of 200,000 notes is byte-identical to the stored digests
// (tests/cli/byte-identical.test.ts checks the smaller boards; this one takes too long for a test).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../src/simulator/index.ts';
import { generatedBoard } from '../tests/fixtures/generated/generated-board.ts';
import { outputDigests, storedDigests } from '../tests/fixtures/generated/output-digests.ts';
import { reportGoal } from './goals.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'touchpoint-tally-bench-'));
const RUNS = 7;

const PHASE_TITLES = ['1. Before purchase', '2. During purchase', '3. After purchase'];
const TOUCHPOINTS = [
  'Website',
  'Mobile app',
  'Store',
  'Call centre',
  'Chatbot',
  'Delivery',
  'Social media',
  'Email',
  'Reviews',
  'Staff',
  'Advertising',
  'Events',
];
const ZONES = ['<p>(+) Positive</p>', '<p>(=) Neutral</p>', '<p>(−) Negative</p>'];
const TEXTS = [
  '<p>Fast &amp; friendly</p>',
  '<p>👎 Slow <strong>checkout</strong></p>',
  '<p>Prices are clear</p><p>but shipping is not</p>',
  '<p>= okay&nbsp;I guess</p>',
  '<p>Couldn&#39;t find the button</p>',
  '',
];
const COLOURS = ['light_yellow', 'green', 'red', 'gray', 'yellow', 'light_pink'];

// Maps of 3 phase frames × 12 touchpoint cells × 3 zones (148 regions a map, 7 maps ≈ 1,000 regions),
// notes as children of the cells with HTML, tags and colours; a few land outside everything.
function board(notes: number): unknown {
  // The simulator's seeded generator, so every run measures the same boards.
  const next = seededRandom(notes);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const items: Record<string, unknown>[] = [
    { type: 'tag', id: 't1', title: 'Positive', color: 'green' },
    { type: 'tag', id: 't2', title: 'Negative', color: 'red' },
    { type: 'tag', id: 't3', title: 'Quick win', color: 'yellow' },
  ];
  const cells: { id: string }[] = [];
  const cellWidth = 1200;
  const cellHeight = 400;
  for (let map = 0; map < 7; map++) {
    const mapId = `m${map}`;
    const mapTop = map * 6000;
    items.push({
      type: 'frame',
      id: mapId,
      title: `Persona ${map + 1}`,
      x: 1800,
      y: mapTop + 2500,
      width: 3800,
      height: 5200,
      relativeTo: 'canvas_center',
      parentId: null,
    });
    for (let phase = 0; phase < 3; phase++) {
      const phaseId = `${mapId}p${phase}`;
      items.push({
        type: 'frame',
        id: phaseId,
        title: PHASE_TITLES[phase],
        x: 100 + phase * 1200 + 600,
        y: 2600,
        width: 1200,
        height: 5000,
        relativeTo: 'parent_top_left',
        parentId: mapId,
      });
      TOUCHPOINTS.forEach((touchpoint, row) => {
        const cellId = `${phaseId}c${row}`;
        items.push({
          type: 'frame',
          id: cellId,
          title: touchpoint,
          x: 600,
          y: 100 + row * cellHeight + cellHeight / 2,
          width: cellWidth,
          height: cellHeight,
          relativeTo: 'parent_top_left',
          parentId: phaseId,
        });
        cells.push({ id: cellId });
        ZONES.forEach((content, zone) => {
          items.push({
            type: 'shape',
            id: `${cellId}z${zone}`,
            shape: 'rectangle',
            content,
            x: 200 + zone * 400,
            y: 200,
            width: 400,
            height: 400,
            relativeTo: 'parent_top_left',
            parentId: cellId,
            style: { fillColor: '#f5f6f8' },
          });
        });
      });
    }
  }
  for (let index = 0; index < notes; index++) {
    const outside = next() < 0.02;
    const cell = pick(cells);
    items.push({
      type: 'sticky_note',
      id: String(3458764564249021000 + index),
      content: pick(TEXTS),
      shape: 'square',
      x: outside ? -5000 + next() * 1000 : 20 + next() * (cellWidth - 40),
      y: outside ? next() * 1000 : 20 + next() * (cellHeight - 40),
      width: 199,
      height: 228,
      relativeTo: outside ? 'canvas_center' : 'parent_top_left',
      parentId: outside ? null : cell.id,
      style: { fillColor: pick(COLOURS), textAlign: 'center', textAlignVertical: 'middle' },
      tagIds: next() < 0.3 ? [pick(['t1', 't2', 't3'])] : [],
      origin: 'center',
      createdAt: '2026-01-01T10:00:00.000Z',
      modifiedAt: '2026-01-01T10:00:00.000Z',
    });
  }
  return items;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

// The process's own CPU time as well as the wall time: on a machine shared with others the CPU
// time says more about the work, the wall time about the wait.
const cpuTime = join(directory, 'cpu-time.mjs');
writeFileSync(
  cpuTime,
  'process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write("cpu-ms " + (u.userCPUTime + u.systemCPUTime) / 1000 + "\\n"); });\n',
);

function timeProcess(args: readonly string[]): { wall: number; cpu: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', cpuTime, ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wall = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return { wall, cpu: Number(/cpu-ms ([\d.]+)/.exec(result.stderr)?.[1] ?? Number.NaN) };
}

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('touchpoint-tally score vs JSON.parse', () => {
  it.each([10_000, 50_000])('%i notes', (notes) => {
    const file = join(directory, `board-${notes}.json`);
    writeFileSync(file, JSON.stringify(board(notes)));

    const output = spawnSync(
      process.execPath,
      ['bin/touchpoint-tally.mjs', 'score', file, '--format', 'json'],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    expect(output.status).toBe(0);
    const json = JSON.parse(output.stdout) as { notes: number; rows: unknown[]; unassigned: unknown[] };
    expect(json.notes).toBe(notes);
    // Every cell of every map gets notes: 7 maps × 3 phases × 12 touchpoints.
    expect(json.rows.length).toBe(252);

    const parse = `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`;
    const cli: { wall: number; cpu: number }[] = [];
    const bare: { wall: number; cpu: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      bare.push(timeProcess(['-e', parse]));
      cli.push(timeProcess(['bin/touchpoint-tally.mjs', 'score', file, '--format', 'json']));
    }
    const megabytes = statSync(file).size / 1024 / 1024;
    const wall = median(cli.map((time) => time.wall)) / median(bare.map((time) => time.wall));
    const cpu = median(cli.map((time) => time.cpu)) / median(bare.map((time) => time.cpu));
    const detail =
      `${median(cli.map((time) => time.wall)).toFixed(0)} vs ${median(bare.map((time) => time.wall)).toFixed(0)} ms, ` +
      `CPU ${median(cli.map((time) => time.cpu)).toFixed(0)} vs ${median(bare.map((time) => time.cpu)).toFixed(0)} ms (${cpu.toFixed(2)}×), medians of ${RUNS}`;
    if (notes === 50_000) reportGoal('cli-time-50k', wall, detail);
    console.log(
      `${notes} notes (${megabytes.toFixed(1)} MB, ${json.rows.length} rows, ${json.unassigned.length} unassigned): ` +
        `touchpoint-tally vs node JSON.parse: ${wall.toFixed(2)}× (${detail})`,
    );
  });
});

describe('scoring output', () => {
  it('is byte-identical to the stored digests on a generated board of 200,000 notes', async () => {
    const digests = await outputDigests(JSON.stringify(generatedBoard(200_000, { awkward: true })));
    expect(digests).toEqual(storedDigests()['generated 200000']);
  });
});
