import { defineConfig } from 'vitest/config';

// `npm run screenshots`: writes the README's pictures from the browser. Apart from `npm test`,
// because it writes files into docs/.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/browser/screenshots.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
