import { defineConfig } from 'vite';

// Builds the command line into one Node module, run by bin/touchpoint-tally.mjs.
// @mirohq/miro-api stays outside the bundle: a CommonJS package on node-fetch 2, loaded at run
// time from node_modules (it is a runtime dependency, so `npm ci` installs it), and only when a
// board is read from Miro. The panel never imports it.
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'touchpoint-tally.js', format: 'es' } },
  },
  ssr: { noExternal: true, external: ['@mirohq/miro-api'] },
});
