// The command line's peak memory on big boards. Goals: at 200,000 and 500,000 Miro-shaped notes
// (≈55 and ≈140 MB) at most 1.3× the peak of a bare JSON.parse of the same file (issue 15); a
// 300 MB board of 3,000 notes of 100 KB of pasted HTML each (Polish letters as references, so the
// decoded text is two-byte) at most about 3× the file, scored, never a native out-of-memory crash
// (issue 12). Prints peak RSS (the process's own maxRSS) against the bare parse's and the file;
// asserts only that every note was scored.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../src/simulator/index.ts';
import { type GoalId, reportGoal } from './goals.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'touchpoint-tally-memory-'));
const peakRss = join(directory, 'peak-rss.mjs');
writeFileSync(
  peakRss,
  'process.on("exit", () => process.stderr.write("peak-rss " + process.resourceUsage().maxRSS + "\\n"));\n',
);

const PHASES = ['1. Before purchase', '2. During purchase', '3. After purchase'];
const TOUCHPOINTS = ['Website', 'Mobile app', 'Store', 'Call centre', 'Delivery', 'Email'];
const ZONES = ['<p>(+) Positive</p>', '<p>(=) Neutral</p>', '<p>(−) Negative</p>'];
const SHORT = [
  '<p>Fast &amp; friendly</p>',
  '<p>👎 Slow <strong>checkout</strong></p>',
  '<p>Prices are clear</p><p>but shipping is not</p>',
  '<p>= okay&nbsp;I guess</p>',
];
const PASTED =
  '<p class=MsoNormal>Caf&eacute; <b>slow</b> delivery &amp; long wait, Za&zdot;&oacute;&lstrok;&cacute;<o:p></o:p></p>';

/** Writes a form-1 board file item by item (never the whole board in memory); returns its path. */
function writeBoard(name: string, notes: number, content: (index: number) => string): string {
  const path = join(directory, name);
  const file = openSync(path, 'w');
  let first = true;
  const item = (value: unknown): void => {
    writeSync(file, `${first ? '[' : ','}${JSON.stringify(value)}`);
    first = false;
  };
  const cells: string[] = [];
  for (let map = 0; map < 3; map++) {
    item({
      type: 'frame',
      id: `m${map}`,
      title: `Persona ${map}`,
      x: 1800,
      y: map * 6000 + 1300,
      width: 3800,
      height: 2600,
    });
    PHASES.forEach((title, phase) => {
      const phaseId = `m${map}p${phase}`;
      item({
        type: 'frame',
        id: phaseId,
        title,
        x: 700 + phase * 1200,
        y: 1300,
        width: 1200,
        height: 2400,
        parentId: `m${map}`,
      });
      TOUCHPOINTS.forEach((touchpoint, row) => {
        const cellId = `${phaseId}c${row}`;
        cells.push(cellId);
        item({
          type: 'frame',
          id: cellId,
          title: touchpoint,
          x: 600,
          y: 200 + row * 400,
          width: 1200,
          height: 400,
          parentId: phaseId,
        });
        ZONES.forEach((zone, index) => {
          item({
            type: 'shape',
            id: `${cellId}z${index}`,
            content: zone,
            x: 200 + index * 400,
            y: 200,
            width: 400,
            height: 400,
            parentId: cellId,
          });
        });
      });
    });
  }
  const next = seededRandom(notes);
  for (let index = 0; index < notes; index++) {
    item({
      type: 'sticky_note',
      id: String(3458764564249021000 + index),
      content: content(index),
      x: 20 + next() * 1160,
      y: 20 + next() * 360,
      parentId: cells[index % cells.length],
      style: { fillColor: 'yellow' },
    });
  }
  writeSync(file, ']');
  closeSync(file);
  return path;
}

afterAll(() => rmSync(directory, { recursive: true, force: true }));

function peakOf(args: readonly string[]): {
  peak: number;
  seconds: number;
  stdout: string;
  stderr: string;
  status: number | null;
} {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', peakRss, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const peak = Number(/peak-rss (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN) * 1024;
  return {
    peak,
    seconds,
    stdout: result.stdout,
    stderr: result.stderr.replace(/peak-rss \d+\n/, ''),
    status: result.status,
  };
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const short = (index: number): string => SHORT[index % SHORT.length] as string;

describe('touchpoint-tally score: peak memory', () => {
  it.each([
    ['200,000 Miro-shaped notes', 'notes-200k.json', 200_000, short, 'cli-memory-200k'],
    ['500,000 Miro-shaped notes', 'notes-500k.json', 500_000, short, 'cli-memory-500k'],
    [
      '3,000 notes of 100 KB pasted HTML',
      'pasted.json',
      3_000,
      () => PASTED.repeat(Math.ceil(102_400 / PASTED.length)),
      null,
    ],
  ] as const)('%s', (label, name, notes, content, goal: GoalId | null) => {
    const file = writeBoard(name, notes, content);
    const size = statSync(file).size;
    const cli = peakOf(['bin/touchpoint-tally.mjs', 'score', file, '--format', 'json']);
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect((JSON.parse(cli.stdout) as { notes: number }).notes).toBe(notes);
    const versus = (): string => {
      if (!goal) return '';
      const bare = peakOf([
        '-e',
        `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`,
      ]);
      const ratio = cli.peak / bare.peak;
      reportGoal(goal, ratio, `${megabytes(cli.peak)} vs ${megabytes(bare.peak)}, file ${megabytes(size)}`);
      return `, ${ratio.toFixed(2)}× a bare JSON.parse's ${megabytes(bare.peak)}`;
    };
    console.log(
      `${label}: file ${megabytes(size)}, peak RSS ${megabytes(cli.peak)} (${(cli.peak / size).toFixed(1)}× the file${versus()}), ${cli.seconds.toFixed(1)} s`,
    );
    rmSync(file);
  });
});
