// A bound on the calls in flight shared by many tasks, finishing what is started before starting
// more: the template insertion's (src/miro/insertion.ts), which builds every part at once.

/** Calls in flight at once, shared by many tasks; e.g. `queue.run(() => frame.add(row), 'next')`. */
export interface CallQueue {
  /**
   * Runs `call` once fewer than the bound are in flight. Calls asked for `'next'` go before the
   * waiting `'later'` ones (the default): finishing what is started before starting more.
   */
  run<T>(call: () => Promise<T>, turn?: 'next' | 'later'): Promise<T>;
}

/** A queue letting `concurrency` calls run at once, e.g. one per template insertion. */
export function createCallQueue(concurrency: number): CallQueue {
  const bound = Math.max(1, Math.floor(concurrency));
  let running = 0;
  const next: (() => void)[] = [];
  const later: (() => void)[] = [];
  return {
    async run(call, turn = 'later') {
      if (running < bound) running += 1;
      // A finishing call hands its place straight to the one it wakes: `running` stays the same.
      else await new Promise<void>((wake) => (turn === 'next' ? next : later).push(wake));
      try {
        return await call();
      } finally {
        const wake = next.shift() ?? later.shift();
        if (wake) wake();
        else running -= 1;
      }
    },
  };
}
