// Theme quality (issue 16): the themes found on a board of hand-written workshop notes against the
// themes a facilitator drew, as the adjusted Rand index over every pair of notes (1 = the same
// grouping, 0 = no better than chance). Goal: at least 0.6.

import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { loadStemmers } from '../src/core/stemmers.ts';
import { groupThemes } from '../src/core/themes.ts';

interface BenchNote {
  readonly text: string;
  readonly theme: string;
}
interface BenchGroup {
  readonly language: string;
  readonly touchpoint: string;
  readonly sentiment: string;
  readonly notes: readonly BenchNote[];
}

const board = JSON.parse(readFileSync(new URL('./fixtures/theme-notes.json', import.meta.url), 'utf8')) as {
  readonly groups: readonly BenchGroup[];
};

const pairs = (n: number): number => (n * (n - 1)) / 2;

// Hubert and Arabie's adjusted Rand index of two labellings of the same items.
function adjustedRandIndex(truth: readonly string[], found: readonly string[]): number {
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const columns = new Map<string, number>();
  truth.forEach((label, index) => {
    const other = found[index] as string;
    const cell = JSON.stringify([label, other]);
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    rows.set(label, (rows.get(label) ?? 0) + 1);
    columns.set(other, (columns.get(other) ?? 0) + 1);
  });
  const sum = (counts: Map<string, number>): number =>
    [...counts.values()].reduce((total, count) => total + pairs(count), 0);
  const index = sum(cells);
  const expected = (sum(rows) * sum(columns)) / pairs(truth.length);
  const maximum = (sum(rows) + sum(columns)) / 2;
  return maximum === expected ? 1 : (index - expected) / (maximum - expected);
}

describe('themes of hand-written notes', () => {
  it('prints the adjusted Rand index against the themes a facilitator drew', async () => {
    const stemmers = await loadStemmers();
    const truth: string[] = [];
    const found: string[] = [];
    const lines: string[] = [];
    const byLanguage = new Map<string, { truth: string[]; found: string[] }>();
    board.groups.forEach((group, groupIndex) => {
      const notes = group.notes.map((note, index) => ({ id: String(index), text: note.text }));
      const themes = groupThemes(notes, stemmers);
      const themeOf = new Map<string, string>();
      for (const theme of themes) for (const id of theme.notes) themeOf.set(id, theme.theme);
      const groupTruth: string[] = [];
      const groupFound: string[] = [];
      group.notes.forEach((note, index) => {
        // Themes are per row and sentiment: a label is only ever shared inside its group. A note
        // in no theme stands alone.
        groupTruth.push(`${groupIndex}:${note.theme}`);
        groupFound.push(`${groupIndex}:${themeOf.get(String(index)) ?? `alone ${index}`}`);
      });
      truth.push(...groupTruth);
      found.push(...groupFound);
      const language = byLanguage.get(group.language) ?? { truth: [], found: [] };
      language.truth.push(...groupTruth);
      language.found.push(...groupFound);
      byLanguage.set(group.language, language);
      lines.push(
        `  ${group.touchpoint} (${group.sentiment}, ${group.language}): ARI ${adjustedRandIndex(groupTruth, groupFound).toFixed(2)}; ${themes.map((theme) => `${theme.theme} · ${theme.notes.length}`).join(', ')}`,
      );
    });
    console.log(
      [
        `Themes: ${truth.length} notes in ${board.groups.length} groups, adjusted Rand index ${adjustedRandIndex(truth, found).toFixed(3)} (goal ≥ 0.6)`,
        ...[...byLanguage].map(
          ([language, labels]) =>
            `  ${language}: ${adjustedRandIndex(labels.truth, labels.found).toFixed(3)} over ${labels.truth.length} notes`,
        ),
        ...lines,
      ].join('\n'),
    );
  });
});
