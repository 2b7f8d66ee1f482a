// Show on board and Remove results from board, and the results following every new scoring
// once they are on the board (results-on-board.ts).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { badgeLook } from '../core/badge-look.ts';
import type { Language } from '../core/model.ts';
import { panelWords } from '../i18n/panel-words.ts';
import type { BoardApi } from '../miro/board-api.ts';
import type { RetryOptions } from '../miro/calls.ts';
import { clearFromBoard, showOnBoard } from '../miro/show-on-board.ts';
import { boardErrorMessage, type PanelMessage } from './board-errors.ts';
import { ActionMessage } from './LiveMessage.tsx';
import type { ScoredBoard } from './panel-state.ts';
import { createResultsOnBoard, type ResultsWrite } from './results-on-board.ts';

/** The two buttons and what they did; `scored` is followed on the board once it is shown. */
export function ResultsOnBoard({
  board,
  scored,
  language,
  retry,
}: {
  readonly board: BoardApi;
  readonly scored: ScoredBoard;
  readonly language: Language;
  readonly retry: RetryOptions;
}) {
  const words = panelWords(language);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  // The buttons wait while the user's own Show or Clear is written.
  const [writing, setWriting] = useState(false);
  // A switch of language keeps the following; the next write uses the new language.
  const languageRef = useRef(language);
  languageRef.current = language;
  const results = useMemo(
    () =>
      createResultsOnBoard<ScoredBoard>({
        show: (target) => showOnBoard(board, target, { language: languageRef.current, retry }),
        clear: () => clearFromBoard(board, { retry }),
        look: (target) => badgeLook(target, languageRef.current),
      }),
    [board, retry],
  );
  useEffect(() => {
    void results.follow(scored).then((write) => {
      if (write) setMessage(messageOf(write));
    });
  }, [results, scored]);

  const act = async (write: Promise<ResultsWrite>) => {
    setMessage(null);
    setWriting(true);
    const done = await write;
    setWriting(false);
    setMessage(messageOf(done));
  };

  return (
    <>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => void act(results.show(scored))}
          disabled={writing}
        >
          {words.score.showOnBoard}
        </button>
        <button type="button" class="secondary" onClick={() => void act(results.clear())} disabled={writing}>
          {words.score.clearBoard}
        </button>
      </div>
      <ActionMessage message={message} words={words} testId="board-message" />
    </>
  );
}

function messageOf(write: ResultsWrite): PanelMessage {
  const { outcome } = write;
  switch (outcome.kind) {
    case 'badges': {
      const rows = outcome.created + outcome.updated + outcome.unchanged;
      return { kind: 'ok', say: (w) => w.score.shownOnBoard(rows) };
    }
    case 'summary':
      return { kind: 'ok', say: (w) => w.score.summaryOnBoard };
    case 'cleared':
      return { kind: 'ok', say: (w) => w.score.clearedFromBoard(outcome.removed) };
    case 'failed':
      return boardErrorMessage(outcome);
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}
