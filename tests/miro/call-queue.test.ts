import { describe, expect, it } from 'vitest';
import { createCallQueue } from '../../src/miro/call-queue.ts';

/** A call that ends when the test says so, recording when it started. */
function pending(started: string[], name: string) {
  let end = () => {};
  const done = new Promise<void>((resolve) => {
    end = resolve;
  });
  return {
    call: () => {
      started.push(name);
      return done.then(() => name);
    },
    end: () => end(),
  };
}

describe('createCallQueue', () => {
  it('never has more calls in flight than its bound, and runs every call once', async () => {
    const queue = createCallQueue(3);
    let inFlight = 0;
    let most = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        queue.run(async () => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          await new Promise((resolve) => setTimeout(resolve, 1));
          inFlight -= 1;
          return index;
        }),
      ),
    );
    expect(most).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, index) => index));
  });

  it("starts a waiting 'next' call before the 'later' ones asked for earlier", async () => {
    const queue = createCallQueue(1);
    const started: string[] = [];
    const first = pending(started, 'create A');
    const running = queue.run(first.call);
    const later = queue.run(pending(started, 'create B').call);
    const next = queue.run(pending(started, 'add A').call, 'next');
    first.end();
    await running;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['create A', 'add A']);
    void later;
    void next;
  });

  it('frees its place when a call fails', async () => {
    const queue = createCallQueue(1);
    await expect(queue.run(() => Promise.reject(new Error('lost')))).rejects.toThrow('lost');
    await expect(queue.run(async () => 'after')).resolves.toBe('after');
  });
});
