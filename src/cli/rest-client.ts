// Miro's REST API v2 as the command line reads it: GET calls through the official Node client
// (@mirohq/miro-api), with the waiting and retrying a good client owes the API.
//
// Why the client's low-level `call` and not its high-level `board.getAllItems()`: the generator
// gives up on the first HTTP 429 or 5xx (it throws its HttpError, with no retry and no wait), and
// every typed method re-shapes the body through the client's model classes. `call` hands back the
// JSON as Miro sent it and the response's headers, and X-RateLimit-Reset is in those headers.
import { firstLine } from './error-line.ts';

/** How to reach Miro: the token (`MIRO_ACCESS_TOKEN`) and the API's base URL (`MIRO_API_URL`, absent: Miro's). */
export interface MiroConnection {
  /** An OAuth access token; never printed, never written to a file. */
  readonly token: string | undefined;
  /** e.g. `http://127.0.0.1:5173` for a local server; absent or empty: the client's default, Miro's API. */
  readonly apiUrl?: string | undefined;
  /** Waits between tries; tests pass one that records the wait and resolves at once. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Wall-clock milliseconds, to read X-RateLimit-Reset (a Unix time in seconds). */
  readonly now?: () => number;
}

/** Why a board could not be read; e.g. `'not-found'` for HTTP 404. */
export type BoardFailure = 'unauthorized' | 'forbidden' | 'not-found' | 'failed';

