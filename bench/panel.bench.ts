// The panel as Miro loads it and as a team feels it, in headless Chromium. Issue 15's goals: what
// the built panel fetches before it shows itself (app.html, JavaScript, CSS, the words of its
// language) at most 25 KB gzip; and Score on a 50,000-note board (the simulated board, no latency):
// the tally within 500 ms of the click, no task over 50 ms, progress shown. Also printed: Score on
// the 5,000-note demo board (the median of a few runs, the first apart: it warms the page up).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Frame, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { readBoard } from '../src/core/snapshot.ts';
import { tallyBoard } from '../src/core/tally.ts';
import { demoBoard } from '../src/playground/demo-boards.ts';
import type { PlaygroundWindow } from '../src/playground/main.tsx';
import { openPage, type Playground, startPlayground } from '../tests/browser/harness.ts';
import { reportGoal } from './goals.ts';

const outDir = mkdtempSync(join(tmpdir(), 'touchpoint-tally-panel-'));
const RUNS = 5;
const LARGE_RUNS = 3;
let playground: Playground | undefined;

afterAll(async () => {
  await playground?.close();
  rmSync(outDir, { recursive: true, force: true });
});

// Miro's SDK script, for the built app.html outside Miro: a board whose every call never answers,
// so the panel shows itself and fetches what it fetches at start, and nothing else happens.
const MIRO_STUB = `{
  const never = new Proxy(function () {}, {
    get: (_, key) => (key === 'then' ? () => undefined : never),
    apply: () => never,
  });
  window.miro = { board: never, clientVersion: 'stub' };
}`;

/** A file the panel fetched, its gzip size, and whether it came before the panel showed itself. */
interface Fetched {
  readonly path: string;
  readonly gzip: number;
  readonly atStart: boolean;
}

/** Serves the built app and opens app.html as Miro would: every file it fetches until it is idle. */
async function firstLoad(browser: Browser): Promise<Fetched[]> {
  const server = createServer((request, response) => {
    const path = join(outDir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(outDir) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : 'text/html';
    response.writeHead(200, { 'content-type': type }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const page = await browser.newPage();
  try {
    await page.route('https://miro.com/**', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: MIRO_STUB }),
    );
    // The moment the panel is on screen, taken in the page: files asked for before it were needed to show it.
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector('main.panel')) return;
        (window as unknown as { shownAt: number }).shownAt = performance.now();
        seen.disconnect();
      });
      seen.observe(document, { subtree: true, childList: true });
    });
    await page.goto(`${base}/app.html`);
    await page.waitForSelector('main.panel');
    // The steps beyond the first load when the browser is idle (at most 1.5 s after the panel shows).
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2500);
    const files = await page.evaluate(() => {
      const shownAt = (window as unknown as { shownAt: number }).shownAt;
      return [
        { name: location.href, startTime: 0 },
        ...performance.getEntriesByType('resource').map(({ name, startTime }) => ({ name, startTime })),
      ].map(({ name, startTime }) => ({ url: name, atStart: startTime < shownAt }));
    });
    return files.flatMap(({ url, atStart }) => {
      const { origin, pathname } = new URL(url);
      if (origin !== base) return [];
      return [{ path: pathname, gzip: gzipSize(readFileSync(join(outDir, pathname))), atStart }];
    });
  } finally {
    await page.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** The board with `copies` of each sticky note (new ids, each copy a little to the right of the last): 10 copies of the 5,000-note demo board make 50,000 notes. */
function manyNotes(file: readonly Record<string, unknown>[], copies: number): Record<string, unknown>[] {
  return file.flatMap((item) =>
    item.type !== 'sticky_note'
      ? [item]
      : Array.from({ length: copies }, (_, copy) => ({
          ...item,
          id: copy === 0 ? item.id : `${String(item.id)}-${copy}`,
          x: Number(item.x) + copy * 0.5,
        })),
  );
}

/** One Score click timed inside the panel: to the tally shown, the longest task meanwhile, and how often the progress moved. */
interface ScoreRun {
  readonly milliseconds: number;
  readonly longest: number;
  readonly long: number;
  readonly progress: number;
}

function timeScore(panel: Frame): Promise<ScoreRun> {
  return panel.evaluate(
    () =>
      new Promise<ScoreRun>((resolve) => {
        const step = document.getElementById('step-score');
        const button = step?.querySelector<HTMLButtonElement>('button.primary');
        if (!step || !button) throw new Error('no Score button');
        const tasks: number[] = [];
        const longTasks = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push(entry.duration);
        });
        longTasks.observe({ type: 'longtask' });
        let started = false;
        let progress = 0;
        let value: string | null = null;
        const observer = new MutationObserver(() => {
          if (button.disabled) started = true;
          const now = step.querySelector('progress')?.getAttribute('value') ?? null;
          if (now !== null && now !== value) progress += 1;
          value = now;
          if (started && !button.disabled && step.querySelector('[data-testid="tally-table"]')) {
            const milliseconds = performance.now() - start;
            observer.disconnect();
            // Long tasks are reported after they end: give the last one a moment to arrive.
            setTimeout(() => {
              longTasks.disconnect();
              resolve({
                milliseconds,
                longest: Math.max(0, ...tasks),
                long: tasks.filter((duration) => duration > 50).length,
                progress,
              });
            }, 100);
          }
        });
        observer.observe(step, { subtree: true, childList: true, attributes: true, characterData: true });
        const start = performance.now();
        button.click();
      }),
  );
}

