// Inserting a 3-phase × 12-touchpoint template on the simulated board at 100 ms per call (real
// timers): the executor as the panel runs it (its default calls in flight) against the same plan
// one call at a time. Prints calls, credits, calls per item, progress reports and the speed-up
// (goal: at least 25×); asserts only that both runs built the whole template within Miro's rate
// limit, reporting progress as they went.
import { performance } from 'node:perf_hooks';
import { expect, it } from 'vitest';
import { CATALOGUE } from '../src/core/catalogue.ts';
import { PHASES } from '../src/core/model.ts';
import { layoutTemplate } from '../src/core/template-layout.ts';
import type { TemplatePlan } from '../src/core/template-plan.ts';
import { insertTemplate, prepareInsertion } from '../src/miro/insert-template.ts';
import { createSimulatedMiro } from '../src/simulator/index.ts';
import { reportGoal } from './goals.ts';

const LATENCY_MS = 100;
const MIRO_CREDITS_PER_MINUTE = 100_000;

function benchPlan(): TemplatePlan {
  const result = layoutTemplate({
    mapId: 'bench',
    name: 'Benchmark persona',
    language: 'en',
    origin: { x: 0, y: 0 },
    touchpoints: CATALOGUE.slice(0, 12).map((touchpoint) => ({
      name: touchpoint.names.en,
      type: touchpoint.type,
      phases: PHASES,
    })),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A simulator sleep that queues every call's latency behind the previous one: strictly one call at a time. */
function oneAtATime(): (ms: number) => Promise<void> {
  let queue = Promise.resolve();
  return (ms) => {
    queue = queue.then(() => wait(ms));
    return queue;
  };
}

async function run(plan: TemplatePlan, mode: 'executor' | 'sequential') {
  const sleep = mode === 'executor' ? wait : oneAtATime();
  const { board, control } = createSimulatedMiro({ latencyMs: LATENCY_MS, seed: 1, sleep });
  // The executor's code is loaded before the clock starts, as the panel does once it has shown.
  await prepareInsertion();
  let reports = 0;
  const started = performance.now();
  const result = await insertTemplate(board, plan, {
    onFailure: 'rollback',
    onProgress: () => {
      reports += 1;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  return { result, seconds, reports, stats: control.stats(), items: control.items().length };
}

it('inserts a 3 × 12 template many times faster than one call at a time, within the rate limit', async () => {
  const plan = benchPlan();
  const concurrent = await run(plan, 'executor');
  const sequential = await run(plan, 'sequential');

  const rows = [
    ['', 'executor (as the panel runs it)', 'one call at a time'],
    ['time', `${concurrent.seconds.toFixed(2)} s`, `${sequential.seconds.toFixed(2)} s`],
    ['calls', String(concurrent.stats.calls), String(sequential.stats.calls)],
    ['credits', String(concurrent.stats.credits), String(sequential.stats.credits)],
    [
      'calls per item',
      (concurrent.stats.calls / plan.items.length).toFixed(3),
      (sequential.stats.calls / plan.items.length).toFixed(3),
    ],
    ['rejected calls', String(concurrent.stats.failures), String(sequential.stats.failures)],
    ['progress told', String(concurrent.reports), String(sequential.reports)],
  ];
  console.log(
    `\ninsert-template: ${plan.rows.length} rows, ${plan.items.length} items (${plan.counts.frames} frames, ${plan.counts.shapes} shapes, ${plan.counts.texts} texts), ${LATENCY_MS} ms per call`,
  );
  for (const row of rows) console.log(`  ${row[0]?.padEnd(16)}${row[1]?.padEnd(32)}${row[2]}`);
  const speedUp = sequential.seconds / concurrent.seconds;
  console.log(`  speed-up        ${speedUp.toFixed(1)}× (goal ≥ 25× faster than one call at a time)`);
  reportGoal(
    'template-speed-up',
    speedUp,
    `${concurrent.seconds.toFixed(2)} s vs ${sequential.seconds.toFixed(2)} s one call at a time, ${concurrent.stats.credits} credits, ${concurrent.stats.failures} rejected, ${concurrent.reports} progress reports`,
  );
  console.log(
    `  rate limit: the whole template costs ${concurrent.stats.credits} credits, within Miro's ${MIRO_CREDITS_PER_MINUTE} a minute; no call was rejected`,
  );

  for (const outcome of [concurrent, sequential]) {
    expect(outcome.result.kind).toBe('inserted');
    expect(outcome.items).toBe(plan.items.length);
    expect(outcome.stats.failures).toBe(0);
    expect(outcome.stats.credits).toBeLessThanOrEqual(MIRO_CREDITS_PER_MINUTE);
    expect(outcome.reports).toBeGreaterThan(plan.items.length);
  }
});