/** A board that could not be read; the message is one sentence for a user, without the token. */
export class BoardReadError extends Error {
  override readonly name = 'BoardReadError';
  constructor(
    readonly failure: BoardFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Miro's rate-limit level of a call: level 1 costs 50 credits, level 2 100. */
export type RateLevel = 1 | 2;

const CREDITS: Readonly<Record<RateLevel, number>> = { 1: 50, 2: 100 };

/** 5xx answers and network errors are tried again this many times, with a doubling wait. */
export const SERVER_RETRIES = 3;
/** HTTP 429 answers waited out per call before the board counts as failed. */
export const RATE_LIMIT_WAITS = 10;
const FIRST_BACKOFF_MS = 1000;
// Miro's window is a minute (100,000 credits) and an hour (1,000,000): a reset further away
// than this means the hour's credits are spent, and the user had better come back later.
const LONGEST_WAIT_MS = 10 * 60_000;

// A status of our own for a 200 whose body could not be read as JSON.
const NO_JSON = 0;

type Json = Record<string, unknown>;
type Query = Readonly<Record<string, string | undefined>>;

interface LowLevelApi {
  call(method: string, url: string): Promise<{ body: unknown }>;
}

interface Answer {
  readonly status: number;
  readonly header: (name: string) => string | null;
}

/** A GET-only REST client that counts its calls and credits; e.g. `await client.get('/v2/boards/uXjVO=', {}, 1)`. */
export class RestClient {
  /** Calls made, retries included. */
  calls = 0;
  /** Credits those calls cost, by their rate-limit level. */
  credits = 0;
  /** Said while waiting out a rate limit, e.g. `'Miro's rate limit: waiting 12 s'`. */
  onWait: (message: string) => void = () => {};

  private constructor(
    private readonly api: LowLevelApi,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly now: () => number,
  ) {}

  /** A client for a connection with a token; the Node client is loaded only now, so scoring files never loads it. */
  static async open(connection: MiroConnection & { readonly token: string }): Promise<RestClient> {
    const { MiroLowlevelApi } = await import('@mirohq/miro-api');
    const apiUrl = connection.apiUrl?.trim() ? connection.apiUrl.trim() : undefined;
    if (apiUrl !== undefined && !URL.canParse(apiUrl)) {
      throw new BoardReadError('failed', `MIRO_API_URL is not a URL ("${apiUrl}").`);
    }
    return new RestClient(
      new MiroLowlevelApi(connection.token, apiUrl),
      connection.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      connection.now ?? Date.now,
    );
  }

  /** The JSON body of a GET; throws BoardReadError for 401, 403, 404, and once retries are spent. */
  async get(path: string, query: Query, level: RateLevel): Promise<Json> {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) if (value !== undefined) search.set(name, value);
    const url = search.size > 0 ? `${path}?${search}` : path;
    let serverFailures = 0;
    let rateLimits = 0;
    for (;;) {
      this.calls++;
      this.credits += CREDITS[level];
      let answer: Answer;
      try {
        const { body } = await this.api.call('GET', url);
        if (isObject(body)) return body;
        // A 200 whose body is no JSON object (cut off on the way): reading on would lose notes.
        answer = { status: NO_JSON, header: () => null };
      } catch (error) {
        const failed = httpAnswer(error);
        if (failed !== null) answer = failed;
        else if (!isNetworkError(error)) throw error;
        else if (serverFailures++ >= SERVER_RETRIES) {
          throw new BoardReadError('failed', `Miro could not be reached (${firstLine(error)}).`);
        } else {
          await this.sleep(FIRST_BACKOFF_MS * 2 ** (serverFailures - 1));
          continue;
        }
      }
      const { status } = answer;
      if (status === 429) {
        if (rateLimits++ >= RATE_LIMIT_WAITS) {
          throw new BoardReadError('failed', `Miro's rate limit held after ${RATE_LIMIT_WAITS} waits.`);
        }
        const wait = this.rateLimitWait(answer, rateLimits);
        if (wait > LONGEST_WAIT_MS) {
          throw new BoardReadError(
            'failed',
            `Miro's rate limit is spent for ${Math.ceil(wait / 60_000)} minutes; try again later.`,
          );
        }
        this.onWait(`Miro's rate limit: waiting ${Math.ceil(wait / 1000)} s`);
        await this.sleep(wait);
        continue;
      }
      if (status >= 500 || status === NO_JSON) {
        if (serverFailures++ >= SERVER_RETRIES) {
          const what = status === NO_JSON ? 'with no JSON' : `HTTP ${status}`;
          throw new BoardReadError('failed', `Miro answered ${what} ${SERVER_RETRIES + 1} times.`);
        }
        await this.sleep(FIRST_BACKOFF_MS * 2 ** (serverFailures - 1));
        continue;
      }
      throw refusal(status);
    }
  }

  // Retry-After (seconds) when Miro sends it; else X-RateLimit-Reset, read as a Unix time in
  // seconds (as Miro documents it) or, when it is too small to be one, as seconds from now;
  // else a doubling backoff. A reset already past (a clock set wrong) also backs off: a 429 is
  // never tried again at once.
  private rateLimitWait(answer: Answer, attempt: number): number {
    // Miro's credits come back within a minute: no blind wait is longer.
    const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** (attempt - 1), 60_000);
    const retryAfter = Number(answer.header('retry-after') ?? Number.NaN);
    if (Number.isFinite(retryAfter) && retryAfter > 0) return retryAfter * 1000;
    const reset = Number(answer.header('x-ratelimit-reset') ?? Number.NaN);
    if (!Number.isFinite(reset) || reset < 0) return backoff;
    const wait = reset > 1e9 ? reset * 1000 - this.now() : reset * 1000;
    return wait > 0 ? wait : backoff;
  }
}

function refusal(status: number): BoardReadError {
  switch (status) {
    case 401:
      return new BoardReadError(
        'unauthorized',
        'Miro refused the token (HTTP 401): check MIRO_ACCESS_TOKEN.',
      );
    case 403:
      return new BoardReadError(
        'forbidden',
        "no access to this board (HTTP 403): the token's user cannot open it, or the app lacks boards:read.",
      );
    case 404:
      return new BoardReadError('not-found', 'no such board (HTTP 404).');
    default:
      return new BoardReadError('failed', `Miro refused the request (HTTP ${status}).`);
  }
}

// The client's HttpError carries the status and the response; anything else is a network error.
function httpAnswer(error: unknown): Answer | null {
  if (!isObject(error) || typeof error.statusCode !== 'number') return null;
  const response = error.response;
  const headers = isObject(response) && isObject(response.headers) ? response.headers : null;
  const get = headers && typeof headers.get === 'function' ? headers.get.bind(headers) : null;
  return {
    status: error.statusCode,
    header: (name) => {
      const value: unknown = get ? get(name) : null;
      return typeof value === 'string' ? value : null;
    },
  };
}

// node-fetch's FetchError (refused, reset, timed out) and AbortError; their messages name the
// URL, never the token. Anything else is a bug, not something to try again.
function isNetworkError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'FetchError' || error.name === 'AbortError');
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
