// What kind of failure a board call met, so the adapter knows whether trying again can help and
// the panel can say it in the user's language. The SDK's own messages are English text; only
// this file reads them.

/** A failed board call, by what the user can do about it: wait, score again, or try again. */
export type BoardErrorKind = 'rate-limited' | 'deleted' | 'failed';

/** The text of whatever a call threw, e.g. an SDK `Error`'s message, for logs. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether an error says the app's rate limit is spent (Miro's wording, or HTTP 429). */
export function isRateLimited(error: unknown): boolean {
  return /rate.?limit|too many requests|\b429\b/i.test(errorMessage(error));
}

/** Whether an error says the item is gone (deleted by someone, or never there): asking again cannot help. */
export function isNotFound(error: unknown): boolean {
  return /not found|deleted|does not exist|no longer exists/i.test(errorMessage(error));
}

/** The kind of a failed board call, e.g. a rate-limit rejection → `'rate-limited'`. */
export function boardErrorKind(error: unknown): BoardErrorKind {
  if (isRateLimited(error)) return 'rate-limited';
  if (isNotFound(error)) return 'deleted';
  return 'failed';
}
