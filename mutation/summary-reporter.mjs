// A Stryker reporter that writes reports/mutation/summary.md: per file the mutants killed, survived
// and not covered, the score, and every survivor by line, so a run can be read without a browser.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { declareFactoryPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const OUTPUT = 'reports/mutation/summary.md';
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function summary(report) {
  const lines = [
    '| file | killed | timeout | survived | no coverage | ignored | score |',
    '|---|---|---|---|---|---|---|',
  ];
  const survivors = [];
  for (const [path, file] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const count = (status) => file.mutants.filter((mutant) => mutant.status === status).length;
    const detected = file.mutants.filter((mutant) => DETECTED.has(mutant.status)).length;
    const undetected = file.mutants.filter((mutant) => UNDETECTED.has(mutant.status));
    const valid = detected + undetected.length;
    const score = valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(1)}%`;
    lines.push(
      `| ${path} | ${count('Killed')} | ${count('Timeout')} | ${count('Survived')} | ${count('NoCoverage')} | ${count('Ignored')} | ${score} |`,
    );
    for (const mutant of undetected.sort((a, b) => a.location.start.line - b.location.start.line)) {
      const { line, column } = mutant.location.start;
      const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
      survivors.push(
        `- ${path}:${line}:${column} ${mutant.status} ${mutant.mutatorName}: \`${replacement}\``,
      );
    }
  }
  return `# Mutation testing of src/core\n\n${lines.join('\n')}\n\n## Not detected\n\n${survivors.join('\n')}\n`;
}

export const strykerPlugins = [
  declareFactoryPlugin(PluginKind.Reporter, 'summary', () => {
    let written = Promise.resolve();
    return {
      onMutationTestReportReady(report) {
        written = mkdir(dirname(OUTPUT), { recursive: true }).then(() => writeFile(OUTPUT, summary(report)));
      },
      wrapUp: () => written,
    };
  }),
];
