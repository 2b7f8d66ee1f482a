// A failed board call is classified once, where the SDK's error enters the adapter, and every
// function the panel calls returns it as `{ kind: 'failed', error }`: never a throw, never text
// the panel has to read again.
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOUR_MAP } from '../../src/core/model.ts';
import { savedScoringOf } from '../../src/core/saved-scores.ts';
import { NO_TEAM_WORDS } from '../../src/core/team-words.ts';
import { BoardError, type BoardFailure, boardError } from '../../src/miro/board-errors.ts';
import { loadBoardWords, saveBoardWords } from '../../src/miro/board-words.ts';
import type { RetryOptions } from '../../src/miro/calls.ts';
import { clearCurves, drawCurves } from '../../src/miro/curve-on-board.ts';
import { discardKept, insertTemplate } from '../../src/miro/insert-template.ts';
import { createBoardReader } from '../../src/miro/read-board.ts';
import { loadHistory, saveScoring } from '../../src/miro/saved-results.ts';
import { scoreBoard } from '../../src/miro/score-board.ts';
import { showItems } from '../../src/miro/show-items.ts';
import { clearFromBoard, showOnBoard } from '../../src/miro/show-on-board.ts';
import type { SimulatorOptions } from '../../src/simulator/call-gate.ts';
import { createSimulatedMiro } from '../../src/simulator/index.ts';
import { noteIn, rowOf, templateItems, templatePlan } from '../fixtures/csv/template-board.ts';
import { scoreBoardOrThrow } from '../fixtures/score-or-throw.ts';

const noWait: RetryOptions = { retries: 2, baseDelayMs: 1, sleep: async () => {}, random: () => 0.5 };

describe('boardError', () => {
  it('tells a rate-limited call from the simulator, as Miro rejects it', async () => {
    const { board } = createSimulatedMiro({ creditsPerMinute: 50, now: () => 0 });
    await board.createStickyNote({});
    const failure = await board.createStickyNote({}).catch((error: unknown) => error);
    expect(boardError(failure).kind).toBe('rate-limited');
  });

  it('tells a call on an item another user deleted', async () => {
    const { board, control } = createSimulatedMiro();
    const note = await board.createStickyNote({});
    control.remove(note.id);
    const failure = await note.sync().catch((error: unknown) => error);
    expect(boardError(failure).kind).toBe('deleted');
  });

  it('calls anything else a failure to try again, and keeps the kind an adapter gave its own error', () => {
    expect(boardError(new Error('Network error')).kind).toBe('failed');
    expect(boardError('timeout').kind).toBe('failed');
    // Worded like a deletion, but the adapter said what it is: the wording is not read again.
    expect(boardError(new BoardError('failed', 'the resume point was deleted')).kind).toBe('failed');
  });
});

// The board's failures the simulator can inject, and the kind each must come back as.
const INJECTED: readonly {
  readonly name: string;
  readonly knobs: SimulatorOptions;
  readonly kind: BoardFailure['error'];
}[] = [
  { name: 'rate limit', knobs: { creditsPerMinute: 0 }, kind: 'rate-limited' },
  { name: 'lost answer', knobs: { lostRate: 1 }, kind: 'failed' },
  { name: 'generic failure', knobs: { failureRate: 1 }, kind: 'failed' },
];

const plan = templatePlan();

// A filled template board, scored while the board still answers; the failure comes after.
async function failingBoard(knobs: SimulatorOptions) {
  const miro = createSimulatedMiro();
  miro.control.load([
    ...templateItems(plan),
    noteIn(rowOf(plan, 'before', 'Website'), 'positive', 'clear prices', 0),
    noteIn(rowOf(plan, 'after', 'Delivery'), 'negative', 'late', 0),
  ]);
  const scored = await scoreBoardOrThrow(miro.board, DEFAULT_COLOUR_MAP, undefined, noWait);
  miro.control.setOptions(knobs);
  return {
    board: miro.board,
    scored,
    noteId: miro.control.items().find((item) => item.type === 'sticky_note')?.id,
  };
}

const insertOptions = {
  concurrency: 4,
  sleep: async () => {},
  random: () => 0.5,
  retries: 2,
  baseDelayMs: 1,
};
const titleOf = (map: string | null) => `Emotion curve · ${map ?? '—'}`;

// Every adapter function the panel calls, run on a board that fails; the value each returns.
const CALLS: Record<string, (failing: Awaited<ReturnType<typeof failingBoard>>) => Promise<unknown>> = {
  scoreBoard: ({ board }) =>
    scoreBoard(board, DEFAULT_COLOUR_MAP, createBoardReader(board, { retry: noWait }), noWait),
  showOnBoard: ({ board, scored }) => showOnBoard(board, scored, { language: 'en', retry: noWait }),
  clearFromBoard: ({ board }) => clearFromBoard(board, { retry: noWait }),
  drawCurves: ({ board, scored }) => drawCurves(board, scored, { titleOf, retry: noWait }),
  clearCurves: ({ board, scored }) => clearCurves(board, scored, { titleOf, retry: noWait }),
  loadHistory: ({ board }) => loadHistory(board, noWait),
  saveScoring: ({ board, scored }) => saveScoring(board, savedScoringOf(scored.tally, 1), noWait, 0),
  loadBoardWords: ({ board }) => loadBoardWords(board, noWait),
  saveBoardWords: ({ board }) => saveBoardWords(board, NO_TEAM_WORDS, noWait),
  showItems: ({ board, noteId }) => showItems(board, [noteId ?? ''], noWait),
  insertTemplate: async ({ board }) => {
    const result = await insertTemplate(board, plan, { ...insertOptions, onFailure: 'rollback' });
    return result.kind === 'inserted' ? result : result.stop;
  },
  discardKept: ({ board }) =>
    discardKept(board, plan, { mapId: plan.mapId, shift: { x: 0, y: 0 }, started: {} }, insertOptions),
};

describe('each adapter function on a failing board', () => {
  for (const injected of INJECTED)
    for (const [name, call] of Object.entries(CALLS))
      it(`${name} returns a ${injected.name} as { kind: 'failed', error: '${injected.kind}' }`, async () => {
        const outcome = await call(await failingBoard(injected.knobs));
        expect(outcome).toMatchObject({ kind: 'failed', error: injected.kind });
      });

  it('showItems returns a note another user deleted as { error: deleted }', async () => {
    const { board, control } = createSimulatedMiro();
    const note = control.addStickyNote({ x: 0, y: 0 });
    control.remove(note.id);
    expect(await showItems(board, [note.id], noWait)).toMatchObject({ kind: 'failed', error: 'deleted' });
  });
});
