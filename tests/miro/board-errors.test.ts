import { describe, expect, it } from 'vitest';
import { boardErrorKind } from '../../src/miro/board-errors.ts';
import { createSimulatedMiro } from '../../src/simulator/index.ts';

describe('boardErrorKind', () => {
  it('tells a rate-limited call from the simulator, as Miro rejects it', async () => {
    const { board } = createSimulatedMiro({ creditsPerMinute: 50, now: () => 0 });
    await board.createStickyNote({});
    const failure = await board.createStickyNote({}).catch((error: unknown) => error);
    expect(boardErrorKind(failure)).toBe('rate-limited');
  });

  it('tells a call on an item another user deleted', async () => {
    const { board, control } = createSimulatedMiro();
    const note = await board.createStickyNote({});
    control.remove(note.id);
    const failure = await note.sync().catch((error: unknown) => error);
    expect(boardErrorKind(failure)).toBe('deleted');
  });

  it('calls anything else a failure to try again', () => {
    expect(boardErrorKind(new Error('Network error'))).toBe('failed');
    expect(boardErrorKind('timeout')).toBe('failed');
  });
});
