// What kind of failure a board call met, decided once where the SDK's error enters the adapter
// (`withRetry`, or a function's own catch): the adapter then knows whether trying again can help,
// and the functions the panel calls return it as a `BoardFailure` value for the panel to word in
// the user's language. The SDK's own messages are English text; only this file reads them.

/** A failed board call, by what the user can do about it: wait, score again, or try again. */
export type BoardErrorKind = 'rate-limited' | 'deleted' | 'failed';

/** A board call's error with its kind, e.g. what `withRetry` throws once it gives up. */
export class BoardError extends Error {
  override readonly name = 'BoardError';
  readonly kind: BoardErrorKind;

  constructor(kind: BoardErrorKind, message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}

/**
 * Why an adapter function did not do its work, e.g. `{ kind: 'failed', error: 'rate-limited', message: 'Rate limit exceeded …' }`:
 * a value, never a throw. The panel words `error`; `message` is the board's own (English) text, for the console only.
 */
export interface BoardFailure {
  readonly kind: 'failed';
  readonly error: BoardErrorKind;
  readonly message: string;
}

// Miro's wording (or HTTP 429) for a spent rate limit, and for an item that is gone.
const RATE_LIMITED = /rate.?limit|too many requests|\b429\b/i;
const NOT_FOUND = /not found|deleted|does not exist|no longer exists/i;

/** Whatever a call threw, as a `BoardError` of its kind; a `BoardError` stays as it is. */
export function boardError(error: unknown): BoardError {
  if (error instanceof BoardError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const kind = RATE_LIMITED.test(message) ? 'rate-limited' : NOT_FOUND.test(message) ? 'deleted' : 'failed';
  return new BoardError(kind, message, { cause: error });
}

/** Whatever a call threw, as the failure an adapter function returns, e.g. `catch (error) { return boardFailure(error); }`. */
export function boardFailure(error: unknown): BoardFailure {
  const { kind, message } = boardError(error);
  return { kind: 'failed', error: kind, message };
}
