// What kind of failure a board call met, so the panel can say it in the user's language and
// say what to do next. The SDK's own messages are English text; only this file reads them.
import { errorMessage, isRateLimited } from './calls.ts';

/** A failed board call, by what the user can do about it: wait, score again, or try again. */
export type BoardErrorKind = 'rate-limited' | 'deleted' | 'failed';

/** The kind of a failed board call, e.g. a rate-limit rejection → `'rate-limited'`. */
export function boardErrorKind(error: unknown): BoardErrorKind {
  if (isRateLimited(error)) return 'rate-limited';
  const message = errorMessage(error);
  if (/not found|deleted|does not exist|no longer exists/i.test(message)) return 'deleted';
  return 'failed';
}
