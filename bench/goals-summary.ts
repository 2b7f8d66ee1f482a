// Vitest's global setup for `npm run bench`: gives the bench files a file to report goals to
// (bench/goals.ts), and at the end of the run prints issue 15's table with every row's figure
// against its goal, side by side.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { GOALS, type Goal, type GoalId, type GoalReport, meets } from './goals.ts';

export default function setup(project: TestProject): () => void {
  const directory = mkdtempSync(join(tmpdir(), 'touchpoint-tally-goals-'));
  const file = join(directory, 'reports.jsonl');
  project.provide('goalReports', file);
  return () => {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // No bench reported a goal (a single bench file run on its own).
    }
    rmSync(directory, { recursive: true, force: true });
    const reports = text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as GoalReport);
    process.stdout.write(summary(reports));
  };
}

function summary(reports: readonly GoalReport[]): string {
  const rows = (Object.entries(GOALS) as [GoalId, Goal][]).map(([id, goal]) => {
    const report = reports.findLast((candidate) => candidate.id === id);
    const target = `${goal.atMost !== undefined ? '≤' : '≥'} ${figure(goal.atMost ?? goal.atLeast ?? 0, goal.unit)}`;
    if (!report) return [goal.what, 'not measured', target, '', ''];
    const verdict = meets(goal, report.measured) ? 'met' : 'NOT MET';
    return [goal.what, figure(report.measured, goal.unit), target, verdict, report.detail];
  });
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const lines = rows.map((row) =>
    row
      .map((cell, column) => (column < 4 ? cell.padEnd(widths[column] ?? 0) : cell))
      .join('  ')
      .trimEnd(),
  );
  return `\nIssue 15 goals, this run:\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
}

function figure(value: number, unit: Goal['unit']): string {
  switch (unit) {
    case '×':
      return `${value.toFixed(2)}×`;
    case 'KB':
      return `${value.toFixed(1)} KB`;
    case 'ms':
      return `${value.toFixed(0)} ms`;
  }
}
