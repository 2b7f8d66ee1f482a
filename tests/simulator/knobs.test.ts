// The knobs that make the simulated board as unreliable as a real one: seeded failures,
// Miro's credit budget, latency. Time is injected; nothing here waits on a wall clock.
import { describe, expect, it } from 'vitest';
import { CREDIT_COSTS, createSimulatedMiro } from '../../src/simulator/index.ts';

async function outcomes(seed: number): Promise<boolean[]> {
  const { board } = createSimulatedMiro({ seed, failureRate: 0.3 });
  const results: boolean[] = [];
  for (let index = 0; index < 40; index += 1) {
    results.push(
      await board.createShape({}).then(
        () => true,
        () => false,
      ),
    );
  }
  return results;
}

describe('simulator knobs', () => {
  it('fails the same calls for the same seed, and different ones for another seed', async () => {
    const first = await outcomes(7);
    expect(await outcomes(7)).toEqual(first);
    expect(await outcomes(8)).not.toEqual(first);
    const failed = first.filter((ok) => !ok).length;
    expect(failed).toBeGreaterThan(3);
    expect(failed).toBeLessThan(25);
  });

  it('fails a call before it does anything: a failed create leaves no item', async () => {
    const { board, control } = createSimulatedMiro({ failureRate: 1 });
    await expect(board.createStickyNote({})).rejects.toThrow(/Simulated network failure/);
    expect(control.items()).toEqual([]);
    expect(control.stats()).toMatchObject({ calls: 1, failures: 1, credits: 0 });
  });

  it('loses answers of calls that took effect: the item is on the board, the promise rejects as a time-out', async () => {
    const { board, control } = createSimulatedMiro({ lostRate: 1 });
    await expect(board.createShape({})).rejects.toThrow(/time-out/);
    expect(control.items()).toHaveLength(1);
    expect(control.stats()).toMatchObject({ calls: 1, failures: 1, lost: 1 });
  });

  it('loses the same answers for the same seed, and leaves the failure sequence of that seed as it was', async () => {
    const run = async (lostRate: number) => {
      const { board, control } = createSimulatedMiro({ seed: 7, failureRate: 0.3, lostRate });
      const results: string[] = [];
      for (let index = 0; index < 40; index += 1) {
        results.push(
          await board.createShape({}).then(
            () => 'ok',
            (error: Error) => (/time-out/.test(error.message) ? 'lost' : 'failed'),
          ),
        );
      }
      return { results, items: control.items().length };
    };
    const first = await run(0.3);
    expect(await run(0.3)).toEqual(first);
    const lost = first.results.filter((result) => result === 'lost').length;
    expect(lost).toBeGreaterThan(3);
    // Lost answers made their items; failures before the call made none.
    expect(first.items).toBe(first.results.filter((result) => result !== 'failed').length);
    const withoutLoss = await run(0);
    expect(first.results.map((result) => result === 'failed')).toEqual(
      withoutLoss.results.map((result) => result === 'failed'),
    );
  });

  it('rejects calls with a rate-limit error once the minute budget is spent, and recovers in the next window', async () => {
    let now = 0;
    const { board, control } = createSimulatedMiro({ creditsPerMinute: 200, now: () => now });
    for (let index = 0; index < 4; index += 1) await board.createShape({});
    await expect(board.createShape({})).rejects.toThrow(/rate limit/i);
    now = 59_999;
    await expect(board.createShape({})).rejects.toThrow(/rate limit/i);
    expect(control.items()).toHaveLength(4);
    now = 60_000;
    await expect(board.createShape({})).resolves.toBeTruthy();
    expect(control.stats()).toMatchObject({ calls: 7, credits: 250, failures: 2 });
  });

  it('charges an unfiltered get ten times a filtered one, as Miro does', async () => {
    const { board, control } = createSimulatedMiro();
    await board.get({ type: 'sticky_note' });
    expect(control.stats().credits).toBe(CREDIT_COSTS.filteredGet);
    control.resetStats();
    await board.get();
    expect(control.stats()).toEqual({
      calls: 1,
      credits: CREDIT_COSTS.unfilteredGet,
      failures: 0,
      lost: 0,
      byMethod: { get: 1 },
    });
    expect(CREDIT_COSTS.unfilteredGet).toBe(500);
  });

  it('applies latency and jitter to every call through the injected sleep', async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    const { board, control } = createSimulatedMiro({ latencyMs: 100, jitterMs: 50, sleep });
    await board.createShape({});
    await board.get({ type: 'shape' });
    expect(waits).toHaveLength(2);
    for (const wait of waits) {
      expect(wait).toBeGreaterThanOrEqual(100);
      expect(wait).toBeLessThan(150);
    }
    control.setOptions({ latencyMs: 0, jitterMs: 0 });
    await board.createShape({});
    expect(waits).toHaveLength(2);
  });

  it('counts calls per method', async () => {
    const { board, control } = createSimulatedMiro();
    const shape = await board.createShape({});
    await shape.setMetadata('k', 1);
    await shape.getMetadata('k');
    await board.get({ type: 'shape' });
    expect(control.stats().byMethod).toEqual({ createShape: 1, setMetadata: 1, getMetadata: 1, get: 1 });
  });

  it('keeps the control free of the knobs: loading and editing work while every call fails', () => {
    const { control } = createSimulatedMiro({ failureRate: 1, creditsPerMinute: 0 });
    control.load([{ type: 'frame', id: '1', x: 0, y: 0, width: 400, height: 400, title: 'Before' }]);
    control.addStickyNote({ x: 0, y: 0 });
    expect(control.items()).toHaveLength(2);
    expect(control.stats().calls).toBe(0);
  });
});
