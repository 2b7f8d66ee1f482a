// Errors a user can hit while the app talks to the board, as sentences in their language.
import type { PanelWords } from '../i18n/panel-words.ts';

/** A failed board call as a message with what to do next. */
export function describeBoardError(error: unknown, words: PanelWords): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (/rate.?limit/i.test(detail)) return words.errors.rateLimited;
  if (/not found|deleted|does not exist|no longer exists/i.test(detail)) return words.errors.deleted;
  return words.errors.failed(detail);
}
