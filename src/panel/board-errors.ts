// Errors a user can hit while the app talks to the board, as sentences in their language.
import type { PanelWords } from '../i18n/panel-words.ts';
import { boardErrorKind } from '../miro/board-errors.ts';

/** A message for the user, worded when shown, so it follows a switch of language. */
export interface PanelMessage {
  readonly kind: 'ok' | 'error';
  readonly say: (words: PanelWords) => string;
}

/** A failed board call as a message, e.g. `setMessage(boardErrorMessage(error))`. */
export function boardErrorMessage(error: unknown): PanelMessage {
  return { kind: 'error', say: (words) => describeBoardError(error, words) };
}

/** A failed board call as a message with what to do next; the SDK's own (English) words go to the console. */
export function describeBoardError(error: unknown, words: PanelWords): string {
  const kind = boardErrorKind(error);
  switch (kind) {
    case 'rate-limited':
      return words.errors.rateLimited;
    case 'deleted':
      return words.errors.deleted;
    case 'failed':
      console.warn('Touchpoint Tally: a board call failed:', error);
      return words.errors.failed;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
