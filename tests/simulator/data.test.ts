// Where an app keeps data on a board: item metadata (256 bytes), board app data (512 bytes)
// and storage collections shared live between everyone on the board.
import type { Json } from '@mirohq/websdk-types';
import { describe, expect, it } from 'vitest';
import { createSimulatedMiro } from '../../src/simulator/index.ts';

describe('simulated metadata and storage', () => {
  it('stores item metadata per key and returns it with getMetadata', async () => {
    const { board } = createSimulatedMiro();
    const shape = await board.createShape({});
    await shape.setMetadata('touchpointTally', { v: 1, r: 'map', m: 'm1' });
    expect(await shape.getMetadata('touchpointTally')).toEqual({ v: 1, r: 'map', m: 'm1' });
    expect(await shape.getMetadata()).toEqual({ touchpointTally: { v: 1, r: 'map', m: 'm1' } });
    expect(await (await board.createShape({})).getMetadata('touchpointTally')).toBeUndefined();
  });

  it('rejects item metadata over 256 bytes, so a mark that grows too big fails here first', async () => {
    const { board } = createSimulatedMiro();
    const shape = await board.createShape({});
    const fits = 'x'.repeat(256 - JSON.stringify({ k: '' }).length);
    await shape.setMetadata('k', fits);
    await expect(shape.setMetadata('k', `${fits}x`)).rejects.toThrow(/256 bytes/);
    // Bytes, not characters: Cyrillic takes two bytes each.
    await expect(shape.setMetadata('k', 'ж'.repeat(130))).rejects.toThrow(/256 bytes/);
    expect(await shape.getMetadata('k')).toBe(fits);
  });

  it('rejects board app data over 512 bytes', async () => {
    const { board } = createSimulatedMiro();
    await board.setAppData('pointer', 'v1');
    expect(await board.getAppData('pointer')).toBe('v1');
    expect(await board.getAppData()).toEqual({ pointer: 'v1' });
    await expect(board.setAppData('big', 'x'.repeat(512))).rejects.toThrow(/512 bytes/);
    expect(await board.getAppData()).toEqual({ pointer: 'v1' });
  });

  it('shares storage collections between sessions on the same board, with onValue telling the other panel', async () => {
    const first = createSimulatedMiro();
    const second = createSimulatedMiro({ store: first.control.store });
    const seen: (Json | undefined)[] = [];
    const handler = (value: Json | undefined) => seen.push(value);
    await second.board.storage.collection('results').onValue('latest', handler);
    await first.board.storage.collection('results').set('latest', { notes: 12 });
    expect(await second.board.storage.collection('results').get('latest')).toEqual({ notes: 12 });
    await first.board.storage.collection('results').remove('latest');
    expect(seen).toEqual([{ notes: 12 }, undefined]);
    await second.board.storage.collection('results').offValue('latest', handler);
    await first.board.storage.collection('results').set('latest', 1);
    expect(seen).toHaveLength(2);
    expect(await first.board.storage.collection('other').get('latest')).toBeUndefined();
  });

  it('hands out copies: changing a value read from storage does not change the board', async () => {
    const { board } = createSimulatedMiro();
    const results = board.storage.collection('results');
    await results.set('latest', { rows: [1] });
    const read = await results.get<{ rows: number[] }>('latest');
    read?.rows.push(2);
    expect(await results.get('latest')).toEqual({ rows: [1] });
  });

  it('gives board info with a Miro locale', async () => {
    const { board } = createSimulatedMiro();
    expect(await board.getInfo()).toMatchObject({ id: expect.any(String), locale: 'en' });
  });
});
