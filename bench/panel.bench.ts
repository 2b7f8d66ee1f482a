// The panel as Miro loads it and as a team feels it. Goals (issue 7): the panel's JavaScript
// under 30 KB gzip; and the time from clicking Score to the tally on the 5,000-note demo board in
// headless Chromium, printed (the median of a few runs, the first apart: it warms the page up).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { readBoard } from '../src/core/snapshot.ts';
import { tallyBoard } from '../src/core/tally.ts';
import { demoBoard } from '../src/playground/demo-boards.ts';
import { openPage, type Playground, startPlayground } from '../tests/browser/harness.ts';

const outDir = mkdtempSync(join(tmpdir(), 'touchpoint-tally-panel-'));
const RUNS = 5;
let playground: Playground | undefined;

afterAll(async () => {
  await playground?.close();
  rmSync(outDir, { recursive: true, force: true });
});

type BuildOutput = Extract<Awaited<ReturnType<typeof build>>, { output: unknown }>;
type Chunk = Extract<BuildOutput['output'][number], { type: 'chunk' }>;

/** The JavaScript chunks app.html loads: its entry and, transitively, everything it imports statically. */
function panelChunks(output: readonly BuildOutput['output'][number][]): Chunk[] {
  const chunks = new Map(
    output.flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])),
  );
  const html = readFileSync(join(outDir, 'app.html'), 'utf8');
  const pending = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1] ?? '');
  const seen = new Map<string, Chunk>();
  while (pending.length > 0) {
    const name = pending.pop() ?? '';
    const chunk = chunks.get(name);
    if (!chunk || seen.has(name)) continue;
    seen.set(name, chunk);
    pending.push(...chunk.imports);
  }
  return [...seen.values()];
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function gzipSize(text: string | Uint8Array): number {
  return gzipSync(text, { level: 9 }).length;
}

describe('panel', () => {
  it('prints the gzip size of the JavaScript app.html loads, and what weighs most in it', async () => {
    const built = await build({
      configFile: 'vite.config.ts',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    const output = (Array.isArray(built) ? built : [built]).flatMap((result) =>
      'output' in result ? result.output : [],
    );
    const chunks = panelChunks(output);
    expect(chunks.some((chunk) => chunk.isEntry && chunk.name === 'app')).toBe(true);
    let raw = 0;
    let gzip = 0;
    for (const chunk of chunks) {
      raw += chunk.code.length;
      gzip += gzipSize(chunk.code);
      console.log(
        `  ${chunk.fileName}: ${kilobytes(chunk.code.length)}, ${kilobytes(gzipSize(chunk.code))} gzip`,
      );
    }
    const css = readFileSync(join(outDir, 'app.html'), 'utf8').match(/href="\/([^"]+\.css)"/)?.[1];
    const cssGzip = css ? gzipSize(readFileSync(join(outDir, css))) : 0;
    console.log(
      `panel JavaScript: ${kilobytes(raw)}, ${kilobytes(gzip)} gzip (goal < 30 KB gzip); CSS ${kilobytes(cssGzip)} gzip`,
    );
    // Each module gzipped alone (a little more than its share of the whole): where to look first.
    // The score and export steps load after the panel has shown itself (src/panel/use-lazy-step.ts).
    const initial = new Set(chunks.map((chunk) => chunk.fileName));
    const byName = new Map(
      output.flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])),
    );
    const later = new Map<string, Chunk>();
    const pending = chunks.flatMap((chunk) => chunk.dynamicImports);
    while (pending.length > 0) {
      const name = pending.pop() ?? '';
      const chunk = byName.get(name);
      if (!chunk || initial.has(name) || later.has(name)) continue;
      later.set(name, chunk);
      pending.push(...chunk.imports, ...chunk.dynamicImports);
    }
    const laterGzip = [...later.values()].reduce((sum, chunk) => sum + gzipSize(chunk.code), 0);
    console.log(`  loaded after the panel shows (score and export steps): ${kilobytes(laterGzip)} gzip`);
    const modules = chunks
      .flatMap((chunk) => Object.entries(chunk.modules))
      .map(([id, module]) => ({ id: relative(process.cwd(), id), gzip: gzipSize(module.code ?? '') }))
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 8);
    console.log(
      `  heaviest modules: ${modules.map((module) => `${module.id} ${kilobytes(module.gzip)}`).join(', ')}`,
    );
  });

  it('prints the time from clicking Score to the tally on the 5,000-note board', async () => {
    const expected = tallyBoard(readBoard(demoBoard('large')));
    playground = await startPlayground();
    const { page, errors } = await openPage(playground, '/playground.html?board=large&latency=0&jitter=0');
    const handle = await page.waitForSelector('iframe.panel-frame', { timeout: 60_000 });
    const panel = await handle.contentFrame();
    if (!panel) throw new Error('the panel iframe has no content');
    await panel.waitForSelector('main.panel', { timeout: 60_000 });
    await panel.locator('main.panel > header select').selectOption('en');
    await panel.getByRole('tab', { name: '2. Score' }).click();

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
    expect(summary).toContain(`${expected.notes} notes read`);
    expect(errors).toEqual([]);

    const [first, ...rest] = times;
    const sorted = [...rest].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(
      `Score → tally on ${expected.notes} notes (headless Chromium, latency 0): median ${median.toFixed(0)} ms of ${rest.length} runs (${sorted.map((time) => time.toFixed(0)).join(', ')}); first run ${first?.toFixed(0)} ms`,
    );
    await page.close();
  });
});
