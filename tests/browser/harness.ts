// Runs the real dev server and a headless Chromium for browser tests. Chromium comes from
// CHROMIUM_PATH when the user sets it, else from the @sparticuz/chromium package, so
// `npm install && npm test` needs no browser download from anywhere else.
import { createServer as createNetServer } from 'node:net';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

/** A running playground: the dev server, a browser, and the base URL. */
export interface Playground {
  readonly baseUrl: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];

async function launchChromium(): Promise<Browser> {
  const fromUser = process.env.CHROMIUM_PATH;
  if (fromUser) {
    return chromium.launch({
      executablePath: fromUser,
      headless: true,
      args: ['--no-sandbox', ...QUIET_FLAGS],
    });
  }
  const packaged = (await import('@sparticuz/chromium')).default;
  return chromium.launch({
    executablePath: await packaged.executablePath(),
    headless: true,
    // In one process, Chromium ends with the first page a test closes: let it run as usual.
    args: [...packaged.args.filter((arg) => arg !== '--single-process'), ...QUIET_FLAGS],
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the dev server on a free loopback port and a headless Chromium. */
export async function startPlayground(): Promise<Playground> {
  const port = await freePort();
  const server: ViteDevServer = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    // No file watching: an edit made while tests run must not reload the pages under test.
    server: { port, strictPort: true, host: '127.0.0.1', open: false, hmr: false, watch: null },
  });
  await server.listen();
  const browser = await launchChromium();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens a page and fails the test on any error the page throws. */
export async function openPage(
  playground: Playground,
  path: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await playground.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${playground.baseUrl}${path}`);
  return { page, errors };
}

/**
 * Opens a blank page whose clock skips `skip` ms of page time every 20 ms of real time, so the
 * panel's waits (backoff, rate limit) pass in a blink while what it does, and in which order,
 * stays the same. `close()` stops the clock's skipping and closes the page.
 */
export async function openPageOnFastClock(
  playground: Playground,
  skip: number,
): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const page = await playground.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.clock.install();
  let running = true;
  const skipping = (async () => {
    while (running) {
      await page.clock.fastForward(skip).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    page,
    errors,
    async close() {
      running = false;
      await skipping;
      await page.close();
    },
  };
}

/** Waits for the panel that Miro's headless entry opened in the playground, and returns its frame. */
export async function openPanel(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe.panel-frame', { timeout: 20_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the panel iframe has no content');
  await frame.waitForSelector('main.panel', { timeout: 20_000 });
  return frame;
}