/** The panel of a playground page, in English, on its score step once the step has loaded (a large board takes a while). */
async function openScoreStep(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe.panel-frame', { timeout: 60_000 });
  const panel = await handle.contentFrame();
  if (!panel) throw new Error('the panel iframe has no content');
  await panel.waitForSelector('main.panel', { timeout: 60_000 });
  await panel.locator('main.panel > header select').selectOption('en');
  await panel.getByRole('tab', { name: '2. Score' }).click();
  await panel.waitForSelector('#step-score button.primary', { timeout: 60_000 });
  return panel;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function gzipSize(text: string | Uint8Array): number {
  return gzipSync(text, { level: 9 }).length;
}

describe('panel', () => {
  it('prints what the built panel fetches before it shows itself, gzip, and what weighs most in it', async () => {
    const built = await build({
      configFile: 'vite.config.ts',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    const output = (Array.isArray(built) ? built : [built]).flatMap((result) =>
      'output' in result ? result.output : [],
    );
    playground ??= await startPlayground();
    const fetched = await firstLoad(playground.browser);
    const atStart = fetched.filter((file) => file.atStart);
    const later = fetched.filter((file) => !file.atStart);
    expect(atStart.some((file) => /\/assets\/app-.*\.js$/.test(file.path))).toBe(true);
    const sum = (files: readonly Fetched[]) => files.reduce((total, file) => total + file.gzip, 0);
    for (const file of atStart) console.log(`  at start: ${file.path} ${kilobytes(file.gzip)} gzip`);
    console.log(
      `  fetched once the panel shows, while idle (score and export steps, insertion): ${kilobytes(sum(later))} gzip in ${later.length} files`,
    );
    const start = sum(atStart) / 1024;
    console.log(
      `panel's first load: ${start.toFixed(1)} KB gzip in ${atStart.length} files (goal ≤ 25 KB), JavaScript ${kilobytes(sum(atStart.filter((file) => file.path.endsWith('.js'))))}`,
    );
    reportGoal(
      'panel-first-load',
      start,
      `${atStart.map((file) => `${file.path.replace(/^\/assets\//, '').replace(/-[\w-]{8}\./, '.')} ${(file.gzip / 1024).toFixed(1)}`).join(' + ')}, fetched before the built panel shows itself in Chromium; ${kilobytes(sum(later))} more while idle after`,
    );
    // Each module of the first load gzipped alone (a little more than its share): where to look first.
    const first = new Set(atStart.map((file) => file.path.slice(1)));
    const modules = output
      .flatMap((file) =>
        file.type === 'chunk' && first.has(file.fileName) ? Object.entries(file.modules) : [],
      )
      .map(([id, module]) => ({ id: relative(process.cwd(), id), gzip: gzipSize(module.code ?? '') }))
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 8);
    console.log(
      `  heaviest modules: ${modules.map((module) => `${module.id} ${kilobytes(module.gzip)}`).join(', ')}`,
    );
  });

  it('prints the time from clicking Score to the tally on the 5,000-note board', async () => {
    const expected = tallyBoard(readBoard(demoBoard('large')));
    playground ??= await startPlayground();
    const { page, errors } = await openPage(playground, '/playground.html?board=large&latency=0&jitter=0');
    const panel = await openScoreStep(page);

    const times: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      // Timed inside the page, from the click to the DOM showing the result, with no test round trip.
      const milliseconds = await panel.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const step = document.getElementById('step-score');
            const button = step?.querySelector<HTMLButtonElement>('button.primary');
            if (!step || !button) throw new Error('no Score button');
            let started = false;
            const observer = new MutationObserver(() => {
              if (button.disabled) started = true;
              else if (started && step.querySelector('[data-testid="tally-table"]')) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(step, { subtree: true, childList: true, attributes: true, characterData: true });
            const start = performance.now();
            button.click();
          }),
      );
      times.push(milliseconds);
    }
    const summary = await panel.getByTestId('score-summary').textContent();
    expect(summary).toContain(`${expected.notes.toLocaleString('en')} notes read`);
    expect(errors).toEqual([]);

    const [first, ...rest] = times;
    const sorted = [...rest].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(
      `Score → tally on ${expected.notes} notes (headless Chromium, latency 0): median ${median.toFixed(0)} ms of ${rest.length} runs (${sorted.map((time) => time.toFixed(0)).join(', ')}); first run ${first?.toFixed(0)} ms`,
    );
    await page.close();
  });
  it('prints click → tally, the longest task and the progress shown, scoring a 50,000-note board', async () => {
    const file = manyNotes(demoBoard('large'), 10);
    const expected = tallyBoard(readBoard(file));
    playground ??= await startPlayground();
    // In Miro the board is drawn by Miro's page, in its own process: neither its drawing nor its
    // memory is the panel's. Here the board is the same page, so it is left undrawn: 50,000 drawn
    // notes are some 300,000 DOM nodes in the heap the panel's garbage collector goes through.
    const { page, errors } = await openPage(
      playground,
      '/playground.html?board=empty&latency=0&jitter=0&draw=off',
    );
    await page.waitForFunction(() => 'touchpointTallyPlayground' in window);
    await page.evaluate((items) => {
      (window as unknown as PlaygroundWindow).touchpointTallyPlayground.control.load(items);
    }, file);
    // The simulator has just built the board in this page's heap, where Miro keeps it in its own
    // page: the heap settles first, so the first Score does not pay for copying the playground's
    // newly made board out of the young generation (what a board loaded a while ago costs nothing).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.detach();
    const panel = await openScoreStep(page);

    const runs: ScoreRun[] = [];
    for (let run = 0; run < LARGE_RUNS; run += 1) runs.push(await timeScore(panel));
    for (const [index, run] of runs.entries())
      console.log(
        `  ${index === 0 ? 'first' : 'again'}: click → tally ${run.milliseconds.toFixed(0)} ms, longest task ${run.longest.toFixed(0)} ms, ${run.long} tasks over 50 ms, ${run.progress} progress updates`,
      );
    const [first] = runs;
    console.log(
      `Score on ${expected.notes} notes (headless Chromium, latency 0): first click → tally ${first?.milliseconds.toFixed(0)} ms (goal ≤ 500), longest task ${Math.max(...runs.map((run) => run.longest)).toFixed(0)} ms (goal ≤ 50)`,
    );
    const times = runs.map((run) => run.milliseconds).sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const longest = Math.max(...runs.map((run) => run.longest));
    const runsSaid = `${runs.length} clicks, the first reading every template mark`;
    reportGoal(
      'panel-score-50k',
      median,
      `median of ${runsSaid} (${runs.map((run) => run.milliseconds.toFixed(0)).join(', ')} ms); progress moved ${runs.map((run) => run.progress).join(', ')} times`,
    );
    reportGoal(
      'panel-longest-task',
      longest,
      `over ${runsSaid}: ${runs.map((run) => `${run.long} over 50 ms`).join(', ')}`,
    );
    const summary = await panel.getByTestId('score-summary').textContent();
    expect(summary).toContain(`${expected.notes.toLocaleString('en')} notes read`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
