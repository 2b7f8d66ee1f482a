import { defineConfig } from 'vitest/config';
import base from '../vite.config.ts';

// The core's unit tests and the in-process command-line tests: what mutation testing of src/core runs.
// (mergeConfig would append to the base config's `include`, not replace it.)
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/core/**/*.test.ts', 'tests/cli/run-cli.test.ts', 'tests/cli/colour-option.test.ts'],
  },
});
