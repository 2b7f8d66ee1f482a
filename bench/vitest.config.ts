import { defineConfig } from 'vitest/config';

// Benchmarks print what they measure; they run apart from the tests and assert nothing about time.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['bench/**/*.bench.ts'],
    // Prints issue 15's goals, each row against its goal, once every bench file has run.
    globalSetup: ['bench/goals-summary.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    disableConsoleIntercept: true,
    reporters: ['default'],
  },
});
