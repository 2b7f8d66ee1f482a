// Every SDK call of the simulated board passes this gate: it waits (latency with jitter),
// may fail at random (a seeded, reproducible random source), and spends rate-limit credits
// the way Miro does, rejecting calls once a minute's budget is spent. It also counts calls
// for the tests and the playground.

/** The knobs of a simulated board, e.g. `{ latencyMs: 80, jitterMs: 40, failureRate: 0.05, seed: 7 }`. */
export interface SimulatorOptions {
  /** Delay before every call completes, in milliseconds (default 0). */
  readonly latencyMs?: number;
  /** Extra random delay, uniform in [0, jitterMs) (default 0). */
  readonly jitterMs?: number;
  /** Probability (0..1) that a call fails with an Error before doing anything (default 0). */
  readonly failureRate?: number;
  /**
   * Probability (0..1) that a call takes effect on the board but its answer is lost: the promise
   * rejects as a time-out would, after the change was made (default 0).
   */
  readonly lostRate?: number;
  /** Rate-limit budget per minute in credits (default 100,000, Miro's limit; `Infinity` for none). */
  readonly creditsPerMinute?: number;
  /** Seed of the random source behind failures and jitter (default 1). */
  readonly seed?: number;
  /** The clock, in milliseconds (default `Date.now`). */
  readonly now?: () => number;
  /** How to wait; tests inject one that records instead of waiting (default `setTimeout`). */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Counters of the calls made through a session, e.g. to assert a reader made one `get`. */
export interface SimulatorStats {
  readonly calls: number;
  readonly credits: number;
  readonly failures: number;
  /** Calls that took effect but whose answer was lost (counted in `failures` too). */
  readonly lost: number;
  readonly byMethod: Readonly<Record<string, number>>;
}

/**
 * Credits per call. Miro documents 50 for "most actions on board items" (create, sync,
 * metadata, remove, selection...), 500 for images and embeds, and documents the experimental `get` at level 3 (500);
 * we assume about 500
 * for `get` without a filter. Our choice for a filtered `get` is a flat 50 (a level-1 call),
 * and calls that touch no item (viewport, notifications, panels, events) cost nothing.
 */
export const CREDIT_COSTS = {
  item: 50,
  unfilteredGet: 500,
  filteredGet: 50,
  free: 0,
} as const;

const MINUTE_MS = 60_000;
const MIRO_CREDITS_PER_MINUTE = 100_000;

/** Mulberry32: a small seeded PRNG giving floats in [0, 1), so a seed replays the same failures. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lostSeed(seed: number): number {
  return (seed ^ 0x9e3779b9) >>> 0;
}

/** The gate of one session; `run` wraps each SDK call. */
export interface CallGate {
  run<T>(method: string, credits: number, action: () => T | Promise<T>): Promise<T>;
  setOptions(options: SimulatorOptions): void;
  options(): Required<SimulatorOptions>;
  stats(): SimulatorStats;
  resetStats(): void;
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function resolveOptions(
  options: SimulatorOptions,
  base?: Required<SimulatorOptions>,
): Required<SimulatorOptions> {
  const merged: Required<SimulatorOptions> = {
    latencyMs: options.latencyMs ?? base?.latencyMs ?? 0,
    jitterMs: options.jitterMs ?? base?.jitterMs ?? 0,
    failureRate: options.failureRate ?? base?.failureRate ?? 0,
    lostRate: options.lostRate ?? base?.lostRate ?? 0,
    creditsPerMinute: options.creditsPerMinute ?? base?.creditsPerMinute ?? MIRO_CREDITS_PER_MINUTE,
    seed: options.seed ?? base?.seed ?? 1,
    now: options.now ?? base?.now ?? Date.now,
    sleep: options.sleep ?? base?.sleep ?? defaultSleep,
  };
  if (merged.latencyMs < 0 || merged.jitterMs < 0)
    throw new Error('latencyMs and jitterMs must not be negative.');
  if (!(merged.failureRate >= 0 && merged.failureRate <= 1))
    throw new Error('failureRate must be between 0 and 1.');
  if (!(merged.lostRate >= 0 && merged.lostRate <= 1)) throw new Error('lostRate must be between 0 and 1.');
  if (!(merged.creditsPerMinute >= 0)) throw new Error('creditsPerMinute must not be negative.');
  return merged;
}

/** A gate with the given knobs; `setOptions` changes them later (a new seed restarts the random source). */
export function createCallGate(initial: SimulatorOptions = {}): CallGate {
  let options = resolveOptions(initial);
  let random = seededRandom(options.seed);
  // Lost answers draw from a stream of their own, so a seed replays the same failures and
  // latencies whether or not answers are lost.
  let lostRandom = seededRandom(lostSeed(options.seed));
  let windowStart: number | undefined;
  let spentInWindow = 0;
  let calls = 0;
  let credits = 0;
  let failures = 0;
  let lost = 0;
  let byMethod: Record<string, number> = {};

  return {
    async run(method, cost, action) {
      calls += 1;
      byMethod[method] = (byMethod[method] ?? 0) + 1;
      // Draw both numbers on every call so the failure sequence depends only on the seed and
      // the number of calls, not on whether latency is switched on.
      const jitter = random() * options.jitterMs;
      const roll = random();
      const lostRoll = lostRandom();
      const delay = options.latencyMs + jitter;
      if (delay > 0) await options.sleep(delay);
      if (roll < options.failureRate) {
        failures += 1;
        throw new Error(`Simulated network failure: ${method} did not reach the board.`);
      }
      if (cost > 0) {
        const now = options.now();
        // Miro issues new credits after the interval in which the limit was hit: a fixed window.
        if (windowStart === undefined || now - windowStart >= MINUTE_MS) {
          windowStart = now;
          spentInWindow = 0;
        }
        if (spentInWindow + cost > options.creditsPerMinute) {
          failures += 1;
          const waitMs = windowStart + MINUTE_MS - now;
          throw new Error(
            `Rate limit exceeded: ${method} needs ${cost} credits, ${options.creditsPerMinute - spentInWindow} of ${options.creditsPerMinute} left this minute; new credits in ${Math.ceil(waitMs / 1000)} s.`,
          );
        }
        spentInWindow += cost;
        credits += cost;
      }
      const result = await action();
      if (lostRoll < options.lostRate) {
        failures += 1;
        lost += 1;
        throw new Error(`Simulated time-out: ${method} got no answer in time.`);
      }
      return result;
    },
    setOptions(partial) {
      const seedChanged = partial.seed !== undefined && partial.seed !== options.seed;
      options = resolveOptions(partial, options);
      if (seedChanged) {
        random = seededRandom(options.seed);
        lostRandom = seededRandom(lostSeed(options.seed));
      }
    },
    options: () => options,
    stats: () => ({ calls, credits, failures, lost, byMethod: { ...byMethod } }),
    resetStats() {
      calls = 0;
      credits = 0;
      failures = 0;
      lost = 0;
      byMethod = {};
    },
  };
}
