/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';

const MIRO_SDK_SCRIPT = '<script src="https://miro.com/app/static/sdk/v2/miro.js"></script>';

// In the local playground the panel (app.html) runs inside an iframe whose `window.miro` is the
// simulated board of the page around it. Only the dev server's `?sdk=simulated` request is
// rewritten; the app.html that Miro loads keeps Miro's own SDK script.
function simulatedSdkForPlayground(): Plugin {
  return {
    name: 'touchpoint-tally:simulated-sdk',
    apply: 'serve',
    transformIndexHtml(html, context) {
      if (!context.originalUrl?.includes('sdk=simulated')) return html;
      return html.replace(
        MIRO_SDK_SCRIPT,
        '<script type="module" src="/src/playground/panel-bridge.ts"></script>',
      );
    },
  };
}

export default defineConfig({
  plugins: [simulatedSdkForPlayground()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { port: 3000, strictPort: true },
  // Pre-bundle every dependency at start-up: a dependency found later reloads the open pages,
  // which would pull the panel out from under a user (or a browser test) mid-click.
  optimizeDeps: {
    entries: ['index.html', 'app.html', 'playground.html'],
    include: ['preact', 'preact/hooks', 'preact/jsx-runtime', 'papaparse'],
  },
  preview: { port: 3000, strictPort: true },
  // The build is what Miro loads: the headless entry and the panel. The playground is a page of
  // the dev server only (`npm start`): it swaps Miro's SDK script for the simulator, which a
  // built app.html never does, so a built playground could only fail ("miro is not defined").
  build: {
    // Every browser Miro supports preloads modules itself: the polyfill would only add a file to
    // the panel's first load.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { index: 'index.html', app: 'app.html' },
    },
  },
  // `npm test` runs both projects. `npm run test:unit` runs the fast one alone: the core, adapter,
  // simulator, panel logic and command line in-process. The browser project is what needs the built
  // app: Chromium against the dev server, and the built command-line executable.
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/browser/**', 'tests/cli/binary.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/cli/binary.test.ts'],
        },
      },
    ],
  },
});
