import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { frame, idOf, note, shape } from '../fixtures/boards/board-items.ts';

const before = frame('Before', 0, 0, 2000, 1000);
const delivery = shape('Delivery', 0, 0, 2000, 1000);
const lateA = note('- Delivery was late', 100, 100);
const lateB = note('- Late delivery again', 500, 100);
const lateC = note('- Delivery late, no call', 900, 100);
const rudeA = note('- Rude courier', 100, 500);
const rudeB = note('- The courier was rude', 500, 500);
const fast = note('+ Fast courier', 900, 500);
const board = JSON.stringify([before, delivery, lateA, lateB, lateC, rudeA, rudeB, fast]);

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    readFile: async () => board,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

describe('touchpoint-tally score --themes', () => {
  it('adds each row its themes per sentiment to the JSON, largest first', async () => {
    const result = await run(['score', 'board.json', '--format', 'json', '--themes']);
    expect(result.code).toBe(0);
    const [row] = JSON.parse(result.stdout).rows;
    expect(row.themes).toEqual({
      negative: [
        { theme: 'delivery late', notes: [idOf(lateA), idOf(lateB), idOf(lateC)] },
        { theme: 'rude courier', notes: [idOf(rudeA), idOf(rudeB)] },
      ],
      positive: [],
      neutral: [],
    });
  });

  it('leaves the JSON as it was without --themes', async () => {
    const result = await run(['score', 'board.json', '--format', 'json']);
    expect(JSON.parse(result.stdout).rows[0]).not.toHaveProperty('themes');
  });

  it('gives the notes table a theme column, and each weakest link in the table its top negative theme', async () => {
    const csv = await run(['score', 'board.json', '--table', 'notes', '--no-bom', '--themes']);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]?.endsWith(',theme')).toBe(true);
    expect(lines.find((line) => line.startsWith(idOf(rudeB)))?.endsWith(',rude courier')).toBe(true);
    expect(lines.find((line) => line.startsWith(idOf(fast)))?.endsWith(',')).toBe(true);
    const plain = await run(['score', 'board.json', '--table', 'notes', '--no-bom']);
    expect(plain.stdout.split('\r\n')[0]?.includes('theme')).toBe(false);

    const table = await run(['score', 'board.json', '--themes']);
    expect(table.stdout).toMatch(/Top negative theme\n.*Delivery.*delivery late · 3\n/);
  });
});
