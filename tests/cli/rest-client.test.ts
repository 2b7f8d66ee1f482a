import { afterEach, describe, expect, it } from 'vitest';
import { BoardReadError, RATE_LIMIT_WAITS, RestClient, SERVER_RETRIES } from '../../src/cli/rest-client.ts';
import {
  type RestServer,
  type ServerOptions,
  servedBoard,
  startRestServer,
} from '../fixtures/miro-rest-server.ts';

const TOKEN = 'token';
const RESET = 2_000_000_000; // a Unix time in seconds
const BOARD = servedBoard('uXjV=', 'Board', [{ type: 'sticky_note', id: '1', content: 'Hi', x: 0, y: 0 }]);

let server: RestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// A client whose clock stands 3 s before the server's X-RateLimit-Reset, and whose waits are recorded.
async function clientOf(options: Partial<ServerOptions>, token = TOKEN) {
  server = await startRestServer({ boards: [BOARD], token: TOKEN, resetAt: () => RESET, ...options });
  const waits: number[] = [];
  const client = await RestClient.open({
    token,
    apiUrl: server.url,
    sleep: async (ms) => {
      waits.push(ms);
    },
    now: () => RESET * 1000 - 3000,
  });
  return { client, waits, requests: server.requests };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) =>
      error instanceof BoardReadError ? { failure: error.failure, message: error.message } : error,
  );

describe('RestClient', () => {
  it('waits until X-RateLimit-Reset after a 429 and goes on', async () => {
    const { client, waits } = await clientOf({ rateLimitEvery: 2 });
    await client.get('/v2/boards/uXjV=', {}, 1);
    const page = await client.get('/v2/boards/uXjV=/items', { limit: '50' }, 2);
    expect(page.data).toHaveLength(1);
    expect(waits).toEqual([3000]);
    expect({ calls: client.calls, credits: client.credits }).toEqual({ calls: 3, credits: 50 + 100 + 100 });
  });

  it('backs off, doubling, when X-RateLimit-Reset has already passed', async () => {
    const { client, waits } = await clientOf({ rateLimitEvery: 1, resetAt: () => RESET - 60 });
    await failureOf(client.get('/v2/boards/uXjV=', {}, 1));
    expect(waits.slice(0, 3)).toEqual([1000, 2000, 4000]);
  });

  it('gives up on a rate limit that holds, after a bounded number of waits', async () => {
    const { client, waits } = await clientOf({ rateLimitEvery: 1 });
    expect(await failureOf(client.get('/v2/boards/uXjV=', {}, 1))).toEqual({
      failure: 'failed',
      message: `Miro's rate limit held after ${RATE_LIMIT_WAITS} waits.`,
    });
    expect(waits).toHaveLength(RATE_LIMIT_WAITS);
  });

  it('retries a 500 with a doubling wait, a bounded number of times', async () => {
    const { client, waits } = await clientOf({ serverErrorEvery: 1 });
    expect(await failureOf(client.get('/v2/boards/uXjV=', {}, 1))).toEqual({
      failure: 'failed',
      message: `Miro answered HTTP 500 ${SERVER_RETRIES + 1} times.`,
    });
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(client.calls).toBe(SERVER_RETRIES + 1);
  });

  it('retries a dropped connection and reads the answer of the next try', async () => {
    const { client, waits } = await clientOf({ dropEvery: 2 });
    await client.get('/v2/boards/uXjV=', {}, 1);
    expect(await client.get('/v2/boards/uXjV=', {}, 1)).toMatchObject({ name: 'Board' });
    expect(waits).toEqual([1000]);
  });

  it.each([
    ['a refused token', 'wrong', '/v2/boards/uXjV=', 'unauthorized'],
    ['a missing board', TOKEN, '/v2/boards/other=', 'not-found'],
  ] as const)('does not retry %s', async (_name, token, path, failure) => {
    const { client, waits } = await clientOf({}, token);
    expect(await failureOf(client.get(path, {}, 1))).toMatchObject({ failure });
    expect({ calls: client.calls, waits }).toEqual({ calls: 1, waits: [] });
  });

  it('says so when MIRO_API_URL is no URL', async () => {
    expect(await failureOf(RestClient.open({ token: TOKEN, apiUrl: 'localhost port 80' }))).toEqual({
      failure: 'failed',
      message: 'MIRO_API_URL is not a URL ("localhost port 80").',
    });
  });
});
