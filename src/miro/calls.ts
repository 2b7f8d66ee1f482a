// How the adapter makes many SDK calls: a few at a time, and again after a failure. Miro
// rejects calls once a minute's credits are spent and calls fail on a flaky network; waiting
// longer after each failure (with jitter, so parallel calls do not retry in lockstep) lets
// them through without hammering the board. "Not found" is never retried: an item deleted by
// someone stays deleted, and the caller can roll back or report at once. Here the SDK's errors
// enter the adapter: each is classified once (`boardError`), and what gives up throws its kind.
import { type BoardError, boardError } from './board-errors.ts';

/** How to retry a failing call, e.g. `{ retries: 8, baseDelayMs: 250, sleep, random }`. */
export interface RetryOptions {
  /** Retries after the first attempt; 0 means a single attempt. */
  readonly retries: number;
  /**
   * Retries after rate-limit errors, counted apart (default 3 × `retries`): waiting for new
   * credits is expected on a busy board and must not use up the retries meant for failures.
   */
  readonly rateLimitRetries?: number;
  /** The first wait; each further wait doubles, up to `maxDelayMs`. */
  readonly baseDelayMs: number;
  /** The longest single wait (default 30 s, half of Miro's one-minute rate-limit window). */
  readonly maxDelayMs?: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** A source of numbers in [0, 1) for the jitter. */
  readonly random: () => number;
  /** Stops retrying: the call's own error is thrown once the signal is aborted. */
  readonly signal?: AbortSignal;
  /** Told of every failure that will be retried, e.g. to count them. */
  readonly onRetry?: (error: BoardError, attempt: number, delayMs: number) => void;
  /** Shared by calls to the same board: a rate-limited call holds them all back (see `createThrottle`). */
  readonly throttle?: Throttle;
}

/**
 * A hold shared by concurrent calls. Without it, whichever calls happen to be awake when Miro
 * issues new credits take them all, and a call backing off for long can miss window after
 * window; with it, everyone waits out the same pause and comes back together.
 */
export interface Throttle {
  /** Resolves once no hold is in force. */
  wait(): Promise<void>;
  /** Holds every call back for `ms`, unless a hold is already in force. */
  holdFor(ms: number, sleep: (ms: number) => Promise<void>): void;
}

/** A fresh throttle, e.g. one per template insertion. */
export function createThrottle(): Throttle {
  let hold: Promise<void> | null = null;
  return {
    async wait() {
      while (hold) await hold;
    },
    holdFor(ms, sleep) {
      if (hold) return;
      hold = sleep(ms).then(() => {
        hold = null;
      });
    },
  };
}

/** Waits with a real timer, e.g. `await sleep(250)`; tests pass their own `sleep` instead. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The adapter's usual retry, with real timers and jitter: 4 retries from 250 ms. Callers change
 * only what differs, e.g. `defaultRetry({ retries: 2 })` for a storage read the user waits on.
 */
export function defaultRetry(overrides: Partial<RetryOptions> = {}): RetryOptions {
  return { retries: 4, baseDelayMs: 250, sleep, random: Math.random, ...overrides };
}

const DEFAULT_MAX_DELAY_MS = 30_000;

/** The wait before retry number `attempt` (0-based): half fixed, half random, doubling each time. */
export function backoffDelay(
  attempt: number,
  options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>,
): number {
  const ceiling = Math.min(options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS, options.baseDelayMs * 2 ** attempt);
  // "Equal jitter": never less than half the ceiling, so waits still grow enough to outlast a
  // rate-limit window, but spread so concurrent retries do not arrive together.
  return ceiling / 2 + options.random() * (ceiling / 2);
}

/**
 * Calls `fn` until it succeeds or the retries run out, waiting longer after each failure; e.g.
 * `withRetry(() => board.createShape(props), options)`. Rejects with a `BoardError` of the last failure.
 */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  const rateLimitRetries = options.rateLimitRetries ?? 3 * options.retries;
  let failures = 0;
  let limited = 0;
  for (;;) {
    await options.throttle?.wait();
    try {
      return await fn();
    } catch (thrown) {
      const error = boardError(thrown);
      if (error.kind === 'deleted') throw error;
      const rateLimited = error.kind === 'rate-limited';
      const attempt = rateLimited ? limited : failures;
      if (attempt >= (rateLimited ? rateLimitRetries : options.retries) || options.signal?.aborted)
        throw error;
      if (rateLimited) limited += 1;
      else failures += 1;
      const delay = backoffDelay(attempt, options);
      options.onRetry?.(error, attempt, delay);
      if (rateLimited) options.throttle?.holdFor(delay, options.sleep);
      await options.sleep(delay);
      // Aborted while waiting: the caller has moved on, so no further call.
      if (options.signal?.aborted) throw error;
    }
  }
}

/**
 * Runs tasks with at most `concurrency` in flight, in order of the list, calling `onEach` as each
 * one succeeds. After the first failure no further task starts; the ones in flight are awaited,
 * then that first error is thrown. Results come back in the order of the tasks.
 * Example: `await runBounded(items.map((item) => () => create(item)), 8, () => progress += 1)`.
 */
export async function runBounded<T>(
  tasks: readonly (() => Promise<T>)[],
  concurrency: number,
  onEach?: (result: T, index: number) => void,
): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const failures: unknown[] = [];
  const worker = async (): Promise<void> => {
    while (failures.length === 0 && next < tasks.length) {
      const index = next;
      next += 1;
      const task = tasks[index];
      if (!task) continue;
      try {
        const result = await task();
        results[index] = result;
        onEach?.(result, index);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(concurrency), tasks.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failures.length > 0) throw failures[0];
  return results;
}
