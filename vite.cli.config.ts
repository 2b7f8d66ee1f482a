import { defineConfig } from 'vite';

// Builds the command line into one Node module, run by bin/touchpoint-tally.mjs.
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'touchpoint-tally.js', format: 'es' } },
  },
  ssr: { noExternal: true },
});
