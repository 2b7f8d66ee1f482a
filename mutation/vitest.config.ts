import { defineConfig } from 'vitest/config';
import base from '../vite.config.ts';

// The core's unit tests and the in-process command-line tests: what mutation testing of src/core runs.
// (mergeConfig would append to the base config's `include`, not replace it; and the base config's
// projects are dropped, or their own `include`s would run the whole unit and browser suites instead.)
// MUTATION_TESTS narrows a run to some test files (comma-separated paths or globs), for mutating one
// file against the tests that concern it: much faster where most mutants are static (word lists),
// and its score is a lower bound of the full run's (fewer tests can only kill fewer mutants).
const only = process.env.MUTATION_TESTS?.split(',')
  .map((test) => test.trim())
  .filter((test) => test !== '');
const CORE_TESTS = [
  'tests/core/**/*.test.ts',
  'tests/cli/run-cli.test.ts',
  'tests/cli/colour-option.test.ts',
];

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects: undefined,
    include: only && only.length > 0 ? only : CORE_TESTS,
  },
});
