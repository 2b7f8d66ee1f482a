// While Miro's rate limit holds the app's calls back, the adapter's retries wait (src/miro/calls.ts)
// and the progress stands still for up to a minute. The panel follows those waits, so it can say
// that it is waiting for Miro and for about how long, instead of looking frozen. No Preact here:
// `RateLimitNotice` wires it to the page.

import type { RetryOptions } from '../miro/calls.ts';

/** The rate-limit waits of one piece of work, e.g. `scoreBoard(board, colours, reader, defaultRetry({ onRetry: watch.onRetry }))`. */
export interface RateLimitWatch {
  /** Give to the adapter's retries: each rate-limited retry tells how long it waits. */
  readonly onRetry: NonNullable<RetryOptions['onRetry']>;
  /** Whole seconds left of the longest wait in force, rounded up (e.g. 12), or null when none is. */
  secondsLeft(): number | null;
  /** Told when a new wait starts; returns the function that stops telling. */
  subscribe(listener: () => void): () => void;
  /** Forgets every wait, e.g. once the work is done (a last retry's wait may outlive it). */
  reset(): void;
}

/** A watch on the clock `now` (epoch milliseconds), e.g. `createRateLimitWatch(Date.now)`. */
export function createRateLimitWatch(now: () => number): RateLimitWatch {
  // Concurrent calls wait out the same hold (the throttle) or their own backoff: the user waits
  // for the one that ends last.
  let until = 0;
  const listeners = new Set<() => void>();
  return {
    onRetry(error, _attempt, delayMs) {
      if (error.kind !== 'rate-limited') return;
      const end = now() + delayMs;
      if (end <= until) return;
      until = end;
      for (const listener of listeners) listener();
    },
    secondsLeft() {
      const left = until - now();
      return left > 0 ? Math.ceil(left / 1000) : null;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      until = 0;
      for (const listener of listeners) listener();
    },
  };
}
