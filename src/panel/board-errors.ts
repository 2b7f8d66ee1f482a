// Errors a user can hit while the app talks to the board, as sentences in their language. The
// adapter has already said what kind of failure it was (src/miro/board-errors.ts); this words it.
import { unreachable } from '../core/unreachable.ts';
import type { PanelWords } from '../i18n/panel-words.ts';
import type { BoardFailure } from '../miro/board-errors.ts';

/** A message for the user, worded when shown, so it follows a switch of language. */
export interface PanelMessage {
  readonly kind: 'ok' | 'error';
  readonly say: (words: PanelWords) => string;
}

/** A failed board call as a message, e.g. `if (outcome.kind === 'failed') setMessage(boardErrorMessage(outcome))`. */
export function boardErrorMessage(failure: BoardFailure): PanelMessage {
  return { kind: 'error', say: (words) => describeBoardError(failure, words) };
}

/** A failed board call as a sentence with what to do next; the board's own (English) words go to the console. */
export function describeBoardError(failure: BoardFailure, words: PanelWords): string {
  const kind = failure.error;
  switch (kind) {
    case 'rate-limited':
      return words.errors.rateLimited;
    case 'deleted':
      return words.errors.deleted;
    case 'failed':
      console.warn('Touchpoint Tally: a board call failed:', failure.message);
      return words.errors.failed;
    default:
      return unreachable(kind);
  }
}
