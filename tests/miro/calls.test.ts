import { describe, expect, it } from 'vitest';
import { boardError } from '../../src/miro/board-errors.ts';
import { backoffDelay, createThrottle, runBounded, withRetry } from '../../src/miro/calls.ts';

function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

function flaky<T>(
  failures: number,
  value: T,
  message = 'Network failure',
): { call: () => Promise<T>; attempts: () => number } {
  let attempts = 0;
  return {
    attempts: () => attempts,
    call: async () => {
      attempts += 1;
      if (attempts <= failures) throw new Error(`${message} (attempt ${attempts})`);
      return value;
    },
  };
}

describe('withRetry', () => {
  it('returns the first success after failures, waiting twice as long each time', async () => {
    const { sleep, waits } = recordingSleep();
    const call = flaky(3, 'created');
    const result = await withRetry(call.call, { retries: 5, baseDelayMs: 100, sleep, random: () => 1 });
    expect(result).toBe('created');
    expect(call.attempts()).toBe(4);
    expect(waits).toEqual([100, 200, 400]);
  });

  it('gives up after the retries with the last error, having tried retries + 1 times', async () => {
    const { sleep, waits } = recordingSleep();
    const call = flaky(10, 'never');
    await expect(
      withRetry(call.call, { retries: 2, baseDelayMs: 10, sleep, random: () => 0 }),
    ).rejects.toThrow('attempt 3');
    expect(call.attempts()).toBe(3);
    expect(waits).toEqual([5, 10]);
  });

  it('does not wait at all when the first attempt succeeds', async () => {
    const { sleep, waits } = recordingSleep();
    expect(await withRetry(async () => 7, { retries: 3, baseDelayMs: 100, sleep, random: Math.random })).toBe(
      7,
    );
    expect(waits).toEqual([]);
  });

  it('stops retrying once cancelled', async () => {
    const { sleep } = recordingSleep();
    const controller = new AbortController();
    const call = flaky(10, 'never');
    const retrying = withRetry(
      async () => {
        if (call.attempts() === 1) controller.abort();
        return call.call();
      },
      { retries: 10, baseDelayMs: 1, sleep, random: () => 0, signal: controller.signal },
    );
    await expect(retrying).rejects.toThrow('attempt 2');
    expect(call.attempts()).toBe(2);
  });

  it('tells of each retry', async () => {
    const { sleep } = recordingSleep();
    const retries: number[] = [];
    await withRetry(flaky(2, 'ok').call, {
      retries: 3,
      baseDelayMs: 10,
      sleep,
      random: () => 0.5,
      onRetry: (_error, attempt) => retries.push(attempt),
    });
    expect(retries).toEqual([0, 1]);
  });
});

describe('withRetry on a rate-limited board', () => {
  it('recognises rate-limit errors by their wording', () => {
    expect(boardError(new Error('Rate limit exceeded: createShape needs 50 credits')).kind).toBe(
      'rate-limited',
    );
    expect(boardError(new Error('HTTP 429 Too Many Requests')).kind).toBe('rate-limited');
    expect(boardError(new Error('Simulated network failure')).kind).toBe('failed');
  });

  it('counts rate-limit errors apart, so waiting for credits does not use up the retries for failures', async () => {
    const { sleep } = recordingSleep();
    const limited = flaky(5, 'created', 'Rate limit exceeded');
    expect(
      await withRetry(limited.call, {
        retries: 1,
        rateLimitRetries: 5,
        baseDelayMs: 10,
        sleep,
        random: () => 0,
      }),
    ).toBe('created');
    const failing = flaky(2, 'created');
    await expect(
      withRetry(failing.call, { retries: 1, rateLimitRetries: 5, baseDelayMs: 10, sleep, random: () => 0 }),
    ).rejects.toThrow('Network failure (attempt 2)');
  });

  it('holds every call sharing a throttle while one waits out a rate limit', async () => {
    const throttle = createThrottle();
    const events: string[] = [];
    const wakeUps: (() => void)[] = [];
    const sleep = (ms: number) =>
      new Promise<void>((resolve) => {
        events.push(`sleep ${ms}`);
        wakeUps.push(resolve);
      });
    const options = { retries: 3, baseDelayMs: 100, sleep, random: () => 1, throttle };
    const first = withRetry(flaky(1, 'a', 'Rate limit exceeded').call, options);
    await settle();
    // The rate-limited call starts the shared hold and its own backoff.
    expect(events).toEqual(['sleep 100', 'sleep 100']);
    const second = withRetry(async () => {
      events.push('second call');
      return 'b';
    }, options);
    await settle();
    expect(events).not.toContain('second call');
    wakeUps[0]?.();
    await settle();
    expect(events).toContain('second call');
    wakeUps[1]?.();
    expect(await Promise.all([first, second])).toEqual(['a', 'b']);
  });
});

describe('backoffDelay', () => {
  it('jitters between half and all of a doubling ceiling, capped, so a rate-limit minute is outlasted', () => {
    const base = { baseDelayMs: 250, maxDelayMs: 30_000 };
    expect(backoffDelay(0, { ...base, random: () => 0 })).toBe(125);
    expect(backoffDelay(0, { ...base, random: () => 0.999999 })).toBeCloseTo(250, 2);
    expect(backoffDelay(3, { ...base, random: () => 0 })).toBe(1000);
    expect(backoffDelay(20, { ...base, random: () => 1 })).toBe(30_000);
    let total = 0;
    for (let attempt = 0; attempt < 10; attempt += 1)
      total += backoffDelay(attempt, { ...base, random: () => 0 });
    expect(total).toBeGreaterThan(60_000);
  });
});

/** A task that resolves when released, counting how many run at once. */
function gatedTasks(count: number) {
  let running = 0;
  let most = 0;
  const releases: (() => void)[] = [];
  const started: number[] = [];
  const tasks = Array.from({ length: count }, (_, index) => async () => {
    started.push(index);
    running += 1;
    most = Math.max(most, running);
    await new Promise<void>((resolve) => releases.push(resolve));
    running -= 1;
    return index * 10;
  });
  return { tasks, started, releases, most: () => most };
}

async function settle(): Promise<void> {
  for (let index = 0; index < 10; index += 1) await Promise.resolve();
}

describe('runBounded', () => {
  it('never runs more than the limit at once, starts tasks in order and returns results in order', async () => {
    const gated = gatedTasks(7);
    const progress: number[] = [];
    const run = runBounded(gated.tasks, 3, (_result, index) => progress.push(index));
    await settle();
    expect(gated.started).toEqual([0, 1, 2]);
    while (gated.releases.length > 0 || gated.started.length < 7) {
      gated.releases.shift()?.();
      await settle();
    }
    expect(await run).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(gated.most()).toBe(3);
    expect(progress).toHaveLength(7);
  });

  it('starts nothing new after a failure, waits for tasks in flight, then throws the first error', async () => {
    const finished: number[] = [];
    const tasks = [0, 1, 2, 3, 4, 5].map((index) => async () => {
      if (index === 1) throw new Error('task 1 failed');
      await settle();
      finished.push(index);
      return index;
    });
    await expect(runBounded(tasks, 3)).rejects.toThrow('task 1 failed');
    expect(finished.sort()).toEqual([0, 2]);
  });

  it('handles an empty list and a concurrency larger than the list', async () => {
    expect(await runBounded([], 4)).toEqual([]);
    expect(await runBounded([async () => 'a'], 50)).toEqual(['a']);
  });
});
